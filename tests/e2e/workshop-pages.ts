// Shared steps of the workshop browser tests: open a module page ready for workshop mode, start presenting,
// what is on screen, and a saved session to start from.
import { expect } from "vitest";
import type { BrowserContextOptions, Page } from "playwright-core";
import type { Session } from "./browser.ts";
import { waitForStepper } from "./walk.ts";

export const hashOf = (page: Page) => new URL(page.url()).hash;

export const visibleOptions = (page: Page) =>
  page.$$eval("[data-option]", (options) => options.filter((o) => (o as HTMLElement).offsetParent !== null).map((o) => (o as HTMLElement).dataset.option));

/** A module page with the stepper and the workshop buttons started. */
export async function openModule(session: Session, path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await session.page({ reducedMotion: "reduce", ...options });
  await page.goto(`${session.site.url}${path}`);
  await waitForStepper(page);
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

export async function startPresenting(page: Page): Promise<void> {
  await page.getByRole("button", { name: /^Presenteer/ }).click();
  await expect.poll(() => page.locator(".presentation-bar").isVisible()).toBe(true);
}

/** A session as saved in a browser (localStorage), put in place before the page starts. */
export async function withSavedSession(page: Page, session: object): Promise<void> {
  await page.addInitScript((saved) => localStorage.setItem("sdu:workshop", saved), JSON.stringify({ version: 2, currentId: (session as { id: string }).id, sessions: [session] }));
}
