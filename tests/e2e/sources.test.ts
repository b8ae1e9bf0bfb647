// "Bronnen en stand van zaken" as a reader sees it: the review note once a module is past its review date (a build
// with CONTENT_DATE, so the result is the same next year), the dates in plain Dutch, laws linked to
// wetten.overheid.nl, the change log newest first, the "Bron:" line under a step with only that step's sources, on
// screen, without JavaScript and on paper. Checked with axe.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openSession, type Session } from "./browser.ts";
import { axeViolations } from "./axe.ts";
import { visibleStepTitles, waitForStepper } from "./walk.ts";
import { buildSite } from "../content/build-fixture.ts";
import { htmlFiles } from "../../src/integrations/built-pages.ts";

const fixture = "tests/fixtures/good-content";
const note = "Deze module is na 27 november 2026 niet meer gecontroleerd; regels kunnen veranderd zijn.";
/** A law's page, or an article by its Juriconnect reference, on wetten.overheid.nl, built from a valid BWB id. */
const lawLink = /^https:\/\/wetten\.overheid\.nl\/(?:BWB[RV]\d{7}|jci1\.3:c:BWB[RV]\d{7}&artikel=[0-9A-Za-z.:]+)$/;

/** The fixture module reviewBefore 2027-06-01, built on a day long after it and on the day it was checked. */
let overdue: Session;
let current: Session;
beforeAll(async () => {
  // One after the other: two builds in the same project share Astro's prerender folder.
  const late = await buildSite({ CONTENT_DIR: fixture, CONTENT_DATE: "2028-01-01" });
  const onTime = await buildSite({ CONTENT_DIR: fixture, CONTENT_DATE: "2026-11-28" });
  expect(late.code, late.output).toBe(0);
  expect(onTime.code, onTime.output).toBe(0);
  [overdue, current] = await Promise.all([openSession(late.outDir), openSession(onTime.outDir)]);
}, 400_000);
afterAll(async () => {
  await overdue?.close();
  await current?.close();
});

const sources = (page: Page) => page.getByRole("complementary", { name: "Bronnen en stand van zaken" });

describe("the review note", () => {
  it("appears near the top, without JavaScript, when the build date is past reviewBefore", async () => {
    const page = await overdue.page({ reducedMotion: "reduce" }, { scripts: false });
    await page.goto(`${overdue.site.url}voorbeeld/`);
    const notice = page.getByRole("note");
    expect(await notice.allInnerTexts()).toEqual([note]);
    // Above the first step: a reader sees it before reading the module.
    expect((await notice.boundingBox())!.y).toBeLessThan((await page.locator("h2#begin").boundingBox())!.y);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("does not appear when the build date is before reviewBefore; the dates stand under Bronnen en stand van zaken", async () => {
    const page = await current.page({ reducedMotion: "reduce" }, { scripts: false });
    await page.goto(`${current.site.url}voorbeeld/`);
    expect(await page.getByRole("note").count()).toBe(0);
    expect(await page.getByText("niet meer gecontroleerd").count()).toBe(0);
    expect(await sources(page).locator(".module-sources__dates li").allInnerTexts()).toEqual(["Laatst gecontroleerd: 27 november 2026", "Volgende controle: vóór 1 juni 2027"]);
    await page.context().close();
  });
});

describe("legal basis and change log", () => {
  it("links each law to wetten.overheid.nl by its BWB id, an article by its Juriconnect reference, and a document to its page", async () => {
    const page = await current.page({ reducedMotion: "reduce" });
    await page.goto(`${current.site.url}voorbeeld/`);
    await waitForStepper(page);
    const section = sources(page);
    expect(await section.getByRole("heading", { level: 3 }).allInnerTexts()).toEqual(["Wetten en beleid", "Andere bronnen", "Wat is er veranderd"]);
    const links = await section.locator(".legal a").evaluateAll((as) => as.map((a) => [a.textContent, (a as HTMLAnchorElement).href]));
    expect(links).toEqual([
      ["Wet maatschappelijke ondersteuning 2015", "https://wetten.overheid.nl/BWBR0035362"],
      ["Jeugdwet, artikel 2.3", "https://wetten.overheid.nl/jci1.3:c:BWBR0034925&artikel=2.3"],
      ["Voorbeeldnotitie over de toegang", "https://www.example.nl/notitie"],
    ]);
    expect(await section.locator(".legal__document").innerText()).toBe("Voorbeeldnotitie over de toegang (Voorbeeldgemeente, 20 juni 2023)");
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("shows a step's own legal basis with that step", async () => {
    const page = await current.page({ reducedMotion: "reduce" });
    await page.goto(`${current.site.url}voorbeeld/#keuze`);
    await waitForStepper(page);
    await expect.poll(() => visibleStepTitles(page)).toEqual(["Kies een route"]);
    const stepLegal = page.locator("[data-step='keuze'] .step__legal");
    expect(await stepLegal.isVisible()).toBe(true);
    expect(await stepLegal.locator("p").innerText()).toBe("Wet en beleid bij deze stap:");
    expect(await stepLegal.getByRole("listitem").allInnerTexts()).toEqual(["Algemene wet bestuursrecht, artikel 4:13"]);
    expect(await stepLegal.getByRole("link").getAttribute("href")).toBe("https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=4:13");
    expect(await page.locator("[data-step='begin'] .step__legal").count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("lists what changed, newest first, each date with its changes", async () => {
    const page = await current.page({ reducedMotion: "reduce" }, { scripts: false });
    await page.goto(`${current.site.url}voorbeeld/`);
    const entries = sources(page).locator(".changelog__list > li");
    expect(await entries.allInnerTexts()).toEqual([
      "28 november 2026\nDe stap over de keuze legt nu de wet uit.\nNieuwe bronnen.",
      "1 maart 2025\nDe eerste versie van de module.",
    ]);
    expect(await entries.locator("time").evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime")))).toEqual(["2026-11-28", "2025-03-01"]);
    await page.context().close();
  });
});

describe("the sources under a step", () => {
  it("names only the sources the step rests on, linked, with the date of the last check; a step without sources has none", async () => {
    const page = await current.page({ reducedMotion: "reduce" }, { scripts: false });
    await page.goto(`${current.site.url}voorbeeld/`);
    const line = (step: string) => page.locator(`[data-step='${step}'] > p.step__source`);
    expect(await line("begin").innerText()).toBe("Bron: Voorbeeldnotitie over de toegang. Laatst gecontroleerd: 27 november 2026.");
    expect(await line("keuze").innerText()).toBe("Bronnen: Wet maatschappelijke ondersteuning 2015; Testbron. Laatst gecontroleerd: 27 november 2026.");
    expect(await line("keuze").getByRole("link").evaluateAll((as) => as.map((a) => [a.textContent, (a as HTMLAnchorElement).href]))).toEqual([
      ["Wet maatschappelijke ondersteuning 2015", "https://wetten.overheid.nl/BWBR0035362"],
    ]);
    for (const step of ["dilemma", "slot"]) expect(await line(step).count(), step).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe("the printed handout", () => {
  it("carries the review note, the dates, the laws with their addresses, the change log and each step's legal basis", async () => {
    const page = await overdue.page({ reducedMotion: "reduce" });
    await page.goto(`${overdue.site.url}voorbeeld/`);
    await waitForStepper(page);
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("note").innerText()).toBe(note);
    expect(await page.getByRole("note").isVisible()).toBe(true);
    for (const text of ["Laatst gecontroleerd: 27 november 2026", "Volgende controle: vóór 1 juni 2027", "Wat is er veranderd", "De eerste versie van de module."]) {
      expect(await sources(page).getByText(text).isVisible(), text).toBe(true);
    }
    expect(await page.locator("[data-step='keuze'] .step__legal").isVisible()).toBe(true);
    const stepSources = page.locator("[data-step='begin'] > p.step__source");
    expect(await stepSources.isVisible()).toBe(true);
    expect(await stepSources.getByRole("link").evaluate((a) => getComputedStyle(a, "::after").content)).toBe('" (https://www.example.nl/notitie)"');
    // A printed link cannot be followed: its address is printed after it.
    const printed = await page.locator(".legal a").evaluateAll((as) => as.map((a) => getComputedStyle(a, "::after").content));
    expect(printed).toEqual([
      '" (https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=4:13)"',
      '" (https://wetten.overheid.nl/BWBR0035362)"',
      '" (https://wetten.overheid.nl/jci1.3:c:BWBR0034925&artikel=2.3)"',
      '" (https://www.example.nl/notitie)"',
    ]);
    await page.emulateMedia({ media: "screen" });
    expect(await page.locator(".legal a").first().evaluate((a) => getComputedStyle(a, "::after").content)).toBe("none");
    await page.context().close();
  });
});

describe("the real modules (dist/)", () => {
  it("link every law to wetten.overheid.nl with a valid BWB id", () => {
    const dir = process.env.OUT_DIR ?? "dist";
    const hrefs = htmlFiles(dir)
      .flatMap((file) => [...readFileSync(file, "utf8").matchAll(/<li class="legal__law">\s*<a href="([^"]*)"/g)])
      .map((m) => m[1]!.replace(/&amp;/g, "&"));
    for (const href of hrefs) expect(href).toMatch(lawLink);
  });
});
