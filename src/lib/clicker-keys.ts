// The keys that walk a module (stepper, presentation, presenter view): a presentation clicker's keys, when a key
// press is a shortcut and not typing, and when an open pop-up holds them back. Apart from keys.ts, so pages without
// steps (which only have the search shortcut) do not carry them.
import { typingIn } from "./keys.ts";

/** What a presentation clicker sends (and the arrow keys): one step on, one step back. */
const clickerNext: ReadonlySet<string> = new Set(["ArrowRight", "PageDown"]);
const clickerPrev: ReadonlySet<string> = new Set(["ArrowLeft", "PageUp"]);

/** +1 for a clicker's next key, -1 for its previous key, 0 for any other key. */
export function clickerStep(key: string): -1 | 0 | 1 {
  return clickerNext.has(key) ? 1 : clickerPrev.has(key) ? -1 : 0;
}

/** A pop-up (a term's definition) is open: it has the reader's attention, its own Escape closes it, and the clicker
 *  keys wait, in reading and in presentation mode alike. */
export function popoverOpen(): boolean {
  return document.querySelector("[popover]:popover-open") !== null;
}

/** A key without Ctrl, Alt or Cmd, pressed outside a text field: a candidate for a shortcut. */
export function isPlainKey(event: KeyboardEvent): boolean {
  return !event.altKey && !event.ctrlKey && !event.metaKey && !event.isComposing && !typingIn(event.target);
}
