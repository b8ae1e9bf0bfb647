// What a workshop group decided per dilemma, kept in named sessions in the facilitator's browser.
// Pure functions: the versioned storage format (check, migrate), edits and JSON import; the report is in workshop-report.ts.
import { nlWorkshop } from "../i18n/nl-workshop.ts";
import { describeImportProblem } from "./import-problem.ts";
import { decodeSaved, type Decoded } from "./saved-state.ts";
import { checkVotes, type CardVote } from "./card-vote.ts";

/** The version of the storage and export format. Older versions are migrated on read. */
export const workshopVersion = 2;
/** Marks an exported JSON file as ours, so a foreign file is refused with a clear message. */
export const exportFormat = "sociaal-domein-uitgelegd/workshop-sessie";

/** 1 = fully the first perspective (Zorgaanbieder) … 5 = fully the second (Gemeente). */
export type Position = 1 | 2 | 3 | 4 | 5;

/** The dilemma a record is about, copied from the page so an export reads without the site. */
export interface DilemmaRef {
  moduleId: string;
  moduleTitle: string;
  stepId: string;
  title: string;
  /** Step number in the module, for the order of the handout. */
  number: number;
  /** The two sides of the scale, e.g. ["Zorgaanbieder", "Gemeente"]. */
  perspectives: [string, string];
  /** The step's question (frontmatter `question`); absent in records saved before it was kept. */
  question?: string;
  /** The step's web address, for the link in the report; absent in records saved before it was kept. */
  url?: string;
  /** Card vote: what A–D mean on this step (frontmatter `vote`, or the default for a dilemma). */
  vote?: [string, string, string, string];
  /** Card vote: the titles of the step's "Wat als …?" variants, each a round to vote on. */
  variants?: string[];
}

export interface GroupPosition {
  id: string;
  /** "Hele groep", or a participant group such as "Gemeenten". */
  group: string;
  value: Position | null;
}

export interface Afspraak {
  id: string;
  text: string;
  /** Who acts on it: a role or team, typed by the facilitator. */
  owner: string;
  /** Date as YYYY-MM-DD (from <input type="date">), or "". */
  due: string;
}

export interface WorkshopRecord {
  dilemma: DilemmaRef;
  positions: GroupPosition[];
  notes: string;
  afspraken: Afspraak[];
  /** Card votes (src/lib/card-vote.ts), one per round; absent until the room voted with cards. */
  votes?: CardVote[];
}

export interface WorkshopSession {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  /** Keyed by recordKey(dilemma): "jeugdzorg/wachtlijsten". */
  records: Record<string, WorkshopRecord>;
  /** Record keys in the order of the programme this session follows, when it was recorded in a programme. */
  programme?: string[];
}

export interface WorkshopState {
  version: typeof workshopVersion;
  currentId: string | null;
  sessions: WorkshopSession[];
}

export const emptyState = (): WorkshopState => ({ version: workshopVersion, currentId: null, sessions: [] });

export const recordKey = (d: Pick<DilemmaRef, "moduleId" | "stepId">): string => `${d.moduleId}/${d.stepId}`;

/** A short, unique enough id without crypto.randomUUID (which needs a secure context). */
export function newId(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

// ---------------------------------------------------------------------------------------------------
// Checking a stored or imported value. Each check returns null when fine, else where it goes wrong.

type Check = (value: unknown, path: string) => string | null;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const str: Check = (v, path) => (typeof v === "string" ? null : `${path} is geen tekst`);
const dateText: Check = (v, path) => (v === "" || (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v)) ? null : `${path} is geen datum`);

function fields(shape: Record<string, Check>): Check {
  return (v, path) => {
    if (!isObject(v)) return `${path} ontbreekt`;
    for (const [key, check] of Object.entries(shape)) {
      const problem = check(v[key], `${path}.${key}`);
      if (problem) return problem;
    }
    return null;
  };
}

function list(item: Check): Check {
  return (v, path) => {
    if (!Array.isArray(v)) return `${path} is geen lijst`;
    for (const [i, entry] of v.entries()) {
      const problem = item(entry, `${path}[${i}]`);
      if (problem) return problem;
    }
    return null;
  };
}

function dict(item: Check): Check {
  return (v, path) => {
    if (!isObject(v)) return `${path} ontbreekt`;
    for (const [key, entry] of Object.entries(v)) {
      const problem = item(entry, `${path}.${key}`);
      if (problem) return problem;
    }
    return null;
  };
}

const position: Check = (v, path) => (v === null || (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 5) ? null : `${path} is geen punt van 1 tot 5`);

const dilemmaCheck = fields({
  moduleId: str,
  moduleTitle: str,
  stepId: str,
  title: str,
  number: (v, path) => (Number.isInteger(v) ? null : `${path} is geen getal`),
  perspectives: (v, path) => (Array.isArray(v) && v.length === 2 && v.every((p) => typeof p === "string") ? null : `${path} heeft geen twee kanten`),
  question: (v, path) => (v === undefined ? null : str(v, path)),
  url: (v, path) => (v === undefined ? null : str(v, path)),
});

const afspraakV2 = fields({ id: str, text: str, owner: str, due: dateText });
const recordV2 = fields({ dilemma: dilemmaCheck, positions: list(fields({ id: str, group: str, value: position })), notes: str, afspraken: list(afspraakV2), votes: checkVotes });
const optionalKeys: Check = (v, path) => (v === undefined ? null : list(str)(v, path));
const sessionV2 = fields({ id: str, name: str, createdAt: str, updatedAt: str, records: dict(recordV2), programme: optionalKeys });

/** Version 1 (the first release) had one position per dilemma and afspraken without owner and date. */
const recordV1 = fields({ dilemma: dilemmaCheck, position, notes: str, afspraken: list(fields({ id: str, text: str })) });
const sessionV1 = fields({ id: str, name: str, createdAt: str, updatedAt: str, records: dict(recordV1) });

const sessionChecks: Record<number, Check> = { 1: sessionV1, 2: sessionV2 };

function checkState(v: unknown): string | null {
  if (!isObject(v)) return "geen object";
  const check = typeof v.version === "number" ? sessionChecks[v.version] : undefined;
  if (!check) return "onbekende versie";
  if (v.currentId !== null && typeof v.currentId !== "string") return "currentId klopt niet";
  return list(check)(v.sessions, "sessions");
}

/** A stored state of any version this code can read (checked in full, so migrations can trust it). */
export function isStoredState(v: unknown): v is { version: number; currentId: string | null; sessions: unknown[] } {
  return checkState(v) === null;
}

// ---------------------------------------------------------------------------------------------------
// Migrations: one function per version step. A value is migrated step by step up to workshopVersion.

interface SessionV1 {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  records: Record<string, { dilemma: DilemmaRef; position: Position | null; notes: string; afspraken: { id: string; text: string }[] }>;
}

const sessionMigrations: Record<number, (session: never) => unknown> = {
  1: (session: SessionV1): WorkshopSession => ({
    ...session,
    records: Object.fromEntries(
      Object.entries(session.records).map(([key, r]) => [
        key,
        {
          dilemma: r.dilemma,
          positions: [{ id: "groep-1", group: nlWorkshop.wholeGroup, value: r.position }],
          notes: r.notes,
          afspraken: r.afspraken.map((a) => ({ ...a, owner: "", due: "" })),
        },
      ]),
    ),
  }),
};

/** Brings one checked session from `version` up to the current version. */
export function migrateSession(session: unknown, version: number): WorkshopSession {
  let value = session;
  for (let v = version; v < workshopVersion; v++) value = sessionMigrations[v]!(value as never);
  return value as WorkshopSession;
}

/** Brings a checked stored state of any known version up to the current version. */
export function migrate(stored: { version: number; currentId: string | null; sessions: unknown[] }): WorkshopState {
  return {
    version: workshopVersion,
    currentId: stored.currentId,
    sessions: stored.sessions.map((s) => migrateSession(s, stored.version)),
  };
}

/** Reads the saved text: migrated when old, moved aside (backup) when damaged, never silently dropped. */
export function decodeState(raw: string | null | undefined, key: string): Decoded<WorkshopState> {
  const decoded = decodeSaved(raw, key, isStoredState, emptyState());
  return decoded.damaged ? { value: emptyState(), damaged: decoded.damaged } : { value: migrate(decoded.value) };
}

// ---------------------------------------------------------------------------------------------------
// Edits. Each returns a new state; the store saves it.

export function currentSession(state: WorkshopState): WorkshopSession | null {
  return state.sessions.find((s) => s.id === state.currentId) ?? null;
}

export function createSession(state: WorkshopState, name: string, now: Date, id = newId()): WorkshopState {
  const at = now.toISOString();
  return { ...state, currentId: id, sessions: [...state.sessions, { id, name, createdAt: at, updatedAt: at, records: {} }] };
}

export function selectSession(state: WorkshopState, id: string): WorkshopState {
  return state.sessions.some((s) => s.id === id) ? { ...state, currentId: id } : state;
}

export function renameSession(state: WorkshopState, id: string, name: string, now: Date): WorkshopState {
  return editSession(state, id, now, (s) => ({ ...s, name }));
}

/** Notes the programme the session follows (record keys in order), so the report keeps its order. */
export function setProgramme(state: WorkshopState, id: string, programme: string[], now: Date): WorkshopState {
  return editSession(state, id, now, (s) => ({ ...s, programme }));
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

export function emptyRecord(dilemma: DilemmaRef): WorkshopRecord {
  return { dilemma, positions: [{ id: "groep-1", group: nlWorkshop.wholeGroup, value: null }], notes: "", afspraken: [] };
}

/** Edits the record of one dilemma in a session, creating it on the first edit. */
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

// ---------------------------------------------------------------------------------------------------
// JSON export and import (to move a session to another laptop).

export function toExportJson(session: WorkshopSession, now: Date): string {
  return `${JSON.stringify({ format: exportFormat, version: workshopVersion, exportedAt: now.toISOString(), session }, null, 2)}\n`;
}

export type ImportResult = { ok: true; session: WorkshopSession } | { ok: false; message: string };

/** Largest file we accept: far above any real session, small enough to never hang the page. */
export const maxImportBytes = 2_000_000;

/** Reads an exported file. Never throws: a damaged or foreign file gives a Dutch message instead. */
export function parseImport(text: string): ImportResult {
  const w = nlWorkshop;
  if (text.length > maxImportBytes) return { ok: false, message: w.importTooLarge };
  if (text.trim() === "") return { ok: false, message: w.importEmpty };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, message: w.importNotJson };
  }
  if (!isObject(data) || data.format !== exportFormat) return { ok: false, message: w.importForeign };
  if (typeof data.version !== "number" || !Number.isInteger(data.version) || data.version < 1) return { ok: false, message: w.importDamaged("de versie ontbreekt") };
  if (data.version > workshopVersion) return { ok: false, message: w.importNewer };
  const problem = sessionChecks[data.version]!(data.session, "session");
  if (problem) return { ok: false, message: describeImportProblem(problem, data) };
  return { ok: true, session: migrateSession(data.session, data.version) };
}

/** A file name from the session name: "Workshop Gemeente X, 12 maart" → "workshop-gemeente-x-12-maart". */
export function fileNameFor(session: Pick<WorkshopSession, "name">): string {
  const slug = session.name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return slug || "workshop";
}
