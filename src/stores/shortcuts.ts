// The switch for single-key shortcuts (WCAG 2.1.4), kept in this browser and shared by every window of the site:
// switching it off in the presenter window switches it off in the presentation too.
import { computed } from "nanostores";
import { persistentAtom } from "@nanostores/persistent";
import { shortcutsKey, shortcutsOffValue } from "../lib/keys.ts";

const $saved = persistentAtom<string | undefined>(shortcutsKey, undefined);

export const $shortcuts = computed($saved, (value) => value !== shortcutsOffValue);

export function setShortcuts(on: boolean): void {
  $saved.set(on ? undefined : shortcutsOffValue);
}
