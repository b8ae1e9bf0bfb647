// A store kept in localStorage that never loses what it reads: text that cannot be read is kept under a free
// backup key (a second accident never overwrites the first backup), and the damage is told to the islands.
// A plain nanostores atom: @nanostores/persistent brings the store lifecycle (0.45 KB gzip on a page with a
// checklist) to add and remove two listeners that a page keeps for its whole life anyway.
import { atom } from "nanostores";
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

/** The text under `key`; null when there is none, or when the browser blocks storage (then the store lives in memory). */
function storedText(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * The saved value under `key`, read with `decode`. Another tab's writes (the storage event) and what changed while
 * the page waited in the browser's back-forward cache (pageshow) are read again, so each tab edits the latest data.
 */
export function savedAtom<T>(key: string, fallback: T, decode: (raw: string) => Decoded<T>) {
  const $damage = atom<Damage | null>(null);
  let text = storedText(key);
  const read = (): T => {
    if (text === null) return fallback;
    const decoded = decode(text);
    if (decoded.damaged) $damage.set({ raw: decoded.damaged.raw, backupKey: backUp(decoded.damaged) });
    return decoded.value;
  };
  const $value = atom<T>(read());
  const show = $value.set;
  $value.set = (value) => {
    try {
      const next = JSON.stringify(value);
      localStorage.setItem(key, next);
      text = next;
    } catch {
      // Storage full or blocked: the value lives on in this tab only.
    }
    show(value);
  };
  const sync = () => {
    const now = storedText(key);
    if (now === text) return;
    text = now;
    show(read());
  };
  addEventListener("storage", sync);
  addEventListener("pageshow", sync);
  return { $value, $damage };
}
