// Shared steps of the workshop browser tests: open a module page ready for workshop mode, start presenting,
// walk with a clicker, what is on screen, record what a group decided, and a saved session to start from.
import { expect } from "vitest";
import type { BrowserContext, BrowserContextOptions, Keyboard, Page } from "playwright-core";
import type { Session } from "./browser.ts";
import { focusedText, openStepped } from "./walk.ts";

export const hashOf = (page: Page) => new URL(page.url()).hash;

export const isVisible = (page: Page, selector: string) => page.locator(selector).first().isVisible();

/** The accessible name of the focused control, or its text. */
export const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent?.trim() ?? "");

/** A module page with the stepper and the workshop buttons started; in `context` when given (a second tab). */
export async function openModule(session: Session, path: string, options: BrowserContextOptions = {}, context?: BrowserContext): Promise<Page> {
  const page = await openStepped(session, path, { reducedMotion: "reduce", ...options }, context && (await context.newPage()));
  await page.locator(".workshop-launcher").waitFor();
  return page;
}

/** Presses `key` until `done()` holds (a clicker pages through a tall step before it moves on). */
export async function pressUntil(page: Page, key: string, done: () => boolean | Promise<boolean>, what: string, limit = 12): Promise<void> {
  for (let presses = 0; !(await done()); presses++) {
    expect(presses, `te vaak gedrukt voor ${what}`).toBeLessThan(limit);
    await page.keyboard.press(key);
    await page.waitForTimeout(250);
  }
}

/** The jeugdzorg module at `hash` ("#wachtlijsten"), ready for workshop mode. */
export const openJeugdzorg = (session: Session, hash = "", options: BrowserContextOptions = {}, context?: BrowserContext) =>
  openModule(session, `jeugdzorg/${hash}`, options, context);

export async function startPresenting(page: Page): Promise<void> {
  await page.getByRole("button", { name: /^Presenteer/ }).click();
  await expect.poll(() => page.locator(".presentation-bar").isVisible()).toBe(true);
}

/** Starts presenting with the P key, as a facilitator at the laptop does: the site's header leaves the screen. */
export async function presentByKey(page: Page): Promise<void> {
  await page.keyboard.press("p");
  await expect.poll(() => isVisible(page, ".presentation-bar")).toBe(true);
  await expect.poll(() => isVisible(page, "#site-header")).toBe(false);
}

/** Presses a clicker key until the URL points at `target`: a tall step first pages down (or up). */
export async function clickTo(page: Page, key: string, target: string, keyboard: Keyboard = page.keyboard): Promise<void> {
  for (let presses = 0; hashOf(page) !== target; presses++) {
    expect(presses, `te vaak gedrukt voor ${target}`).toBeLessThan(6);
    await keyboard.press(key);
    await page.waitForTimeout(150);
  }
}

/** A session as saved in a browser (localStorage), put in place before the page starts. */
export async function withSavedSession(page: Page, session: object): Promise<void> {
  await page.addInitScript((saved) => localStorage.setItem("sdu:workshop", saved), JSON.stringify({ version: 2, currentId: (session as { id: string }).id, sessions: [session] }));
}

export async function addAfspraak(page: Page, text: string): Promise<void> {
  const count = await page.locator(".afspraak").count();
  await page.getByRole("button", { name: "Afspraak toevoegen" }).focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest(".afspraak legend, .afspraak")?.querySelector("legend")?.textContent)).toBe(`Afspraak ${count + 1}`);
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("TEXTAREA");
  await page.keyboard.type(text);
}

/** Records on dilemma 1 what a group decided, by keyboard where a facilitator would. */
export async function recordExample(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Vastleggen" }).click();
  await expect.poll(() => focusedText(page)).toBe("Vastleggen: Dilemma 1: wachtlijsten en krapte");
  await page.getByLabel("Naam van de sessie").fill("Workshop Gemeente X, 12 maart");
  // The position: Tab to the scale and choose with the arrow keys, as with any radio group.
  await page.getByRole("radio", { name: "Zorgaanbieder", exact: true }).focus();
  await page.keyboard.press("Space");
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
  await page.getByRole("button", { name: "Groep toevoegen" }).click();
  await page.getByLabel("Naam van de groep").nth(1).fill("Zorgaanbieders");
  await page.getByRole("group", { name: "Positie van Zorgaanbieders" }).getByRole("radio", { name: "Neigt naar Zorgaanbieder" }).check();
  await page.getByLabel("Notities", { exact: true }).fill("De wachttijd verschilt per wijk.");
  await addAfspraak(page, "Elk kwartaal de wachtlijst bespreken");
  await page.getByLabel("Wie", { exact: true }).first().fill("Beleidsadviseur");
  await page.getByLabel("Wanneer", { exact: true }).first().fill("2027-04-01");
  await addAfspraak(page, "Overbruggingszorg na zes weken");
  await page.getByLabel("Wie", { exact: true }).nth(1).fill("Zorgaanbieder");
}

export const afspraakTexts = (page: Page) => page.locator(".afspraak textarea").evaluateAll((t) => t.map((x) => (x as HTMLTextAreaElement).value));
