// The workshop sessions, saved in this browser as they are typed (localStorage) and synced between tabs.
// Old saved data is migrated; damaged saved data is moved to a backup key and reported, never dropped.
import { computed } from "nanostores";
import { emptyState, type Agenda, type DilemmaRef, type WorkshopRecord, type WorkshopSession, type WorkshopState } from "../lib/workshop-record/schema.ts";
import { decodeState } from "../lib/workshop-record/storage.ts";
import { createSession, currentSession, deleteSession, editRecord, renameSession, selectSession, setExpectedCards, setProgramme, setSessionDetails, type SessionDetails } from "../lib/workshop-record/edits.ts";
import { applyImport } from "../lib/workshop-record/session-import.ts";
import { workshopKey } from "../lib/stored-data.ts";
import { savedAtom } from "./saved.ts";

const saved = savedAtom<WorkshopState>(workshopKey, emptyState(), (raw) => decodeState(raw, workshopKey));

export const $workshop = saved.$value;
/** Set when saved workshop data could not be read and was moved to `backupKey`. */
export const $workshopDamage = saved.$damage;

export const $currentSession = computed($workshop, currentSession);

const save = (edit: (state: WorkshopState) => WorkshopState) => $workshop.set(edit($workshop.get()));

export function startSession(name: string): void {
  save((s) => createSession(s, name, new Date()));
}

export function switchSession(id: string): void {
  save((s) => selectSession(s, id));
}

export function renameCurrent(name: string): void {
  const id = $workshop.get().currentId;
  if (id) save((s) => renameSession(s, id, name, new Date()));
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

/** How many voting cards the current session handed out; nothing changes when it is the same. */
export function expectCards(cards: number): void {
  const session = $currentSession.get();
  if (session && session.cards !== cards) save((s) => setExpectedCards(s, session.id, cards, new Date()));
}

export function removeSession(id: string): void {
  save((s) => deleteSession(s, id));
}

/** Applies one edit to the record of a dilemma in the current session. */
export function editCurrentRecord(dilemma: DilemmaRef, edit: (r: WorkshopRecord) => WorkshopRecord): void {
  const id = $workshop.get().currentId;
  if (id) save((s) => editRecord(s, id, dilemma, edit, new Date()));
}

/** Applies an import as the facilitator decided (see session-import.ts). */
export function importSession(session: WorkshopSession, how: "add" | "replace" | "same"): void {
  save((s) => applyImport(s, session, how));
}
