// Reading saved workshop sessions: any stored version is checked in full, then migrated step by step to the
// current one; damaged text is moved aside (backup), never silently dropped.
import { nlWorkshop } from "../../i18n/nl-workshop.ts";
import { decodeSaved, type Decoded } from "../saved-state.ts";
import { isObject, list } from "../shape-check.ts";
import { emptyState, sessionChecks, workshopVersion, type SessionV1, type WorkshopSession, type WorkshopState } from "./schema.ts";

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

/** One function per version step. A value is migrated step by step up to workshopVersion. */
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
