// The clicker's walk through a programme across modules: on the module page it stands on, each programme step
// with its chosen options; a step of another module is one stop, and walking onto it means opening that page.
// The facilitator's own items (welkom, pauze) are not on screen: the clicker passes them.
import type { ProgrammeEntry } from "./programme.ts";
import { isStep } from "./programme.ts";
import type { Place, RouteStep } from "./route.ts";
import type { PlaceKind } from "./content-components.ts";
import { clickerWalks } from "./presentation-sequence.ts";

export interface ProgrammeStop {
  moduleId: string;
  stepId: string;
  targetId?: string;
}

/** The stops of the programme, seen from the page of `moduleId` (whose route, with the kind of each place, is known). */
export function programmeStops(entries: ProgrammeEntry[], moduleId: string, route: RouteStep[], walks: readonly PlaceKind[] = clickerWalks): ProgrammeStop[] {
  return entries.flatMap((entry): ProgrammeStop[] => {
    if (!isStep(entry)) return [];
    if (entry.moduleId !== moduleId) return [{ moduleId: entry.moduleId, stepId: entry.stepId }];
    const step = route.find((s) => s.id === entry.stepId);
    if (!step) return [];
    const walked = new Set(step.targets.filter((t) => walks.includes(t.kind)).map((t) => t.id));
    const targets = (entry.options ?? step.targets.map((t) => t.id)).filter((id) => walked.has(id));
    return [{ moduleId, stepId: step.id }, ...targets.map((targetId) => ({ moduleId, stepId: step.id, targetId }))];
  });
}

/**
 * The stop `delta` places on from `place` on the page of `moduleId`; "end" past either end of the programme;
 * null when the place is not in the programme (the module's own walk then applies).
 */
export function programmeStep(stops: ProgrammeStop[], moduleId: string, place: Pick<Place, "stepId" | "targetId">, delta: 1 | -1): ProgrammeStop | "end" | null {
  const same = (s: ProgrammeStop) => s.moduleId === moduleId && s.stepId === place.stepId;
  let index = stops.findIndex((s) => same(s) && s.targetId === place.targetId);
  if (index === -1) index = stops.findIndex((s) => same(s) && s.targetId === undefined);
  if (index === -1) return null;
  return stops[index + delta] ?? "end";
}
