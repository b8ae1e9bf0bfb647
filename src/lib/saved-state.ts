// Reads state saved in the browser without ever losing it: a value that cannot be read is kept
// aside under a backup key, and the caller learns that it happened so it can tell the reader.

/**
 * The reading page's stored data: ticked checklist items, and where damaged saved text under `key` is kept
 * (`key:backup`, then `key:backup-2`, …). They live here, beside their reader, so a reading page does not load the
 * whole list of stored data; stored-data.ts lists them with the others.
 */
export const checklistsKey = "sdu:checklists:v1";
export const backupKey = (key: string): string => `${key}:backup`;

export interface Decoded<T> {
  value: T;
  /** Set when the saved text was damaged and has been moved to `backupKey`. */
  damaged?: { backupKey: string; raw: string };
}

/** Parses `raw` as JSON and checks its shape; on failure returns the fallback and a backup instruction. */
export function decodeSaved<T>(raw: string | null | undefined, key: string, isValid: (v: unknown) => v is T, fallback: T): Decoded<T> {
  if (raw === null || raw === undefined || raw === "") return { value: fallback };
  try {
    const parsed: unknown = JSON.parse(raw);
    if (isValid(parsed)) return { value: parsed };
  } catch {
    // Falls through to the backup below.
  }
  return { value: fallback, damaged: { backupKey: backupKey(key), raw } };
}

/** Checklist state: checklist key → indexes of ticked items. */
export type ChecklistState = Record<string, number[]>;

export function isChecklistState(value: unknown): value is ChecklistState {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => Array.isArray(v) && v.every((n) => Number.isInteger(n) && n >= 0))
  );
}
