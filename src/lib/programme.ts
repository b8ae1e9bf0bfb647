// A workshop programme, kept in the URL: ?p=_start@13.30,_welkom@10,jeugdzorg:wachtlijsten@20,_pauze@15,inburgering:pip
// Which steps, in which order, which options of each, the minutes of any item, items of the facilitator's own
// (welkom, pauze, afsluiting, a free item with a title) and the start time. Pure parse and serialise; unknown
// modules, steps or options get a clear message but stay in the programme, so a link from a newer or older site
// loses nothing. Links written before minutes, own items and the start time existed read as they always did.
import { nlWorkshop } from "../i18n/nl-workshop.ts";
import { idPattern } from "./step-id.ts";

/** A step of a module in the programme. */
export interface ProgrammeItem {
  moduleId: string;
  stepId: string;
  /** The options (and dialogs) to show, in order; absent means all of them. */
  options?: string[];
  /** Minutes the facilitator set for this step; absent means the step's own time (frontmatter `duration`). */
  minutes?: number;
}

/** Items that are not a step: the facilitator adds them and gives them minutes; `eigen` has a title of its own. */
export const ownKinds = ["welkom", "pauze", "afsluiting", "eigen"] as const;
export type OwnKind = (typeof ownKinds)[number];

/** Minutes an own item gets when it is added. */
export const ownMinutes: Record<OwnKind, number> = { welkom: 10, pauze: 15, afsluiting: 10, eigen: 10 };

export interface OwnItem {
  own: OwnKind;
  minutes: number;
  /** The facilitator's own title ("Lunch", "Vragen uit de zaal"); without it the item is called by its kind. */
  title?: string;
}

/** A piece of the URL that is not understood: kept as it was, reported, never walked. */
export interface MalformedItem {
  raw: string;
}

export type ProgrammeEntry = ProgrammeItem | OwnItem | MalformedItem;

export interface Programme {
  /** When the session starts, "13:30"; without it the run sheet counts from 0:00. */
  start?: string;
  entries: ProgrammeEntry[];
}

export const isMalformed = (entry: ProgrammeEntry): entry is MalformedItem => "raw" in entry;
export const isOwn = (entry: ProgrammeEntry): entry is OwnItem => "own" in entry;
export const isStep = (entry: ProgrammeEntry): entry is ProgrammeItem => "moduleId" in entry;

/** The minutes a facilitator may give an item, as for a step's `duration`. */
export const minutesRange = { min: 1, max: 240 } as const;

/** What the programme can choose from: per module its title and steps, each with its time, options and dialogs. */
export type Catalogue = Record<string, { title: string; steps: { id: string; title: string; minutes?: number; options: { id: string; title: string }[] }[] }>;

const startPiece = /^_start@([01]?\d|2[0-3])\.([0-5]\d)$/;
const ownPiece = /^_([a-z]+)(?:@(\d{1,3}))?(?::([\s\S]*))?$/;

const validMinutes = (text: string | undefined): number | undefined => {
  const n = Number(text);
  return text !== undefined && /^\d+$/.test(text) && n >= minutesRange.min && n <= minutesRange.max ? n : undefined;
};

/**
 * A title in the URL keeps its spaces and letters; the few characters that would end the item or the link
 * (, & # + % and the escape ~ itself) are written as ~ and their code: "Koffie, thee" → "Koffie~2C thee".
 */
export function escapeTitle(title: string): string {
  return title.replace(/[~,%&#+]/g, (c) => `~${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function unescapeTitle(text: string): string {
  return text.replace(/~([0-9A-F]{2})/g, (_, code: string) => String.fromCharCode(parseInt(code, 16)));
}

function parseOwn(piece: string): OwnItem | MalformedItem {
  const match = ownPiece.exec(piece);
  const kind = match?.[1] as OwnKind | undefined;
  if (!match || !kind || !ownKinds.includes(kind)) return { raw: piece };
  const minutes = match[2] === undefined ? ownMinutes[kind] : validMinutes(match[2]);
  if (minutes === undefined) return { raw: piece };
  const title = unescapeTitle(match[3] ?? "").trim();
  return { own: kind, minutes, ...(title ? { title } : {}) };
}

function parseStep(piece: string): ProgrammeItem | MalformedItem {
  const at = piece.lastIndexOf("@");
  const minutes = at === -1 ? undefined : validMinutes(piece.slice(at + 1));
  if (at !== -1 && minutes === undefined) return { raw: piece };
  const [moduleId = "", stepId = "", options, ...rest] = (at === -1 ? piece : piece.slice(0, at)).split(":");
  if (!idPattern.test(moduleId) || !idPattern.test(stepId) || rest.length > 0) return { raw: piece };
  const time = minutes === undefined ? {} : { minutes };
  if (options === undefined) return { moduleId, stepId, ...time };
  const list = options === "" ? [] : options.split(".");
  return list.every((o) => idPattern.test(o)) ? { moduleId, stepId, options: list, ...time } : { raw: piece };
}

/** Reads the value of the `p` parameter. An empty value is an empty programme. */
export function parseProgramme(value: string | null): Programme {
  const programme: Programme = { entries: [] };
  for (const piece of (value ?? "").split(",").map((p) => p.trim()).filter(Boolean)) {
    const start = startPiece.exec(piece);
    if (start) programme.start = `${start[1]!.padStart(2, "0")}:${start[2]}`;
    else programme.entries.push(piece.startsWith("_") ? parseOwn(piece) : parseStep(piece));
  }
  return programme;
}

function serialiseEntry(e: ProgrammeEntry): string {
  if (isMalformed(e)) return e.raw;
  if (isOwn(e)) return `_${e.own}@${e.minutes}${e.title ? `:${escapeTitle(e.title)}` : ""}`;
  return `${e.moduleId}:${e.stepId}${e.options === undefined ? "" : `:${e.options.join(".")}`}${e.minutes === undefined ? "" : `@${e.minutes}`}`;
}

export function serialiseProgramme(programme: Programme): string {
  return [...(programme.start ? [`_start@${programme.start.replace(":", ".")}`] : []), ...programme.entries.map(serialiseEntry)].join(",");
}

/** The value of `p` as it goes in a link: readable (, : @ stay), with spaces and any stray & # % encoded. */
export function programmeParam(value: string): string {
  return encodeURIComponent(value).replace(/%2C/g, ",").replace(/%3A/g, ":").replace(/%40/g, "@");
}

/** The link to a page with this programme. */
export function programmeQuery(programme: Programme): string {
  const value = serialiseProgramme(programme);
  return value === "" ? "" : `?p=${programmeParam(value)}`;
}

/** Per entry: what is wrong with it in this site's content, or null when it can be walked (own items always can). */
export function programmeProblems(entries: ProgrammeEntry[], catalogue: Catalogue): (string | null)[] {
  const w = nlWorkshop;
  return entries.map((entry) => {
    if (isMalformed(entry)) return w.programmeMalformed(entry.raw);
    if (isOwn(entry)) return null;
    const module = catalogue[entry.moduleId];
    if (!module) return w.programmeUnknownModule(entry.moduleId);
    const step = module.steps.find((s) => s.id === entry.stepId);
    if (!step) return w.programmeUnknownStep(entry.stepId, module.title);
    const unknown = (entry.options ?? []).filter((o) => !step.options.some((known) => known.id === o));
    return unknown.length > 0 ? w.programmeUnknownOptions(unknown, step.title) : null;
  });
}

/** The steps that can be walked, with the options each shows (all of them when none were chosen). */
export function walkable(entries: ProgrammeEntry[], catalogue: Catalogue): (ProgrammeItem & { options: string[] })[] {
  const problems = programmeProblems(entries, catalogue);
  return entries.flatMap((entry, i) => {
    if (!isStep(entry) || problems[i]) return [];
    const step = catalogue[entry.moduleId]!.steps.find((s) => s.id === entry.stepId)!;
    return [{ ...entry, options: entry.options ?? step.options.map((o) => o.id) }];
  });
}

/** Record keys ("module/step") in programme order, so the report follows the programme. */
export function programmeRecordKeys(entries: ProgrammeEntry[]): string[] {
  return entries.flatMap((e) => (isStep(e) ? [`${e.moduleId}/${e.stepId}`] : []));
}

/** Moves entry `index` one place up (-1) or down (+1); at either end nothing changes. */
export function moveEntry<T>(entries: T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  if (index < 0 || index >= entries.length || to < 0 || to >= entries.length) return entries;
  const moved = [...entries];
  [moved[index], moved[to]] = [moved[to]!, moved[index]!];
  return moved;
}

/** Adds an own item where it belongs: a welcome at the top, anything else at the end. */
export function addOwnItem(entries: ProgrammeEntry[], item: OwnItem): ProgrammeEntry[] {
  return item.own === "welkom" ? [item, ...entries] : [...entries, item];
}

/**
 * Gives a step or own item other minutes. A step set back to its own time (`ownTime`) loses the override, so the
 * link stays short and follows the content when that changes.
 */
export function withMinutes<T extends ProgrammeItem | OwnItem>(entry: T, minutes: number | undefined, ownTime?: number): T {
  if (isOwn(entry)) return minutes === undefined ? entry : { ...entry, minutes };
  const { minutes: _, ...rest } = entry as ProgrammeItem;
  return (minutes === undefined || minutes === ownTime ? rest : { ...rest, minutes }) as T;
}
