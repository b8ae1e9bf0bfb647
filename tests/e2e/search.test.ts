// Search that lands on the exact step: Pagefind over the built site, in Dutch, by keyboard only.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useSession } from "./browser.ts";
import { axeViolations } from "./axe.ts";
import { focusedText, visibleOptions, visibleStepTitles, waitForStepper } from "./walk.ts";
import { searchFor, searchStatus, shownResults, typeSearch } from "./search-helpers.ts";

const session = useSession();

async function page(path = ""): Promise<Page> {
  const p = await session.page({ reducedMotion: "reduce" });
  await p.goto(session.site.url + path);
  return p;
}

/** From the header field: type, arrow down to the first result, press Enter. */
async function searchAndOpenFirst(p: Page, words: string): Promise<void> {
  await searchFor(p, words);
  await p.keyboard.press("ArrowDown");
  await p.keyboard.press("Enter");
  await p.waitForURL(/#/);
  await waitForStepper(p);
}


describe("search lands on the place that explains the word", () => {
  it("taaltoets: the PIP step of inburgering, with the option that mentions it open and the word marked", async () => {
    const p = await page();
    await searchAndOpenFirst(p, "taaltoets");
    expect(new URL(p.url()).pathname).toBe("/inburgering/");
    expect(new URL(p.url()).hash).toBe("#taaltoets-en-leerbaarheidstoets");
    await expect.poll(() => visibleStepTitles(p)).toEqual(["Het persoonlijk plan inburgering en participatie (PIP)"]);
    await expect.poll(() => visibleOptions(p)).toEqual(["taaltoets-en-leerbaarheidstoets"]);
    expect(await focusedText(p)).toMatch(/taaltoets/i);
    expect(await p.locator("[data-option='taaltoets-en-leerbaarheidstoets'] mark").first().innerText()).toMatch(/taaltoets/i);
    expect(await axeViolations(p)).toEqual([]);
    await p.context().close();
  });

  it("snelserviceformule: the eenvoudige-aanvraag branch of the Omgevingswet module", async () => {
    const p = await page("jeugdzorg/");
    await searchAndOpenFirst(p, "snelserviceformule");
    expect(new URL(p.url()).pathname).toBe("/omgevingswet/");
    const step = await p.$$eval("[data-step]", (s) => s.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.getAttribute("data-step")));
    expect(step).toEqual(["eenvoudige-aanvraag"]);
    expect(await p.locator("[data-step='eenvoudige-aanvraag'] .step__branch").innerText()).toBe("Route: Eenvoudige aanvraag");
    await p.context().close();
  });

  it("a word from one dilemma perspective only (SKJ-registratie): dilemma 4 of jeugdzorg", async () => {
    const p = await page();
    await searchAndOpenFirst(p, "SKJ-registratie");
    expect(new URL(p.url()).pathname).toBe("/jeugdzorg/");
    await expect.poll(() => visibleStepTitles(p)).toEqual(["Dilemma 4: wanneer is het resultaat bereikt?"]);
    expect(await p.locator("[data-step='resultaten'] .perspective mark").first().innerText()).toMatch(/skj/i);
    await p.context().close();
  });

  it("finds Dutch word forms: wachtlijst finds the step about wachtlijsten", async () => {
    const p = await page();
    await typeSearch(p, "wachtlijst");
    await expect.poll(() => shownResults(p), { timeout: 15_000 }).toContain("Dilemma's in de jeugdzorg · Dilemma 1: wachtlijsten en krapte");
    await p.context().close();
  });
});

describe("the search page", () => {
  it("filters by module with the keyboard, and shows only that module's results", async () => {
    const p = await page("zoeken/");
    const form = "form[data-site-search='page']";
    await typeSearch(p, "gemeente");
    await expect.poll(() => shownResults(p, form), { timeout: 15_000 }).not.toEqual([]);
    const all = new Set((await shownResults(p, form)).map((r) => r.split(" · ")[0]));
    expect(all.size).toBeGreaterThan(1);
    await p.keyboard.press("Tab");
    expect(await p.evaluate(() => document.activeElement?.id)).toBe("zoek-filter");
    await p.keyboard.press("ArrowDown");
    await p.keyboard.press("ArrowDown");
    expect(await p.locator("#zoek-filter").inputValue()).toBe("Wet inburgering");
    await expect.poll(async () => new Set((await shownResults(p, form)).map((r) => r.split(" · ")[0]))).toEqual(new Set(["Wet inburgering"]));
    await expect.poll(() => searchStatus(p, form)).toMatch(/^\d+ resultaten? voor ‘gemeente’$/);
    expect(await axeViolations(p)).toEqual([]);
    await p.context().close();
  });

  it("finds terms in the begrippenlijst, and opens the entry", async () => {
    const p = await page("zoeken/");
    const form = "form[data-site-search='page']";
    await p.locator("#zoek-filter").selectOption("Begrippenlijst");
    await typeSearch(p, "woonplaatsbeginsel");
    await expect.poll(() => shownResults(p, form), { timeout: 15_000 }).toContain("Begrippenlijst · Woonplaatsbeginsel");
    await p.locator(`${form} .search-results__list a`, { hasText: "Woonplaatsbeginsel" }).first().click();
    await p.waitForURL(/\/begrippen\/\?markeer=woonplaatsbeginsel#woonplaatsbeginsel$/);
    expect(await p.locator("h3#woonplaatsbeginsel").isVisible()).toBe(true);
    await p.context().close();
  });

  it("says so when nothing matches, and suggests the modules", async () => {
    const p = await page("zoeken/");
    const form = "form[data-site-search='page']";
    await typeSearch(p, "xyzzyplughwoord");
    await expect.poll(() => searchStatus(p, form), { timeout: 15_000 }).toBe("Geen resultaten voor ‘xyzzyplughwoord’");
    expect(await p.locator(`${form} .search-results__empty a`).first().innerText()).toBe("Dilemma's in de jeugdzorg");
    expect(await axeViolations(p)).toEqual([]);
    await p.context().close();
  });

  it("moves through results with the arrow keys and closes with Escape", async () => {
    const p = await page();
    await typeSearch(p, "gemeente");
    await expect.poll(() => shownResults(p), { timeout: 15_000 }).not.toEqual([]);
    await p.keyboard.press("ArrowDown");
    const first = await focusedText(p);
    await p.keyboard.press("ArrowDown");
    expect(await focusedText(p)).not.toBe(first);
    await p.keyboard.press("ArrowUp");
    expect(await focusedText(p)).toBe(first);
    expect(await axeViolations(p)).toEqual([]);
    await p.keyboard.press("Escape");
    expect(await p.evaluate(() => document.activeElement?.id)).toBe("zoek-header");
    expect(await p.locator("form[data-site-search='header'] .search-results__list").count()).toBe(0);
    await p.context().close();
  });

  it("focuses the search field with Ctrl+K", async () => {
    const p = await page("wonen/");
    await p.keyboard.press("Control+k");
    expect(await p.evaluate(() => document.activeElement?.id)).toBe("zoek-header");
    await p.context().close();
  });

  it("without JavaScript says search needs it and offers the overview of all modules and steps", async () => {
    const p = await session.page({ javaScriptEnabled: false });
    await p.goto(`${session.site.url}zoeken/`);
    expect(await p.locator(".no-js-only").innerText()).toBe("Zoeken werkt alleen met JavaScript. Hieronder vind je het overzicht van alle modules en stappen.");
    expect(await p.locator(".search-page__overview a[href='/inburgering/#pip']").isVisible()).toBe(true);
    await p.context().close();
  });
});
