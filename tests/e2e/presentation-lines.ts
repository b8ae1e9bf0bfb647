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

/**
 * Words on screen that the browser broke across two lines because their box is too narrow for them
 * ("Woonvoorzie-/ningen" without a hyphen): hard to read from the back of a room. A break after a hyphen or a
 * slash is where Dutch breaks anyway, so the parts between them count as words.
 */
export function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector("dialog:modal") ?? document.querySelector("[data-stepper-root]")!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const broken: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      if (!text.trim() || !node.parentElement?.checkVisibility({ visibilityProperty: true })) continue;
      for (const word of text.matchAll(/[^\s\-/]{2,}/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 2 && r.height > 2).map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(word[0]);
      }
    }
    return broken;
  });
}
