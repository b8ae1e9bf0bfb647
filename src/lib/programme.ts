// A workshop programme across modules, kept in the URL (?p=jeugdzorg:wachtlijsten,inburgering:pip): which steps,
// in which order, and which options of each. Pure parse and serialise; unknown modules, steps or options get a
// clear message but stay in the programme, so a link from a newer or older site loses nothing.
import { nlWorkshop } from "../i18n/nl-workshop.ts";
import { idPattern } from "./step-id.ts";

export interface ProgrammeItem {
  moduleId: string;
  stepId: string;
  /** The options (and dialogs) to show, in order; absent means all of them. */
  options?: string[];
}

/** A piece of the URL that is not "module:step": kept as it was, reported, never walked. */
export interface MalformedItem {
  raw: string;
}

export type ProgrammeEntry = ProgrammeItem | MalformedItem;

export const isMalformed = (entry: ProgrammeEntry): entry is MalformedItem => "raw" in entry;

/** What the programme can choose from: per module its title and steps, each with its options and dialogs. */
export type Catalogue = Record<string, { title: string; steps: { id: string; title: string; options: { id: string; title: string }[] }[] }>;


/** Reads the value of the `p` parameter. An empty value is an empty programme. */
export function parseProgramme(value: string | null): ProgrammeEntry[] {
  if (!value?.trim()) return [];
  return value
    .split(",")
    .map((piece) => piece.trim())
    .filter(Boolean)
    .map((piece): ProgrammeEntry => {
      const [moduleId = "", stepId = "", options, ...rest] = piece.split(":");
      if (!idPattern.test(moduleId) || !idPattern.test(stepId) || rest.length > 0) return { raw: piece };
      if (options === undefined) return { moduleId, stepId };
      const list = options === "" ? [] : options.split(".");
      return list.every((o) => idPattern.test(o)) ? { moduleId, stepId, options: list } : { raw: piece };
    });
}

export function serialiseProgramme(entries: ProgrammeEntry[]): string {
  return entries
    .map((e) => (isMalformed(e) ? e.raw : `${e.moduleId}:${e.stepId}${e.options === undefined ? "" : `:${e.options.join(".")}`}`))
    .join(",");
}

/** The link to a page with this programme: ids are URL-safe, so the list stays readable. */
export function programmeQuery(entries: ProgrammeEntry[]): string {
  return entries.length === 0 ? "" : `?p=${serialiseProgramme(entries)}`;
}

/** Per entry: what is wrong with it in this site's content, or null when it can be walked. */
export function programmeProblems(entries: ProgrammeEntry[], catalogue: Catalogue): (string | null)[] {
  const w = nlWorkshop;
  return entries.map((entry) => {
    if (isMalformed(entry)) return w.programmeMalformed(entry.raw);
    const module = catalogue[entry.moduleId];
    if (!module) return w.programmeUnknownModule(entry.moduleId);
    const step = module.steps.find((s) => s.id === entry.stepId);
    if (!step) return w.programmeUnknownStep(entry.stepId, module.title);
    const unknown = (entry.options ?? []).filter((o) => !step.options.some((known) => known.id === o));
    return unknown.length > 0 ? w.programmeUnknownOptions(unknown, step.title) : null;
  });
}

/** The entries that can be walked, with the options each shows (all of them when none were chosen). */
export function walkable(entries: ProgrammeEntry[], catalogue: Catalogue): Required<ProgrammeItem>[] {
  const problems = programmeProblems(entries, catalogue);
  return entries.flatMap((entry, i) => {
    if (isMalformed(entry) || problems[i]) return [];
    const step = catalogue[entry.moduleId]!.steps.find((s) => s.id === entry.stepId)!;
    return [{ ...entry, options: entry.options ?? step.options.map((o) => o.id) }];
  });
}

/** Record keys ("module/step") in programme order, so the report follows the programme. */
export function programmeRecordKeys(entries: ProgrammeEntry[]): string[] {
  return entries.flatMap((e) => (isMalformed(e) ? [] : [`${e.moduleId}/${e.stepId}`]));
}

/** Moves entry `index` one place up (-1) or down (+1); at either end nothing changes. */
export function moveEntry<T>(entries: T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  if (index < 0 || index >= entries.length || to < 0 || to >= entries.length) return entries;
  const moved = [...entries];
  [moved[index], moved[to]] = [moved[to]!, moved[index]!];
  return moved;
}
