// How the presenter view names places: "Stap 4 van 12: Dilemma 1 · Voorbeeld 1 van 2: …" in a programme (counting
// only what the programme shows), "Stap 3 van 7: …" in a module; and the list of the programme (or the module's
// steps) with where the walk is now.
import { nl } from "../../i18n/nl.ts";
import { nlWorkshop } from "../../i18n/nl-workshop.ts";
import type { OptionLabel } from "../../data/workshop.ts";
import { isOwn, isStep } from "../../lib/programme.ts";
import { programmePosition, type ProgrammePlace } from "../../lib/programme-walk.ts";
import { ownTitle } from "../../lib/run-sheet.ts";
import { pathThrough, positionOf, type RouteStep } from "../../lib/route.ts";
import type { Programme } from "./programme-clicker.ts";

/** Module id → its title and step titles (the presenter page gets them from the build). */
export type ModuleTitles = Record<string, { title: string; steps: Record<string, string> }>;

export interface Names {
  /** The module of this presenter page, whose route and option titles it has. */
  moduleId: string;
  route: RouteStep[];
  options: Record<string, OptionLabel>;
  modules: ModuleTitles;
  branch: string | undefined;
}

function stepTitle(at: ProgrammePlace, names: Names): string {
  if (at.moduleId === names.moduleId) return names.route.find((s) => s.id === at.stepId)?.title ?? at.stepId;
  const module = names.modules[at.moduleId];
  return nlWorkshop.programmeNextElsewhere(module?.steps[at.stepId] ?? at.stepId, module?.title ?? at.moduleId);
}

/** The place as the presenter view says it. */
export function describePlace(at: ProgrammePlace, programme: Programme | null, names: Names): string {
  const position = programme ? programmePosition(programme.stops, at) : null;
  const option = at.targetId && at.moduleId === names.moduleId ? names.options[at.targetId] : undefined;
  const optionLabel = position?.option && option?.noun ? nl.optionOf(option.noun, position.option.index, position.option.total) : option?.label;
  const { index, total } = positionOf(names.route, at.stepId, names.branch);
  const where = position ? nl.stepOf(position.step, position.steps) : nl.stepOf(index, total);
  return `${where}: ${stepTitle(at, names)}${option ? ` · ${optionLabel}: ${option.title}` : ""}`;
}

export interface ListItem {
  key: string;
  text: string;
  current: boolean;
}

/**
 * The programme's items (or, without one, the module's steps), the one on screen marked. The facilitator's own items
 * (welkom, pauze) are in it with their minutes, unnumbered: the room never sees them.
 */
export function programmeList(at: ProgrammePlace, programme: Programme | null, names: Names): ListItem[] {
  if (!programme) {
    return pathThrough(names.route, names.branch).map((id, i) => ({
      key: id,
      text: `${i + 1}. ${names.route.find((s) => s.id === id)?.title ?? id}`,
      current: at.moduleId === names.moduleId && id === at.stepId,
    }));
  }
  const now = programmePosition(programme.stops, at)?.step;
  const firsts = programme.stops.filter((stop, i, all) => all.findIndex((s) => s.entry === stop.entry) === i);
  return programme.entries.flatMap((item, i): ListItem[] => {
    if (isOwn(item)) return [{ key: `own-${i}`, text: `${ownTitle(item)} (${nlWorkshop.minutes(item.minutes)})`, current: false }];
    const stop = firsts[0];
    // A step this site does not have (or a piece of the link that is not a step) is not walked: not listed either.
    if (!isStep(item) || !stop || stop.moduleId !== item.moduleId || stop.stepId !== item.stepId) return [];
    firsts.shift();
    const module = names.modules[stop.moduleId];
    const title = module?.steps[stop.stepId] ?? stop.stepId;
    return [{ key: `${stop.entry}`, text: `${stop.entry + 1}. ${module?.title ?? stop.moduleId}: ${title}`, current: now === stop.entry + 1 }];
  });
}
