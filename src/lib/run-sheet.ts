// The draaiboek as a run sheet: per item of a programme its title, minutes and place in time (clock times from the
// start time, or from 0:00 without one) with the running total; and the cue, what the group does at a step. Pure.
import { nlWorkshop } from "../i18n/nl-workshop.ts";
import type { WorkshopCue } from "./schema/workshop.ts";
import { isOwn, isStep, programmeProblems, type Catalogue, type OwnItem, type Programme, type ProgrammeItem } from "./programme.ts";
import type { Agenda } from "./workshop-record/schema.ts";

/** A step's cue as written (`workshop.cue`), else what its fields imply: a vote, a position, or talking. */
export function cueOf(step: { record?: boolean; vote?: unknown; workshop?: { cue?: WorkshopCue } | undefined }): WorkshopCue {
  return step.workshop?.cue ?? (step.vote ? "stemmen" : step.record ? "vastleggen" : "bespreken");
}

/** Where each item starts and ends, in minutes from the start; an item without time takes none. */
export function spans(minutes: (number | undefined)[]): { from: number; to: number }[] {
  let at = 0;
  return minutes.map((m) => {
    const from = at;
    at += m ?? 0;
    return { from, to: at };
  });
}

/** "13:30" → 810; null for anything that is not a time of day. */
export function parseClock(text: string | undefined): number | null {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text ?? "");
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** The time `offset` minutes after `start` ("13:45"), or the offset itself without a start ("0:15"). */
export function clockAt(start: string | undefined, offset: number): string {
  const base = parseClock(start);
  const total = base === null ? offset : (base + offset) % (24 * 60);
  const hours = Math.floor(total / 60);
  const minutes = String(total % 60).padStart(2, "0");
  return base === null ? `${hours}:${minutes}` : `${String(hours).padStart(2, "0")}:${minutes}`;
}

/** "13:30–13:45" (or "0:00–0:15" without a start time); just "13:30" for an item that takes no time. */
export const timeSpan = (start: string | undefined, span: { from: number; to: number }): string =>
  span.to === span.from ? clockAt(start, span.from) : `${clockAt(start, span.from)}–${clockAt(start, span.to)}`;

/** An own item's title: the facilitator's, else its kind ("Pauze"). */
export const ownTitle = (item: OwnItem): string => item.title ?? nlWorkshop.ownItems[item.own];

export interface RunSheetItem {
  /** The entry's place in the programme (the URL), for editing it. */
  index: number;
  entry: ProgrammeItem | OwnItem;
  title: string;
  /** The module of a step. */
  moduleTitle?: string;
  /** "module/step" for a step: the key of its record. */
  key?: string;
  /** The item's minutes; undefined for a step without a time of its own. */
  minutes?: number;
  from: number;
  to: number;
}

/** The items of a programme that can be run (unknown steps left out), each with its minutes and span. */
export function runSheet(programme: Programme, catalogue: Catalogue): RunSheetItem[] {
  const problems = programmeProblems(programme.entries, catalogue);
  const items = programme.entries.flatMap((entry, index): Omit<RunSheetItem, "from" | "to">[] => {
    if (isOwn(entry)) return [{ index, entry, title: ownTitle(entry), minutes: entry.minutes }];
    if (!isStep(entry) || problems[index]) return [];
    const module = catalogue[entry.moduleId]!;
    const step = module.steps.find((s) => s.id === entry.stepId)!;
    const minutes = entry.minutes ?? step.minutes;
    return [{ index, entry, title: step.title, moduleTitle: module.title, key: `${entry.moduleId}/${entry.stepId}`, ...(minutes ? { minutes } : {}) }];
  });
  const times = spans(items.map((i) => i.minutes));
  return items.map((item, i) => ({ ...item, ...times[i]! }));
}

/** The programme as the session keeps it for the report (see Agenda in the workshop record). */
export function agendaOf(programme: Programme, catalogue: Catalogue): Agenda {
  return {
    ...(programme.start ? { start: programme.start } : {}),
    items: runSheet(programme, catalogue).map((i) => ({
      title: i.title,
      ...(i.moduleTitle ? { module: i.moduleTitle } : {}),
      ...(i.key ? { key: i.key } : {}),
      ...(i.minutes ? { minutes: i.minutes } : {}),
    })),
  };
}
