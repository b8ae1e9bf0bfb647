// The presentation's keys: a clicker's (PageDown/PageUp, the arrows), the single-key shortcuts while they are on (B or
// ., F, Q, H, G, 1–9), Escape to stop, and F5, a clicker's start key, taken so that a reload does not show the room
// the reading page. An open term pop-up keeps its keys: Escape closes only the pop-up (focus goes back to the term),
// and the clicker waits until it is closed, as in reading mode, so the room's screen does not scroll away under it.
import { clickerStep, isPlainKey, popoverOpen } from "../../lib/clicker-keys.ts";
import { modalOpen } from "../../lib/keys.ts";
import type { Place } from "../../lib/route.ts";

/** What the keys do, from the presentation's latest render. */
export interface PresentationActions {
  shortcuts: boolean;
  move: (delta: 1 | -1) => void;
  go: (place: Place) => void;
  /** The place a number key jumps to ("1"–"9"), if any. */
  jump: (letter: string) => Place | null;
  toggleBlank: () => void;
  fullscreen: () => Promise<void>;
  toggleQr: () => void;
  toggleBar: () => void;
  toggleOverview: () => void;
  stop: () => void;
}

/** Handles a key press while presenting; a press it takes goes no further (the stepper does not see it). */
export function presentationKey(event: KeyboardEvent, act: PresentationActions): void {
  if (!isPlainKey(event)) return;
  if (popoverOpen()) return void (clickerStep(event.key) !== 0 && event.preventDefault());
  const key = event.key;
  const letter = act.shortcuts ? key.toLowerCase() : "";
  const jump = act.jump(letter);
  let handled = true;
  const step = clickerStep(key);
  if (step !== 0) act.move(step);
  else if (letter === "b" || letter === ".") act.toggleBlank();
  else if (letter === "f") void act.fullscreen();
  else if (letter === "q") act.toggleQr();
  else if (letter === "h") act.toggleBar();
  else if (letter === "g") act.toggleOverview();
  else if (jump) act.go(jump);
  else if (key === "Escape" && !modalOpen()) act.stop();
  else handled = key === "F5";
  if (handled) {
    event.preventDefault();
    event.stopPropagation();
  }
}
