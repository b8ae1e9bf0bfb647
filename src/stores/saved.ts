// A store kept in localStorage that never loses what it reads: text that cannot be read is kept under a free
// backup key (a second accident never overwrites the first backup), and the damage is told to the islands.
import { atom } from "nanostores";
import { persistentAtom } from "@nanostores/persistent";
import type { Decoded } from "../lib/saved-state.ts";

export interface Damage {
  backupKey: string;
  raw: string;
}

function backUp({ backupKey, raw }: Damage): string {
  let key = backupKey;
  for (let n = 2; localStorage.getItem(key) !== null && localStorage.getItem(key) !== raw; n++) key = `${backupKey}-${n}`;
  try {
    localStorage.setItem(key, raw);
  } catch {
    // Storage full or blocked: the notice still offers the raw text for download.
  }
  return key;
}

/**
 * The saved value under `key`, read with `decode`. Other tabs' writes arrive through the storage event
 * (persistentAtom's default), so each tab edits the latest data.
 */
export function savedAtom<T>(key: string, fallback: T, decode: (raw: string) => Decoded<T>) {
  const $damage = atom<Damage | null>(null);
  const $value = persistentAtom<T>(key, fallback, {
    encode: JSON.stringify,
    decode: (raw) => {
      const decoded = decode(raw);
      if (decoded.damaged) $damage.set({ raw: decoded.damaged.raw, backupKey: backUp(decoded.damaged) });
      return decoded.value;
    },
  });
  return { $value, $damage };
}
