// The room's view in presentation mode: what is on screen, the bar at the bottom that must never hide a line or a
// focused control, and paging through a place taller than the screen before the clicker moves on.
import type { Place } from "../../lib/route.ts";

/** The "Meer achtergrond" dialog a place opens, if the place is one. */
function dialogOf(place: Place): HTMLDialogElement | null {
  return place.targetId ? document.querySelector<HTMLDialogElement>(`dialog[data-dialog="${CSS.escape(place.targetId)}"]`) : null;
}

/**
 * What the room sees of a place in the page: its whole step, with the open option of a carousel and what follows the
 * carousel (such as the step's source). Null for a dialog: it sits above the page, nothing to page through behind it.
 */
export function sectionOf(place: Place): HTMLElement | null {
  if (dialogOf(place)) return null;
  return document.querySelector<HTMLElement>(`[data-step="${CSS.escape(place.stepId)}"]`);
}

/** Height the fixed bar takes from the bottom of the window; 0 where the bar sits in the page (small windows). */
export function barHeight(): number {
  const bar = document.querySelector<HTMLElement>(".presentation-bar");
  return bar && getComputedStyle(bar).position === "fixed" ? bar.getBoundingClientRect().height : 0;
}

/** The lowest and highest point of what is shown of `section`, its descendants included (a list may overflow its box). */
function extent(section: HTMLElement): { top: number; bottom: number } {
  let { top, bottom } = section.getBoundingClientRect();
  for (const element of section.querySelectorAll<HTMLElement>("*")) {
    const box = element.getBoundingClientRect();
    if (box.height === 0 && box.width === 0) continue;
    top = Math.min(top, box.top);
    bottom = Math.max(bottom, box.bottom);
  }
  return { top, bottom };
}

/**
 * A place taller than the screen is paged through first, so the room sees all of it before the clicker moves on.
 * Each page overlaps the last by a line. Returns false when there is nothing more to see in that direction.
 */
export function pageWithin(place: Place, delta: 1 | -1): boolean {
  const dialog = dialogOf(place);
  if (dialog?.open) return pageDialog(dialog, delta);
  const section = sectionOf(place);
  if (!section) return false;
  const room = innerHeight - barHeight();
  const { top, bottom } = extent(section);
  const line = parseFloat(getComputedStyle(section).lineHeight) || 40;
  const page = Math.max(room - 3 * line, room * 0.5);
  const before = scrollY;
  if (delta > 0 && bottom > room + 1) scrollBy(0, Math.min(page, bottom - room + 16));
  else if (delta < 0 && top < -1) scrollBy(0, -Math.min(page, -top + 16));
  // At the end of the page's scroll range nothing moved: then there is nothing more to show.
  return scrollY !== before;
}

/** A dialog taller than the screen scrolls inside itself: page through it the same way. */
function pageDialog(dialog: HTMLDialogElement, delta: 1 | -1): boolean {
  const line = parseFloat(getComputedStyle(dialog).lineHeight) || 40;
  const page = Math.max(dialog.clientHeight - 3 * line, dialog.clientHeight * 0.5);
  const before = dialog.scrollTop;
  dialog.scrollBy({ top: delta * page, behavior: "instant" });
  return dialog.scrollTop !== before;
}

/** Keeps `--presentation-bar-height` on <html> equal to the bar, so focus scrolling keeps controls above it. */
export function watchBar(bar: HTMLElement): () => void {
  const root = document.documentElement;
  const update = () => root.style.setProperty("--presentation-bar-height", `${Math.ceil(barHeight())}px`);
  const observer = new ResizeObserver(update);
  observer.observe(bar);
  addEventListener("resize", update);
  update();
  return () => {
    observer.disconnect();
    removeEventListener("resize", update);
    root.style.removeProperty("--presentation-bar-height");
  };
}

/** Focus the heading of the step or option on screen, so keyboard and screen reader users are where the room is. */
export function focusPlace(place: Place): void {
  const heading = document.getElementById(place.targetId ?? place.stepId);
  if (heading && document.activeElement !== heading) heading.focus({ preventScroll: true });
}

/** The room sees a place from its top; a dialog opens above the page where the room left it. */
export function settle(place: Place): void {
  focusPlace(place);
  if (place.targetId === undefined || sectionOf(place) !== null) scrollTo(0, 0);
}

/** F: fullscreen on or off; "refused" where the browser does not allow it (the presentation fills the window then). */
export async function toggleFullscreen(): Promise<"on" | "off" | "refused"> {
  if (document.fullscreenElement) {
    await document.exitFullscreen().catch(() => undefined);
    return "off";
  }
  try {
    if (!document.fullscreenEnabled) throw new Error("refused");
    await document.documentElement.requestFullscreen();
    return "on";
  } catch {
    return "refused";
  }
}

/** After presenting: focus the heading of the place, and show it (it may already have focus, which would not scroll). */
export function showPlaceInReading(place: Place): void {
  const heading = document.getElementById(place.targetId ?? place.stepId);
  if (!heading) return;
  heading.focus({ preventScroll: true });
  heading.scrollIntoView({ block: "start" });
}
