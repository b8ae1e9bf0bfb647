// Merging a session from a second laptop into the one here, e.g. two facilitators who each recorded a breakout
// group. Nothing is added up and nothing is dropped: per dilemma both laptops' positions, notes, afspraken and votes
// stay, and the report says what came in. The merge walks the shape of the data, not a list of known fields, so
// optional fields added later merge the same way: what one side lacks is filled in, what both have alike stays
// once, a list keeps the items of both (an item that differs is kept twice), and texts that differ are kept one
// after the other under the name of the session they came from.
import type { WorkshopRecord, WorkshopSession } from "./schema.ts";

type Value = unknown;
type Fields = Record<string, Value>;

/** A date or a moment (2027-03-12, 2027-03-12T10:00:00Z). */
const moment = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/;
const isFields = (v: Value): v is Fields => typeof v === "object" && v !== null && !Array.isArray(v);
const same = (a: Value, b: Value) => JSON.stringify(a) === JSON.stringify(b);

/** What changed in one record: per field, how many list items came in (0 for a text kept from both or filled in). */
export interface MergedRecord {
  title: string;
  fields: { field: string; added: number }[];
}

export interface MergeReport {
  /** Dilemmas only the other session had: taken over whole. */
  added: string[];
  /** Dilemmas both had, and what came in. */
  merged: MergedRecord[];
}

export interface Merged {
  session: WorkshopSession;
  report: MergeReport;
}

interface Context {
  /** Who wrote the other side: its session's name, put above its text and after its copies. */
  label: string;
  newId: () => string;
}

/** Two texts: one that continues the other is taken whole; else both, the other's under its label. */
function mergeText(ours: string, theirs: string, { label }: Context): string {
  if (theirs.startsWith(ours)) return theirs;
  if (ours.startsWith(theirs)) return ours;
  return `${ours}\n\n${label}:\n${theirs}`;
}

/** A card vote: a round may be voted more than once (before and after the discussion), each vote kept with its moment. */
const isVote = (item: Value): item is Fields => isFields(item) && typeof item.round === "string" && typeof item.at === "string";

/** The key that makes list items the same item: their id, or a vote's round and moment; null for plain values. */
function itemKey(item: Value): string | null {
  if (!isFields(item)) return null;
  if (typeof item.id === "string") return `id:${item.id}`;
  if (isVote(item)) return `vote:${item.round as string}@${item.at as string}`;
  return null;
}

/** The other side's item kept beside ours: a new id, or its round (and group name) marked with the label. */
function distinct(item: Fields, ctx: Context): Fields {
  const copy: Fields = { ...item };
  if (typeof item.id === "string") copy.id = ctx.newId();
  else if (typeof item.round === "string") copy.round = item.round ? `${item.round} (${ctx.label})` : ctx.label;
  if (typeof item.group === "string") copy.group = `${item.group || "?"} (${ctx.label})`;
  return copy;
}

/** One item in both lists: filled in where one side lacks a value (null or absent); null when they differ. */
function fillItem(ours: Fields, theirs: Fields): Fields | null {
  const result: Fields = { ...ours };
  for (const [key, value] of Object.entries(theirs)) {
    const mine = ours[key];
    if (mine === undefined || mine === null) result[key] = value;
    else if (value !== undefined && value !== null && !same(mine, value)) return null;
  }
  return result;
}

function mergeList(ours: Value[], theirs: Value[], ctx: Context): { list: Value[]; added: number } {
  const list = [...ours];
  let added = 0;
  for (const item of theirs) {
    const key = itemKey(item);
    const at = key === null ? list.findIndex((mine) => same(mine, item)) : list.findIndex((mine) => itemKey(mine) === key);
    if (at === -1) {
      // A vote in a round voted here too is the other group's: marked, or it would read as this group's vote again.
      const clash = isVote(item) && ours.some((mine) => isVote(mine) && mine.round === item.round);
      list.push(clash ? distinct(item as Fields, ctx) : item);
      added++;
    } else if (key !== null && !same(list[at], item)) {
      const filled = fillItem(list[at] as Fields, item as Fields);
      if (filled) list[at] = filled;
      else {
        list.push(distinct(item as Fields, ctx));
        added++;
      }
    }
  }
  return { list, added };
}

/** Merges the fields of two records (or other objects in them), noting per top-level field what came in. */
function mergeFields(ours: Fields, theirs: Fields, ctx: Context, keep: readonly string[], changes: { field: string; added: number }[]): Fields {
  const result: Fields = { ...ours };
  for (const [field, value] of Object.entries(theirs)) {
    const mine = ours[field];
    if (keep.includes(field) || value === undefined || same(mine, value)) continue;
    if (mine === undefined || mine === null || mine === "") {
      result[field] = value;
      changes.push({ field, added: Array.isArray(value) ? value.length : 0 });
    } else if (typeof mine === "string" && typeof value === "string") {
      // A date is no text to put side by side: ours stays.
      if (value === "" || moment.test(mine)) continue;
      result[field] = mergeText(mine, value, ctx);
      if (result[field] !== mine) changes.push({ field, added: 0 });
    } else if (Array.isArray(mine) && Array.isArray(value)) {
      const { list, added } = mergeList(mine, value, ctx);
      result[field] = list;
      if (added > 0 || !same(list, mine)) changes.push({ field, added });
    } else if (isFields(mine) && isFields(value)) {
      const inner: { field: string; added: number }[] = [];
      result[field] = mergeFields(mine, value, ctx, [], inner);
      if (inner.length > 0) changes.push({ field, added: inner.reduce((n, c) => n + c.added, 0) });
    }
    // Otherwise (two different numbers, yes and no): ours stays; nothing is added up.
  }
  return result;
}

/**
 * `theirs` (from a file) merged into `ours`: ours keeps its id, name and dates (updated `now`); each dilemma only
 * they recorded comes in whole, each dilemma both recorded keeps what both wrote.
 */
export function mergeSessions(ours: WorkshopSession, theirs: WorkshopSession, now: Date, newId: () => string): Merged {
  const ctx: Context = { label: theirs.name.trim() || theirs.id, newId };
  const report: MergeReport = { added: [], merged: [] };
  const records: Record<string, WorkshopRecord> = { ...ours.records };
  for (const [key, record] of Object.entries(theirs.records)) {
    const mine = ours.records[key];
    if (!mine) {
      records[key] = record;
      report.added.push(record.dilemma.title);
      continue;
    }
    const fields: { field: string; added: number }[] = [];
    // The dilemma is the page's description of the step, not something a group wrote: ours stays.
    records[key] = mergeFields(mine, record, ctx, ["dilemma"], fields) as WorkshopRecord;
    if (fields.length > 0) report.merged.push({ title: mine.dilemma.title, fields });
  }
  // The session's own fields (besides its records) merge the same way; its identity and dates stay ours, and so does
  // the programme it follows with its agenda (the other laptop's dilemmas are added to the order below).
  const rest = mergeFields(ours, theirs, ctx, ["id", "name", "createdAt", "updatedAt", "records", "programme", "agenda"], []);
  const order = [...(ours.programme ?? Object.keys(ours.records)), ...Object.keys(theirs.records)];
  const programme = ours.programme || theirs.programme ? [...new Set(order)] : undefined;
  const session = { ...rest, records, updatedAt: now.toISOString(), ...(programme ? { programme } : {}) } as WorkshopSession;
  return { session, report };
}

/** Whether the other session brings anything the one here does not have. */
export const bringsNothing = (report: MergeReport): boolean => report.added.length === 0 && report.merged.length === 0;
