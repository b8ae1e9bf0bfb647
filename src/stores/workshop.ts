// The workshop sessions, saved in this browser as they are typed (localStorage) and synced between tabs.
// Old saved data is migrated; damaged saved data is moved to a backup key and reported, never dropped.
// A session starts with the first thing recorded (never by opening a panel), asks the browser to keep this
// site's storage (a municipal laptop may clear it when the browser closes), and counts as needing an export until
// it was downloaded as a file after its last change.
import { atom, computed } from "nanostores";
import { persistentAtom } from "@nanostores/persistent";
import { formatMoment } from "../i18n/nl.ts";
import { nlWorkshop } from "../i18n/nl-workshop.ts";
import { emptyState, newId, type Agenda, type DilemmaRef, type WorkshopRecord, type WorkshopSession, type WorkshopState } from "../lib/workshop-record/schema.ts";
import { decodeState } from "../lib/workshop-record/storage.ts";
import {
  createSession,
  currentSession,
  deleteSession,
  editRecord,
  needsExport,
  renameSession,
  selectSession,
  setExpectedCards,
  setProgramme,
  setSessionDetails,
  uniqueName,
  type SessionDetails,
} from "../lib/workshop-record/edits.ts";
import { applyImport } from "../lib/workshop-record/session-import.ts";
import { mergeSessions, type MergeReport } from "../lib/workshop-record/session-merge.ts";
import { workshopExportedKey, workshopKey } from "../lib/stored-data.ts";
import { savedAtom } from "./saved.ts";

const saved = savedAtom<WorkshopState>(workshopKey, emptyState(), (raw) => decodeState(raw, workshopKey));

export const $workshop = saved.$value;
/** Set when saved workshop data could not be read and was moved to `backupKey`. */
export const $workshopDamage = saved.$damage;

export const $currentSession = computed($workshop, currentSession);

/** Session id → when it was last downloaded as a file (ISO), in this browser. */
export const $exported = persistentAtom<Record<string, string>>(workshopExportedKey, {}, {
  encode: JSON.stringify,
  decode: (raw) => {
    try {
      const value: unknown = JSON.parse(raw);
      return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, string>) : {};
    } catch {
      return {};
    }
  },
});

/** Some session has changes that were never downloaded as a file: leaving should remind the facilitator. */
export const $needsExport = computed([$workshop, $exported], (state, exported) => state.sessions.some((s) => needsExport(s, exported[s.id])));

/**
 * Whether the browser keeps this site's storage when it is short of space or closes: "asked" until it answers;
 * "refused" is said in the record panel, with the advice to download the session.
 */
export const $persistence = atom<"unknown" | "asked" | "kept" | "refused" | "unsupported">("unknown");

/** Asks the browser to keep this site's storage (navigator.storage.persist). */
export async function askToKeep(): Promise<void> {
  if (!navigator.storage?.persist) return $persistence.set("unsupported");
  $persistence.set("asked");
  const kept = await navigator.storage.persist().catch(() => false);
  $persistence.set(kept ? "kept" : "refused");
}

/** What the browser says already, without asking (for a session recorded before this page opened). */
export async function checkKept(): Promise<void> {
  if ($persistence.get() !== "unknown") return;
  if (!navigator.storage?.persisted) return $persistence.set("unsupported");
  const kept = await navigator.storage.persisted().catch(() => false);
  if ($persistence.get() === "unknown") $persistence.set(kept ? "kept" : "refused");
}

const save = (edit: (state: WorkshopState) => WorkshopState) => $workshop.set(edit($workshop.get()));

/** "Workshop 12 maart 2027, 14:05": sessions started on one day differ by their time (and a number, within a minute). */
export function defaultName(now = new Date()): string {
  const { day, time } = formatMoment(now);
  return uniqueName(nlWorkshop.defaultSessionName(day, time), $workshop.get().sessions);
}

export function startSession(name = defaultName()): void {
  save((s) => createSession(s, name, new Date()));
  void askToKeep();
}

export function switchSession(id: string): void {
  save((s) => selectSession(s, id));
}

/** Names the current session; with none yet, naming it is the first thing recorded and starts it. */
export function renameCurrent(name: string): void {
  const id = $workshop.get().currentId;
  if (id) save((s) => renameSession(s, id, name, new Date()));
  else startSession(name);
}

/** The current session follows this programme (record keys in order, and its agenda when known); nothing changes
 *  when it already does. */
export function followProgramme(keys: string[], agenda?: Agenda): void {
  const session = $currentSession.get();
  const same = JSON.stringify(session?.programme ?? []) === JSON.stringify(keys) && (!agenda || JSON.stringify(session?.agenda) === JSON.stringify(agenda));
  if (session && !same) save((s) => setProgramme(s, session.id, keys, new Date(), agenda));
}

/** The day, place and participants of a session, as typed on the report. */
export function setDetails(id: string, details: SessionDetails): void {
  save((s) => setSessionDetails(s, id, details, new Date()));
}

/** How many voting cards the current session handed out (with none yet, the first thing recorded); nothing changes
 *  when it is the same. */
export function expectCards(cards: number): void {
  if (!$workshop.get().currentId) startSession();
  const session = $currentSession.get()!;
  if (session.cards !== cards) save((s) => setExpectedCards(s, session.id, cards, new Date()));
}

export function removeSession(id: string): void {
  save((s) => deleteSession(s, id));
}

/** Applies one edit to the record of a dilemma in the current session, starting a session when there is none. */
export function editCurrentRecord(dilemma: DilemmaRef, edit: (r: WorkshopRecord) => WorkshopRecord): void {
  if (!$workshop.get().currentId) startSession();
  const id = $workshop.get().currentId!;
  save((s) => editRecord(s, id, dilemma, edit, new Date()));
}

/** The session was downloaded as a file now. */
export function markExported(id: string): void {
  $exported.set({ ...$exported.get(), [id]: new Date().toISOString() });
}

/** Applies an import as the facilitator decided (see session-import.ts). */
export function importSession(session: WorkshopSession, how: "add" | "replace" | "same"): void {
  save((s) => applyImport(s, session, how));
}

/** Merges a session from a file into the current one; returns what came in. */
export function mergeIntoCurrent(session: WorkshopSession): MergeReport | null {
  const current = $currentSession.get();
  if (!current) return null;
  const { session: merged, report } = mergeSessions(current, session, new Date(), newId);
  save((s) => ({ ...s, sessions: s.sessions.map((x) => (x.id === current.id ? merged : x)) }));
  return report;
}
