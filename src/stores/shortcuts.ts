// The switch for single-key shortcuts (WCAG 2.1.4) as a store for the presenter view's islands. The choice itself is
// kept by keys.ts, shared by every window and every switch of the site: switching it off in the presenter window or
// in a footer switches it off in the presentation too.
import { atom } from "nanostores";
import { onShortcutsChange, setShortcutsOn, shortcutsOn } from "../lib/keys.ts";

export const $shortcuts = atom(shortcutsOn());
onShortcutsChange(() => $shortcuts.set(shortcutsOn()));

export const setShortcuts = setShortcutsOn;
