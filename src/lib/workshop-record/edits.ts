// Edits of the workshop sessions. Each returns a new state; the store in src/stores/workshop.ts saves it.
import { nlWorkshop } from "../../i18n/nl-workshop.ts";
import { newId, recordKey, type Afspraak, type Agenda, type DilemmaRef, type Position, type WorkshopRecord, type WorkshopSession, type WorkshopState } from "./schema.ts";

/** The calendar day of `date` where the facilitator is (YYYY-MM-DD), as <input type="date"> writes it. */
export function dayOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
}

export function currentSession(state: WorkshopState): WorkshopSession | null {
  return state.sessions.find((s) => s.id === state.currentId) ?? null;
}

/** `name`, or "name (2)", "name (3)", … when a session here has it already. */
export function uniqueName(name: string, sessions: Pick<WorkshopSession, "name">[]): string {
  const taken = new Set(sessions.map((s) => s.name));
  let unique = name;
  for (let n = 2; taken.has(unique); n++) unique = `${name} (${n})`;
  return unique;
}

/** Recorded since it was last downloaded as a file (`exportedAt`, ISO), or never downloaded at all. */
export function needsExport(session: Pick<WorkshopSession, "records" | "updatedAt">, exportedAt: string | undefined): boolean {
  return Object.keys(session.records).length > 0 && (exportedAt === undefined || exportedAt < session.updatedAt);
}

export function createSession(state: WorkshopState, name: string, now: Date, id = newId()): WorkshopState {
  const at = now.toISOString();
  // The day of the session is today unless the facilitator says otherwise on the report.
  return { ...state, currentId: id, sessions: [...state.sessions, { id, name, createdAt: at, updatedAt: at, date: dayOf(now), records: {} }] };
}

export function selectSession(state: WorkshopState, id: string): WorkshopState {
  return state.sessions.some((s) => s.id === id) ? { ...state, currentId: id } : state;
}

export function renameSession(state: WorkshopState, id: string, name: string, now: Date): WorkshopState {
  return editSession(state, id, now, (s) => ({ ...s, name }));
}

/** Notes the programme the session follows (record keys in order, and its agenda with times when known), so the
 *  report keeps its order and prints the programme. Without an agenda, an agenda of an earlier programme goes. */
export function setProgramme(state: WorkshopState, id: string, programme: string[], now: Date, agenda?: Agenda): WorkshopState {
  return editSession(state, id, now, ({ agenda: _, ...s }) => ({ ...s, programme, ...(agenda ? { agenda } : {}) }));
}

export type SessionDetails = Pick<WorkshopSession, "date" | "place" | "participants">;

/** The day, place and participants of a session, for the report; an emptied field is left out. */
export function setSessionDetails(state: WorkshopState, id: string, details: SessionDetails, now: Date): WorkshopState {
  return editSession(state, id, now, (s) => {
    const next: WorkshopSession = { ...s, ...details };
    for (const key of ["date", "place", "participants"] as const) if (!next[key]?.trim()) delete next[key];
    return next;
  });
}

/** Notes how many voting cards were handed out in the session (cards 1 to `cards`). */
export function setExpectedCards(state: WorkshopState, id: string, cards: number, now: Date): WorkshopState {
  return editSession(state, id, now, (s) => ({ ...s, cards }));
}

export function deleteSession(state: WorkshopState, id: string): WorkshopState {
  const sessions = state.sessions.filter((s) => s.id !== id);
  const currentId = state.currentId === id ? (sessions.at(-1)?.id ?? null) : state.currentId;
  return { ...state, currentId, sessions };
}

function editSession(state: WorkshopState, id: string, now: Date, edit: (s: WorkshopSession) => WorkshopSession): WorkshopState {
  return {
    ...state,
    sessions: state.sessions.map((s) => (s.id === id ? { ...edit(s), updatedAt: now.toISOString() } : s)),
  };
}

/** A new record: one position for the whole group where the step has a scale, none elsewhere. */
export function emptyRecord(dilemma: DilemmaRef): WorkshopRecord {
  const positions = dilemma.perspectives ? [{ id: "groep-1", group: nlWorkshop.wholeGroup, value: null }] : [];
  return { dilemma, positions, notes: "", afspraken: [] };
}

/** Edits the record of one step in a session, creating it on the first edit. */
export function editRecord(state: WorkshopState, sessionId: string, dilemma: DilemmaRef, edit: (r: WorkshopRecord) => WorkshopRecord, now: Date): WorkshopState {
  const key = recordKey(dilemma);
  return editSession(state, sessionId, now, (s) => ({
    ...s,
    records: { ...s.records, [key]: edit({ ...(s.records[key] ?? emptyRecord(dilemma)), dilemma }) },
  }));
}

export const recordEdits = {
  setPosition: (r: WorkshopRecord, groupId: string, value: Position | null): WorkshopRecord => ({
    ...r,
    positions: r.positions.map((p) => (p.id === groupId ? { ...p, value } : p)),
  }),
  addGroup: (r: WorkshopRecord, id: string, group = ""): WorkshopRecord => ({ ...r, positions: [...r.positions, { id, group, value: null }] }),
  renameGroup: (r: WorkshopRecord, groupId: string, group: string): WorkshopRecord => ({
    ...r,
    positions: r.positions.map((p) => (p.id === groupId ? { ...p, group } : p)),
  }),
  removeGroup: (r: WorkshopRecord, groupId: string): WorkshopRecord => ({ ...r, positions: r.positions.filter((p) => p.id !== groupId) }),
  setNotes: (r: WorkshopRecord, notes: string): WorkshopRecord => ({ ...r, notes }),
  addAfspraak: (r: WorkshopRecord, id: string): WorkshopRecord => ({ ...r, afspraken: [...r.afspraken, { id, text: "", owner: "", due: "" }] }),
  updateAfspraak: (r: WorkshopRecord, id: string, patch: Partial<Omit<Afspraak, "id">>): WorkshopRecord => ({
    ...r,
    afspraken: r.afspraken.map((a) => (a.id === id ? { ...a, ...patch } : a)),
  }),
  /** Moves an afspraak one place up (-1) or down (+1); at either end nothing changes. */
  moveAfspraak: (r: WorkshopRecord, id: string, delta: -1 | 1): WorkshopRecord => {
    const from = r.afspraken.findIndex((a) => a.id === id);
    const to = from + delta;
    if (from === -1 || to < 0 || to >= r.afspraken.length) return r;
    const afspraken = [...r.afspraken];
    [afspraken[from], afspraken[to]] = [afspraken[to]!, afspraken[from]!];
    return { ...r, afspraken };
  },
  deleteAfspraak: (r: WorkshopRecord, id: string): WorkshopRecord => ({ ...r, afspraken: r.afspraken.filter((a) => a.id !== id) }),
};

/** Adds an imported session and selects it. A session with the same id already here is kept: the import becomes a copy. */
export function addImported(state: WorkshopState, session: WorkshopSession, id = newId()): WorkshopState {
  const clash = state.sessions.some((s) => s.id === session.id);
  const added = clash ? { ...session, id, name: session.name + nlWorkshop.importedCopy } : session;
  return { ...state, currentId: added.id, sessions: [...state.sessions, added] };
}
