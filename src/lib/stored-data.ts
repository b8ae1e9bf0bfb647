// Everything this site keeps in the reader's browser, in one list: the privacy page shows it and its button
// clears it. A unit test checks that every storage key in src/ is on this list.

export type StoredDataKind = "checklists" | "workshop" | "shortcuts" | "backups" | "workshopMode" | "presenterClock";

export interface StoredData {
  kind: StoredDataKind;
  /** Where the browser keeps it: localStorage stays until it is cleared, sessionStorage until the tab closes. */
  storage: "localStorage" | "sessionStorage";
  /** The key; a key ending in "*" stands for every key that starts with what comes before it. */
  key: string;
}

/** Every key this site writes starts with this prefix; nothing else in the browser is touched when clearing. */
export const storagePrefix = "sdu:";

export const storedData: StoredData[] = [
  { kind: "checklists", storage: "localStorage", key: "sdu:checklists:v1" },
  { kind: "workshop", storage: "localStorage", key: "sdu:workshop" },
  { kind: "shortcuts", storage: "localStorage", key: "sdu:workshop:shortcuts" },
  { kind: "backups", storage: "localStorage", key: "sdu:checklists:v1:backup*" },
  { kind: "backups", storage: "localStorage", key: "sdu:workshop:backup*" },
  { kind: "workshopMode", storage: "sessionStorage", key: "sdu:workshop:mode" },
  { kind: "presenterClock", storage: "sessionStorage", key: "sdu:workshop:clock" },
];

/** The keys of this site among `keys` (the keys a storage holds now). */
export function siteKeys(keys: string[]): string[] {
  return keys.filter((key) => key.startsWith(storagePrefix));
}
