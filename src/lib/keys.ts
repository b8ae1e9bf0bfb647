// Keyboard shortcuts (stepper, search, workshop mode): the clicker's keys, and when a key press is meant for a
// shortcut and not for typing or for a dialog that has the reader's attention.

/** What a presentation clicker sends (and the arrow keys): one step on, one step back. */
const clickerNext: ReadonlySet<string> = new Set(["ArrowRight", "PageDown"]);
const clickerPrev: ReadonlySet<string> = new Set(["ArrowLeft", "PageUp"]);

/** +1 for a clicker's next key, -1 for its previous key, 0 for any other key. */
export function clickerStep(key: string): -1 | 0 | 1 {
  return clickerNext.has(key) ? 1 : clickerPrev.has(key) ? -1 : 0;
}

/** A modal dialog is open: keys belong to it, not to the page under it. */
export function modalOpen(): boolean {
  return document.querySelector("dialog:modal") !== null;
}

/** A pop-up (a term's definition) is open: it has the reader's attention, its own Escape closes it, and the clicker
 *  keys wait, in reading and in presentation mode alike. */
export function popoverOpen(): boolean {
  return document.querySelector("[popover]:popover-open") !== null;
}

export function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** A key without Ctrl, Alt or Cmd, pressed outside a text field: a candidate for a shortcut. */
export function isPlainKey(event: KeyboardEvent): boolean {
  return !event.altKey && !event.ctrlKey && !event.metaKey && !event.isComposing && !typingIn(event.target);
}

/**
 * Single-key shortcuts (P, F, Q, B, /) can be switched off (WCAG 2.1.4); the choice ("uit") is kept in this browser,
 * shared by every window. The key lives here, beside its reader on every page, so the search starter does not load
 * the whole list of stored data; stored-data.ts lists it with the others.
 */
export const shortcutsKey = "sdu:workshop:shortcuts";

/** The stored value when the reader has switched the single-key shortcuts off. */
export const shortcutsOffValue = "uit";

export function shortcutsOn(): boolean {
  try {
    return localStorage.getItem(shortcutsKey) !== shortcutsOffValue;
  } catch {
    return true;
  }
}

/** Keeps the choice; a refused storage leaves it for this page only. */
export function setShortcutsOn(on: boolean): void {
  try {
    if (on) localStorage.removeItem(shortcutsKey);
    else localStorage.setItem(shortcutsKey, shortcutsOffValue);
  } catch {
    // Storage refused: nothing to keep.
  }
}
