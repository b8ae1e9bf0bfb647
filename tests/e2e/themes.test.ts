// The three themes that ship with the site, each as a reader sees it. The theme dist/ was built with (THEME, default
// "standaard") is served as usual; the two others are built here, once each. Per theme: the first screen shows the
// modules (three cards above the fold at 1280 × 800, the first at 390 × 844), the header is one row from 1024 px, a
// phone opening a step from a link lands on it, the header, a button and a link have the colours of the theme's
// tokens, and (for the two built here) axe finds nothing in the states that show most of the styles, the statements
// carry the theme's organisation, contact, response time and known issues, and borders and focus reach 3:1. The whole
// browser suite runs for one theme at a time: THEME=voorbeeldgemeente npm test.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, useSession } from "./browser.ts";
import { axeViolations } from "./axe.ts";
import { borderContrast, focusContrast } from "./contrast.ts";
import { serveSite, type StaticSite } from "../serve.ts";
import { buildSite, indexSite } from "../content/build-fixture.ts";
import { shownResults, typeSearch } from "./search-helpers.ts";
import { waitForStepper } from "./walk.ts";
import { startPresenting } from "./workshop-pages.ts";
import { builtTheme, loadTheme, shippedThemes, type Theme } from "./theme.ts";

const session = useSession();

/** A build and a look at it take more than a minute on a busy machine. */
const buildingTest = 300_000;

/** Whether every one of `selectors` (in `scope`) lies fully inside the window. */
function inView(page: Page, scope: string, selectors: string[]): Promise<boolean[]> {
  return page.locator(scope).evaluate((root, parts) => parts.map((part) => {
    const box = root.querySelector(part)?.getBoundingClientRect();
    return Boolean(box && box.height > 0 && box.top >= 0 && box.bottom <= innerHeight);
  }), selectors);
}

/** What a card must show above the fold: its icon, title, summary and reading time. */
const cardParts = [".module-card__mark svg", ".module-card__title a", ".module-card__summary", ".module-card__meta"];

async function firstScreen(browser: Browser, url: string, theme: Theme): Promise<void> {
  const wide = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await wide.goto(url);
  for (const card of [1, 2, 3]) {
    expect(await inView(wide, `.module-card >> nth=${card - 1}`, cardParts), `${theme.name}: kaart ${card} op 1280 × 800`).toEqual([true, true, true, true]);
  }
  expect(await wide.locator(".module-card__meta").first().innerText()).toMatch(/^\d+ stappen · \d+ min lezen$/);
  // The header in one row at 1024 px: its name, navigation and search sit side by side.
  await wide.setViewportSize({ width: 1024, height: 768 });
  const rows = await wide.locator(".site-header__inner").evaluate((inner) => {
    const boxes = [...inner.children].map((child) => child.getBoundingClientRect()).filter((box) => box.height > 0);
    return Math.max(...boxes.map((b) => b.top)) < Math.min(...boxes.map((b) => b.bottom)) ? 1 : 2;
  });
  expect(rows, `${theme.name}: kop op 1024 px`).toBe(1);
  await wide.close();

  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await phone.goto(url);
  expect(await inView(phone, ".module-card >> nth=0", cardParts), `${theme.name}: eerste kaart op 390 × 844`).toEqual([true, true, true, true]);
  // A link to a step (a QR code, a shared address) shows that step's heading, not the module's introduction.
  await phone.goto(`${url}jeugdzorg/#wachtlijsten`);
  await waitForStepper(phone);
  await expect.poll(() => phone.locator("#wachtlijsten").evaluate((h) => Math.round(h.getBoundingClientRect().top))).toBeLessThan(80);
  // Whole: the heading's top is in the window (a scroll position may round to a device pixel, so less than 1 px over).
  expect(await phone.locator("#wachtlijsten").evaluate((h) => h.getBoundingClientRect().top)).toBeGreaterThan(-1);
  expect(await phone.locator(".module__summary").evaluate((p) => p.getBoundingClientRect().bottom)).toBeLessThanOrEqual(0);
  await phone.close();
}

/** The header, a primary button and a link, as computed in the page, against the theme's token values. */
async function coloursOf(page: Page, theme: Theme): Promise<void> {
  const style = (selector: string, property: "color" | "backgroundColor") =>
    page.locator(selector).first().evaluate((e, p) => getComputedStyle(e)[p], property);
  expect(await page.locator(".site-header__name").innerText()).toBe(theme.settings.name);
  expect(await style("body", "backgroundColor")).toBe(theme.colour("--basis-color-default-bg-document"));
  expect(await style(".site-header", "backgroundColor")).toBe(theme.colour("--basis-color-accent-1-inverse-bg-default"));
  expect(await style(".site-header", "color")).toBe(theme.colour("--basis-color-accent-1-inverse-color-default"));
  expect(await style(".stepper .utrecht-button--primary-action", "backgroundColor")).toBe(theme.colour("--utrecht-button-primary-action-background-color"));
  expect(await style(".stepper .utrecht-button--primary-action", "color")).toBe(theme.colour("--utrecht-button-primary-action-color"));
  expect(await style(".step-overview__list a:not([aria-current])", "color")).toBe(theme.colour("--nl-link-color"));
}

/** Axe in the states that show most of the styles: a step, an open carousel and dialog, the glossary, search results,
 *  the statements, the draaiboek, the presentation; the statements in the theme's words; the contrast of field borders
 *  and of the focus ring in the header. (The home page is checked by firstScreen's caller.) */
async function statesPassAxe(browser: Browser, url: string, theme: Theme): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: "reduce" });
  const axe = async (state: string) => expect(await axeViolations(page), `${theme.name}: ${state}`).toEqual([]);
  await page.goto(url);
  await axe("home");
  await typeSearch(page, "wachtlijst");
  await expect.poll(() => shownResults(page).then((r) => r.length)).toBeGreaterThan(0);
  await axe("zoekresultaten");
  await page.goto(`${url}jeugdzorg/`);
  await waitForStepper(page);
  await coloursOf(page, theme);
  await page.locator("[data-step]:not([hidden]) .dialog-block button").first().click();
  await expect.poll(() => page.locator("dialog[open]").count()).toBe(1);
  await axe("dialoog");
  await page.keyboard.press("Escape");
  await page.goto(`${url}jeugdzorg/#wachtlijsten`);
  await waitForStepper(page);
  await axe("stap");
  await page.locator("[data-step]:not([hidden]) .carousel__open").first().click();
  await expect.poll(() => page.locator("[data-step]:not([hidden]) [data-option]:not([hidden])").count()).toBe(1);
  await axe("carrousel");
  await startPresenting(page);
  await axe("presentatie");
  // The projector's type size holds in every theme, whatever size the theme gives a paragraph for reading.
  const paragraph = page.locator("[data-step]:not([hidden]) .step__body p").first();
  expect(await paragraph.evaluate((p) => parseFloat(getComputedStyle(p).fontSize)), `${theme.name}: tekst op het scherm`).toBeGreaterThanOrEqual(28);
  for (const [path, state] of [["begrippen/", "begrippenlijst"], ["jeugdzorg/draaiboek/", "draaiboek"]]) {
    await page.goto(url + path);
    await axe(state!);
  }
  await statementsOf(page, url, theme);
  await axe("privacy");
  // Non-text contrast (WCAG 1.4.11) in the theme's colours: the search page's field borders, the focus ring in the header.
  await page.goto(`${url}zoeken/`);
  expect(await borderContrast(page.locator("#zoek-page")), `${theme.name}: rand zoekveld`).toBeGreaterThanOrEqual(3);
  expect(await borderContrast(page.locator("#zoek-filter")), `${theme.name}: rand filter`).toBeGreaterThanOrEqual(3);
  const home = page.locator(".site-header__name");
  await home.focus();
  expect(await focusContrast(home), `${theme.name}: focusring in de kop`).toBeGreaterThanOrEqual(3);
  await page.close();
}

/** The toegankelijkheidsverklaring and the privacy page in the theme's words: who publishes the site, how to reach
 *  them, how soon they answer, and its known issues in the fields of the Dutch model (the voorbeeldgemeente has one). */
async function statementsOf(page: Page, url: string, theme: Theme): Promise<void> {
  const { organisation, name, contact, accessibilityStatement } = theme.settings;
  await page.goto(`${url}toegankelijkheid/`);
  const text = await page.locator("main").innerText();
  expect(text).toContain(`${organisation} wil dat iedereen ${name} kan gebruiken`);
  expect(await page.locator(`main a[href='mailto:${contact.email}']`).count()).toBe(1);
  expect(text).toContain(`Je krijgt binnen ${accessibilityStatement.responseDays} werkdagen antwoord.`);
  const issues = page.locator("#beperkingen ~ article.known-issue");
  expect(await issues.locator("h3").allInnerTexts()).toEqual(accessibilityStatement.knownIssues.map((issue) => issue.problem));
  const longDate = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric" });
  for (const [i, issue] of accessibilityStatement.knownIssues.entries()) {
    expect(await issues.nth(i).locator("dt").allInnerTexts()).toEqual(["Eis (WCAG)", "Oorzaak", "Wat betekent dit voor jou?", "Wat doen we eraan?", "Klaar op"]);
    expect(await issues.nth(i).locator("dd").last().innerText()).toBe(longDate.format(new Date(issue.plannedDate)));
  }
  expect(await axeViolations(page), `${theme.name}: verklaring`).toEqual([]);
  await page.goto(`${url}privacy/`);
  expect(await page.locator("main").innerText()).toContain(`Neem contact op met ${organisation}.`);
}

describe(`the theme of this build (THEME=${builtTheme})`, () => {
  it("shows the modules on the first screen, a one-row header and the theme's colours", async () => {
    const theme = await loadTheme(builtTheme);
    await firstScreen(session.browser, session.site.url, theme);
    const page = await session.page();
    await page.goto(`${session.site.url}jeugdzorg/`);
    await waitForStepper(page);
    await coloursOf(page, theme);
    await page.context().close();
  });
});

for (const name of shippedThemes.filter((t) => t !== builtTheme)) {
  describe(`THEME=${name}`, () => {
    let site: StaticSite | undefined;
    let browser: Browser | undefined;
    beforeAll(async () => {
      const build = await buildSite({ THEME: name });
      expect(build.code, build.output).toBe(0);
      expect(build.output).toContain(`Thema ${name}: alle kleurparen halen het contrast van WCAG AA.`);
      const index = await indexSite(build.outDir);
      expect(index.code, index.output).toBe(0);
      [site, browser] = await Promise.all([serveSite(build.outDir), launchBrowser()]);
    }, buildingTest);
    afterAll(async () => {
      await browser?.close();
      await site?.close();
    });

    it("shows the modules on the first screen, a one-row header, the theme's colours, and passes axe throughout", async () => {
      const theme = await loadTheme(name);
      await firstScreen(browser!, site!.url, theme);
      await statesPassAxe(browser!, site!.url, theme);
    }, buildingTest);
  });
}
