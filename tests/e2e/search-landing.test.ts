// Where a search result lands, in a 1280×720 window: the first marked word of the opened place is on screen,
// while focus stays on the heading the stepper, carousel or dialog focused for screen readers.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useSession } from "./browser.ts";
import { axeViolations } from "./axe.ts";
import { focusedText, waitForStepper } from "./walk.ts";
import { searchFor, searchStatus, shownResults, typeSearch } from "./search-helpers.ts";

const session = useSession();

async function openFirstResult(words: string): Promise<Page> {
  const p = await session.page({ viewport: { width: 1280, height: 720 }, reducedMotion: "reduce" });
  await p.goto(session.site.url);
  await searchFor(p, words);
  await p.keyboard.press("ArrowDown");
  await p.keyboard.press("Enter");
  await p.waitForURL(/markeer=.*#/);
  await waitForStepper(p);
  return p;
}

/** The first marked word a person can see in the place the result opened (the step, option or dialog): its box. */
const firstVisibleMark = (p: Page) =>
  p.evaluate(() => {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    const scope = document.querySelector("dialog[open]") ?? target?.closest("[data-option], [data-scene], [data-step]") ?? document;
    const mark = [...scope.querySelectorAll("mark")].find((m) => m.getClientRects().length > 0);
    if (!mark) return null;
    const box = mark.getBoundingClientRect();
    return { text: mark.textContent ?? "", top: Math.round(box.top), bottom: Math.round(box.bottom), height: window.innerHeight };
  });

const onScreen = async (p: Page) => {
  const mark = await firstVisibleMark(p);
  return mark !== null && mark.top >= 0 && mark.bottom <= mark.height;
};

describe("a begrip that is the query comes first, as its definition", () => {
  const definition = (p: Page) => p.locator("form[data-site-search='header'] .search-definition");
  for (const [query, term] of [
    ["Wmo", "Wmo"],
    ["Wet maatschappelijke ondersteuning", "Wmo"],
    ["taaltoets", "Taaltoets"],
  ] as const) {
    it(`${query}: the definition of ‘${term}’ above the places, which still start with the step that explains it`, async () => {
      const p = await session.page({ viewport: { width: 1280, height: 720 }, reducedMotion: "reduce" });
      await p.goto(session.site.url);
      await typeSearch(p, query);
      await expect.poll(() => definition(p).isVisible(), { timeout: 15_000 }).toBe(true);
      expect(await definition(p).getByRole("link").innerText()).toBe(term);
      expect(await definition(p).getByRole("link").getAttribute("href")).toMatch(/\/begrippen\/\?markeer=.*#/);
      // It sits before the list of places: first in reading order and on screen.
      const [card, list] = await Promise.all([definition(p).boundingBox(), p.locator("form[data-site-search='header'] .search-results__list").boundingBox()]);
      expect(card!.y).toBeLessThan(list!.y);
      expect((await shownResults(p))[0]).not.toMatch(/^Begrippenlijst/);
      expect(await axeViolations(p)).toEqual([]);
      await p.context().close();
    });
  }
  it("shows no definition for a word that is only part of a begrip, nor for the start of one", async () => {
    const p = await session.page({ reducedMotion: "reduce" });
    // "toets" is part of Taaltoets, "taal" a word of NT2's other name (Nederlands als tweede taal), "toe" the start
    // of Toegang.
    for (const query of ["toets", "taal", "toe"]) {
      await p.goto(session.site.url);
      await searchFor(p, query);
      expect(await searchStatus(p), query).not.toContain("Begrip");
      expect(await definition(p).count(), query).toBe(0);
    }
    await p.context().close();
  });
});

describe("a search result lands with the word on screen", () => {
  it("overbruggingszorg: the wachtlijsten step, the mark in the window, focus on the heading", async () => {
    const p = await openFirstResult("overbruggingszorg");
    expect(new URL(p.url()).pathname).toBe("/jeugdzorg/");
    await expect.poll(() => onScreen(p)).toBe(true);
    expect((await firstVisibleMark(p))?.text).toMatch(/overbruggingszorg/i);
    expect(await p.evaluate(() => /^H[1-6]$/.test(document.activeElement?.tagName ?? ""))).toBe(true);
    expect(await focusedText(p)).not.toBe("");
    await p.context().close();
  });

  it("Wmo, deep in a long step: scrolled down to the mark, focus still on the step heading", async () => {
    const p = await openFirstResult("Wmo");
    expect(new URL(p.url()).pathname).toBe("/toegang/");
    await expect.poll(() => onScreen(p)).toBe(true);
    expect((await firstVisibleMark(p))?.text).toMatch(/wmo/i);
    expect(await p.evaluate(() => document.activeElement?.tagName)).toBe("H2");
    await p.context().close();
  });

  it("a word inside a dialog: the dialog opens with the mark in view", async () => {
    const p = await openFirstResult("werkprocessen");
    await expect.poll(() => p.evaluate(() => document.querySelector("dialog[open]")?.getAttribute("data-dialog"))).toBe("aan-de-slag-ontwerpformule");
    await expect.poll(() => onScreen(p)).toBe(true);
    expect((await firstVisibleMark(p))?.text).toMatch(/werkprocessen/i);
    expect(await p.evaluate(() => document.activeElement?.closest("dialog")?.getAttribute("data-dialog"))).toBe("aan-de-slag-ontwerpformule");
    await p.context().close();
  });
});
