// Everything this site keeps in the reader's browser, in one list: the privacy page shows it and its button
// clears it. A unit test checks that every storage key in src/ is on this list.
import { shortcutsKey } from "./keys.ts";

export type StoredDataKind = "checklists" | "workshop" | "shortcuts" | "backups" | "workshopMode" | "presenterClock";

export interface StoredData {
  kind: StoredDataKind;
  /** Where the browser keeps it: localStorage stays until it is cleared, sessionStorage until the tab closes. */
  storage: "localStorage" | "sessionStorage";
  /** The key; a key ending in "*" stands for every key that starts with what comes before it. */
  key: string;
}

/** Single-key shortcuts switched off ("uit"): its constant lives in keys.ts, beside its reader on every page. */
export { shortcutsKey };

/** Every key this site writes starts with this prefix; nothing else in the browser is touched when clearing. */
export const storagePrefix = "sdu:";

/** Ticked checklist items. */
export const checklistsKey = "sdu:checklists:v1";
/** The workshop sessions (see src/lib/workshop-record/). */
export const workshopKey = "sdu:workshop";
/** The workshop view open in this tab (sessionStorage), so a reload or the next page of a programme keeps it. */
export const workshopModeKey = "sdu:workshop:mode";
/** The presenter view's total clock (sessionStorage), so it runs on across the modules of a programme. */
export const presenterClockKey = "sdu:workshop:clock";

/** Where damaged saved text under `key` is kept: `key:backup`, then `key:backup-2`, … */
export const backupKey = (key: string): string => `${key}:backup`;

export const storedData: StoredData[] = [
  { kind: "checklists", storage: "localStorage", key: checklistsKey },
  { kind: "workshop", storage: "localStorage", key: workshopKey },
  { kind: "shortcuts", storage: "localStorage", key: shortcutsKey },
  { kind: "backups", storage: "localStorage", key: `${backupKey(checklistsKey)}*` },
  { kind: "backups", storage: "localStorage", key: `${backupKey(workshopKey)}*` },
  { kind: "workshopMode", storage: "sessionStorage", key: workshopModeKey },
  { kind: "presenterClock", storage: "sessionStorage", key: presenterClockKey },
];

/** The keys of this site among `keys` (the keys a storage holds now). */
export function siteKeys(keys: string[]): string[] {
  return keys.filter((key) => key.startsWith(storagePrefix));
}
