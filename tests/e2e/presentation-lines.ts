// What the room has seen in presentation mode: every line of text of the place on screen, and whether it was
// fully in view above the presentation bar. A test presses the clicker and checks that no line went unseen.
import type { Page } from "playwright-core";

export interface Line {
  key: string;
  text: string;
  inView: boolean;
}

/**
 * The lines of text shown now (line boxes of every visible text node of the steps), each with whether it is in view.
 * An open dialog sits above the page and is all the room reads: then its lines count, in view inside the dialog.
 */
export function shownLines(page: Page): Promise<Line[]> {
  return page.evaluate(() => {
    const dialog = document.querySelector<HTMLDialogElement>("dialog:modal");
    const bar = document.querySelector(".presentation-bar");
    const fixed = bar && getComputedStyle(bar).position === "fixed";
    let top = -1;
    let bottom = fixed ? bar.getBoundingClientRect().top : innerHeight;
    if (dialog) {
      const box = dialog.getBoundingClientRect();
      top = Math.max(top, box.top + dialog.clientTop - 1);
      bottom = Math.min(innerHeight, box.top + dialog.clientTop + dialog.clientHeight);
    }
    const root = dialog ?? document.querySelector("[data-stepper-root]")!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const lines: { key: string; text: string; inView: boolean }[] = [];
    let index = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode(), index++) {
      const parent = node.parentElement;
      if (!node.textContent?.trim() || !parent?.checkVisibility({ visibilityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      // Visually hidden text (1 px, clipped) is for screen readers only; it has no line a person sees.
      const boxes = [...range.getClientRects()].filter((r) => r.width > 2 && r.height > 2);
      boxes.forEach((r, i) => lines.push({ key: `${index}:${i}`, text: node.textContent!.trim().slice(0, 60), inView: r.top >= top && r.bottom <= bottom + 1 }));
    }
    return lines;
  });
}
