// Keyboard shortcuts (stepper, search, workshop mode): when a key press is meant for a shortcut and not for typing.

export function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** A key without Ctrl, Alt or Cmd, pressed outside a text field: a candidate for a shortcut. */
export function isPlainKey(event: KeyboardEvent): boolean {
  return !event.altKey && !event.ctrlKey && !event.metaKey && !event.isComposing && !typingIn(event.target);
}

/** The workshop view open in this tab (sessionStorage), so a reload or the next page of a programme keeps it. */
export const workshopModeKey = "sdu:workshop:mode";

/** The presenter view's total clock (sessionStorage), so it runs on across the modules of a programme. */
export const presenterClockKey = "sdu:workshop:clock";

/** Single-key shortcuts (P, F, Q, B, /) can be switched off (WCAG 2.1.4); the choice is kept in this browser. */
export const shortcutsKey = "sdu:workshop:shortcuts";

export function shortcutsOn(): boolean {
  try {
    return localStorage.getItem(shortcutsKey) !== "uit";
  } catch {
    return true;
  }
}
