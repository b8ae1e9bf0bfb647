// Keyboard shortcuts on every page: when a key press is meant for a shortcut and not for typing or for a dialog that
// has the reader's attention, and the reader's choice to switch single-key shortcuts off. The clicker's keys of a
// module page are in clicker-keys.ts.

/** A modal dialog is open: keys belong to it, not to the page under it. */
export function modalOpen(): boolean {
  return document.querySelector("dialog:modal") !== null;
}

export function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/**
 * Single-key shortcuts (/ on every page; P, G, F, Q, B and 1–9 in workshop mode) can be switched off (WCAG 2.1.4),
 * with the switch in every page's footer (and beside the workshop buttons); the choice ("uit") is kept in this
 * browser, shared by every window. The key lives here, beside its reader on every page, so the search starter does not load
 * the whole list of stored data; stored-data.ts lists it with the others.
 */
export const shortcutsKey = "sdu:workshop:shortcuts";

/** The stored value when the reader has switched the single-key shortcuts off. */
export const shortcutsOffValue = "uit";

/** The choice for this page when the browser refuses storage. */
let chosen = true;

export function shortcutsOn(): boolean {
  try {
    return localStorage.getItem(shortcutsKey) !== shortcutsOffValue;
  } catch {
    return chosen;
  }
}

/** The event this window hears when the choice changes here; other windows of the site hear "storage". */
const shortcutsChanged = "sdu-shortcuts";

/** Keeps the choice (a refused storage leaves it for this page only) and tells every switch on the page. */
export function setShortcutsOn(on: boolean): void {
  chosen = on;
  try {
    if (on) localStorage.removeItem(shortcutsKey);
    else localStorage.setItem(shortcutsKey, shortcutsOffValue);
  } catch {
    // Storage refused: nothing to keep.
  }
  dispatchEvent(new Event(shortcutsChanged));
}

/** Calls `listener` whenever the choice may have changed: here, or in another window of the site (any change to
 *  the site's storage there; a listener reads the choice again, which is cheap). */
export function onShortcutsChange(listener: () => void): void {
  addEventListener(shortcutsChanged, listener);
  addEventListener("storage", listener);
}

/** Makes `box` the switch: it shows the choice, changes it, and follows a change made elsewhere. */
export function startShortcutsSwitch(box: HTMLInputElement): void {
  const show = () => void (box.checked = shortcutsOn());
  box.onchange = () => setShortcutsOn(box.checked);
  onShortcutsChange(show);
  show();
}

/**
 * The workshop view open in this tab (sessionStorage), so a reload or the next page of a programme keeps it. The
 * workshop bar on every module page reads it, so it lives here, like shortcutsKey; stored-data.ts lists it.
 */
export const workshopModeKey = "sdu:workshop:mode";
