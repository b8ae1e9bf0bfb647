// Everything this site keeps in the reader's browser, in one list: the privacy page shows it and its button
// clears it. A unit test checks that every storage key in src/ is on this list.
import { shortcutsKey, workshopModeKey } from "./keys.ts";
import { backupKey, checklistsKey } from "./saved-state.ts";

export type StoredDataKind =
  | "checklists"
  | "workshop"
  | "workshopExported"
  | "shortcuts"
  | "beamerLight"
  | "backups"
  | "workshopMode"
  | "presenterClock"
  | "stepClock";

export interface StoredData {
  kind: StoredDataKind;
  /** Where the browser keeps it: localStorage stays until it is cleared, sessionStorage until the tab closes. */
  storage: "localStorage" | "sessionStorage";
  /** The key; a key ending in "*" stands for every key that starts with what comes before it. */
  key: string;
}

/**
 * Single-key shortcuts switched off ("uit"), and the workshop view open in this tab (sessionStorage, so a reload or
 * the next page of a programme keeps it): their constants live in keys.ts, beside their reader on every page. Ticked
 * checklist items and the backups of damaged saved data: in saved-state.ts, beside their reader on a module page.
 */
export { backupKey, checklistsKey, shortcutsKey, workshopModeKey };

/** Every key this site writes starts with this prefix; nothing else in the browser is touched when clearing. */
export const storagePrefix = "sdu:";

/** The workshop sessions (see src/lib/workshop-record/). */
export const workshopKey = "sdu:workshop";
/** When each workshop session was last downloaded as a file, in this browser: what is newer still needs one. */
export const workshopExportedKey = "sdu:workshop:exported";
/** Presenting in the laptop's own colours instead of the light ones ("uit"). */
export const beamerLightKey = "sdu:workshop:light";
/** The presenter view's total clock (sessionStorage), so it runs on across the modules of a programme. */
export const presenterClockKey = "sdu:workshop:clock";
/** The presenter view's countdown of the current step (sessionStorage), so a reload does not start it again. */
export const stepClockKey = "sdu:workshop:step-clock";

export const storedData: StoredData[] = [
  { kind: "checklists", storage: "localStorage", key: checklistsKey },
  { kind: "workshop", storage: "localStorage", key: workshopKey },
  { kind: "workshopExported", storage: "localStorage", key: workshopExportedKey },
  { kind: "shortcuts", storage: "localStorage", key: shortcutsKey },
  { kind: "beamerLight", storage: "localStorage", key: beamerLightKey },
  { kind: "backups", storage: "localStorage", key: `${backupKey(checklistsKey)}*` },
  { kind: "backups", storage: "localStorage", key: `${backupKey(workshopKey)}*` },
  { kind: "workshopMode", storage: "sessionStorage", key: workshopModeKey },
  { kind: "presenterClock", storage: "sessionStorage", key: presenterClockKey },
  { kind: "stepClock", storage: "sessionStorage", key: stepClockKey },
];

/** The keys of this site among `keys` (the keys a storage holds now). */
export function siteKeys(keys: string[]): string[] {
  return keys.filter((key) => key.startsWith(storagePrefix));
}
