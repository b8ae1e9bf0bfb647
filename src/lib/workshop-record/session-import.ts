// What importing a session file does to the sessions in this browser: a new session is added, the same file
// twice changes nothing, a different version of a session that is already here needs the facilitator's choice.
// The empty session the record panel starts by itself is dropped, so a fresh browser is left with just the import.
import { addImported } from "./edits.ts";
import { newId, type WorkshopSession, type WorkshopState } from "./schema.ts";

export type ImportPlan = { kind: "new" } | { kind: "same"; existing: WorkshopSession } | { kind: "clash"; existing: WorkshopSession };

/** A session that was started and never touched: no records, never renamed or edited. */
export function untouched(session: WorkshopSession): boolean {
  return Object.keys(session.records).length === 0 && session.createdAt === session.updatedAt;
}

/** Compares what a person sees of two sessions (key order and the moment of export do not count). */
function sameSession(a: WorkshopSession, b: WorkshopSession): boolean {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : typeof value === "object" && value !== null
        ? Object.fromEntries(
            Object.entries(value)
              .sort(([x], [y]) => x.localeCompare(y))
              .map(([k, v]) => [k, canonical(v)]),
          )
        : value;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

export function importPlan(state: WorkshopState, session: WorkshopSession): ImportPlan {
  const existing = state.sessions.find((s) => s.id === session.id);
  if (!existing) return { kind: "new" };
  return sameSession(existing, session) ? { kind: "same", existing } : { kind: "clash", existing };
}

/** Drops the current session when it is the untouched one the panel started itself. */
function withoutUntouchedCurrent(state: WorkshopState): WorkshopState {
  const current = state.sessions.find((s) => s.id === state.currentId);
  return current && untouched(current)
    ? {
        ...state,
        currentId: null,
        sessions: state.sessions.filter((s) => s !== current),
      }
    : state;
}

/**
 * Applies an import. "add" for a new session (or, after asking, as a copy beside the one already here);
 * "replace" puts the file's version in place of the one here; "same" only selects it.
 */
export function applyImport(state: WorkshopState, session: WorkshopSession, how: "add" | "replace" | "same", id = newId()): WorkshopState {
  if (how === "same") return { ...state, currentId: session.id };
  const tidy = withoutUntouchedCurrent(state);
  if (how === "replace")
    return {
      ...tidy,
      currentId: session.id,
      sessions: tidy.sessions.map((s) => (s.id === session.id ? session : s)),
    };
  return addImported(tidy, session, id);
}
