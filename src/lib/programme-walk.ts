// The clicker's walk through a programme across modules: each programme step with its chosen options, in every
// module whose route is known (the presentation loads the pages of the programme's modules when it starts); a step
// of a module not known yet is one stop. The facilitator's own items (welkom, pauze) are not on screen: the clicker
// passes them, and they are not counted. Also where a place is in the programme ("Stap 4 van 12", "Voorbeeld 1 van 2").
import type { ProgrammeEntry } from "./programme.ts";
import { isStep } from "./programme.ts";
import type { Place, RouteStep } from "./route.ts";
import type { PlaceKind } from "./content-components.ts";
import { clickerWalks } from "./presentation-sequence.ts";

export interface ProgrammeStop {
  moduleId: string;
  stepId: string;
  targetId?: string;
  /** What the target is (an option of a carousel, a dialog), when there is one. */
  kind?: PlaceKind;
  /** Which programme step the stop belongs to, counted from 0 over the steps that can be walked. */
  entry: number;
}

/** A place in some module: what the walk compares. */
export type ProgrammePlace = Pick<Place, "stepId" | "targetId"> & { moduleId: string };

/**
 * The stops of the programme. `routes` holds the routes known so far by module id; an empty route stands for a
 * module that does not exist here (its steps are skipped), a missing one for a module not loaded yet.
 */
export function programmeStops(entries: ProgrammeEntry[], routes: Record<string, RouteStep[]>, walks: readonly PlaceKind[] = clickerWalks): ProgrammeStop[] {
  let entry = 0;
  return entries.flatMap((item): ProgrammeStop[] => {
    if (!isStep(item)) return [];
    const { moduleId } = item;
    const route = routes[moduleId];
    if (!route) return [{ moduleId, stepId: item.stepId, entry: entry++ }];
    const step = route.find((s) => s.id === item.stepId);
    if (!step) return [];
    const walked = new Map(step.targets.filter((t) => walks.includes(t.kind)).map((t) => [t.id, t.kind]));
    const targets = (item.options ?? step.targets.map((t) => t.id)).filter((id) => walked.has(id));
    const at = entry++;
    return [{ moduleId, stepId: step.id, entry: at }, ...targets.map((targetId) => ({ moduleId, stepId: step.id, targetId, kind: walked.get(targetId)!, entry: at }))];
  });
}

/** Where `place` is among the stops; an option that was not chosen counts as its step. -1 when it is not in the programme. */
export function stopIndex(stops: ProgrammeStop[], place: ProgrammePlace): number {
  const same = (s: ProgrammeStop) => s.moduleId === place.moduleId && s.stepId === place.stepId;
  const exact = stops.findIndex((s) => same(s) && s.targetId === place.targetId);
  return exact !== -1 ? exact : stops.findIndex((s) => same(s) && s.targetId === undefined);
}

/**
 * The stop `delta` places on from `place`; "end" past either end of the programme; null when the place is not in
 * the programme (the module's own walk then applies).
 */
export function programmeStep(stops: ProgrammeStop[], place: ProgrammePlace, delta: 1 | -1): ProgrammeStop | "end" | null {
  const index = stopIndex(stops, place);
  if (index === -1) return null;
  return stops[index + delta] ?? "end";
}

export interface ProgrammePosition {
  /** "Stap 4 van 12": the programme step, counted from 1, and how many there are. */
  step: number;
  steps: number;
  /** "Voorbeeld 1 van 2": the option among the options chosen for this step, when the place is one. */
  option?: { index: number; total: number };
}

/** Where `place` is in the programme, counting only what the programme shows; null when it is not in it. */
export function programmePosition(stops: ProgrammeStop[], place: ProgrammePlace): ProgrammePosition | null {
  const index = stopIndex(stops, place);
  if (index === -1) return null;
  const stop = stops[index]!;
  const steps = stops.reduce((most, s) => Math.max(most, s.entry + 1), 0);
  if (stop.kind !== "option") return { step: stop.entry + 1, steps };
  const options = stops.filter((s) => s.entry === stop.entry && s.kind === "option");
  return { step: stop.entry + 1, steps, option: { index: options.indexOf(stop) + 1, total: options.length } };
}

/**
 * The options of `moduleId` a programme leaves out of its steps, so the carousel counts only the chosen ones. A step
 * that comes twice shows what either time chose.
 */
export function optionsLeftOut(entries: ProgrammeEntry[], moduleId: string, route: RouteStep[]): string[] {
  const chosen = new Map<string, Set<string> | "all">();
  for (const item of entries) {
    if (!isStep(item) || item.moduleId !== moduleId) continue;
    const before = chosen.get(item.stepId);
    if (item.options === undefined || before === "all") chosen.set(item.stepId, "all");
    else chosen.set(item.stepId, new Set([...(before ?? []), ...item.options]));
  }
  return route.flatMap((step) => {
    const shown = chosen.get(step.id);
    if (shown === undefined || shown === "all") return [];
    return step.targets.filter((t) => t.kind === "option" && !shown.has(t.id)).map((t) => t.id);
  });
}
