// What a person sees while walking a module: the visible step, the position, the live announcement.
import { expect } from "vitest";
import type { BrowserContextOptions, Page } from "playwright-core";
import type { Session } from "./browser.ts";

/** Titles of the steps that are visible now (with JavaScript on, exactly one). */
export function visibleStepTitles(page: Page): Promise<string[]> {
  return page.$$eval("[data-step]", (sections) =>
    sections.filter((s) => (s as HTMLElement).offsetParent !== null).map((s) => s.querySelector("h2")?.textContent?.trim() ?? ""),
  );
}

/** Ids of the options that are visible now (a carousel shows one at a time). */
export function visibleOptions(page: Page): Promise<(string | undefined)[]> {
  return page.$$eval("[data-option]", (options) => options.filter((o) => (o as HTMLElement).offsetParent !== null).map((o) => (o as HTMLElement).dataset.option));
}

/** True while a modal dialog is open. */
export function modalOpen(page: Page): Promise<boolean> {
  return page.evaluate(() => document.querySelector("dialog:modal") !== null);
}

/** The id (`data-dialog`) of the modal dialog that is open, if any. */
export function openDialogId(page: Page): Promise<string | null | undefined> {
  return page.evaluate(() => document.querySelector("dialog:modal")?.getAttribute("data-dialog"));
}

export function stepPosition(page: Page): Promise<string> {
  return page.locator(".stepper__position").innerText();
}

export function liveText(page: Page): Promise<string> {
  return page.locator(".stepper [aria-live]").innerText();
}

export function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
}

/** Step ids and titles in the order of the article (the overview). */
export function overview(page: Page): Promise<{ id: string; title: string }[]> {
  return page.$$eval("[data-overview-link]", (links) =>
    links.map((a) => ({ id: (a as HTMLAnchorElement).hash.slice(1), title: a.textContent?.trim() ?? "" })),
  );
}

/** True when the page is wider than the viewport (horizontal scrolling). */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** Visible buttons and button-like links smaller than 44 × 44 px. */
export function smallTargets(page: Page): Promise<string[]> {
  return page.$$eval("button, a.utrecht-button, a.choice, summary", (elements) =>
    elements
      .filter((e) => (e as HTMLElement).offsetParent !== null)
      .map((e) => ({ text: e.textContent?.trim() ?? "", box: e.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(({ text, box }) => `${text} (${Math.round(box.width)}×${Math.round(box.height)})`),
  );
}

/** Until every animation on the page has ended: what a person sees once a step or slide has arrived (colours and
 *  sizes mid-animation are not the page's own). */
export function animationsDone(page: Page): Promise<unknown> {
  return page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
}

/** Until the page has stopped scrolling (a keyboard scroll may glide over several frames). */
export function scrollSettled(page: Page): Promise<unknown> {
  return page.waitForFunction(
    () => new Promise((done) => {
      const at = scrollY;
      requestAnimationFrame(() => requestAnimationFrame(() => done(scrollY === at)));
    }),
  );
}

/** Presses a clicker key in reading mode until the step changes: PageDown and PageUp first scroll through a step
 *  taller than the window. Each press waits until the page scrolled or the step changed. Returns the presses. */
export async function pressToNextStep(page: Page, key: string, limit = 12): Promise<number> {
  const [step] = await visibleStepTitles(page);
  let presses = 0;
  for (; (await visibleStepTitles(page))[0] === step; presses++) {
    expect(presses, `te vaak ${key} gedrukt in ‘${step}’`).toBeLessThan(limit);
    const before = await page.evaluate(() => scrollY);
    await page.keyboard.press(key);
    await expect.poll(async () => (await visibleStepTitles(page))[0] !== step || (await page.evaluate(() => scrollY)) !== before).toBe(true);
    await scrollSettled(page);
  }
  return presses;
}

/** Waits until the stepper has taken over the article (keys, clicks and the URL are handled from then on). */
export async function waitForStepper(page: Page): Promise<void> {
  await page.locator("[data-stepper-root][data-enhanced]").waitFor({ state: "attached" });
  await page.locator(".stepper").waitFor();
  await waitForIslands(page);
}

/** Until every island of the page has started (Astro drops `ssr` then): on a busy machine the term pop-up or a
 *  dialog button may start well after the stepper, and a key pressed before that does what it does without JavaScript. */
export async function waitForIslands(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll("astro-island[ssr]").length === 0);
}

/** Whether the term pop-up is open (it exists once a term has been opened). */
export const termPopoverOpen = (page: Page) => page.locator(".term-popover").evaluate((e) => e.matches(":popover-open"));

/** Focuses the term `selector` and presses Enter, as a keyboard user opens it; waits until its pop-up is open. */
export async function openTermByKey(page: Page, selector: string) {
  const term = page.locator(selector);
  await term.focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => termPopoverOpen(page)).toBe(true);
  return term;
}

/** The module most walks use: "Dilemma's in de jeugdzorg". */
export const jeugdzorgUrl = (session: Session) => `${session.site.url}jeugdzorg/`;

/** Opens `path` of the built site (in `page`, or a new page with `options`) and waits until the stepper has started. */
export async function openStepped(session: Session, path: string, options: BrowserContextOptions = {}, page?: Page): Promise<Page> {
  const opened = page ?? (await session.page(options));
  await opened.goto(new URL(path, session.site.url).href);
  await waitForStepper(opened);
  return opened;
}

/** Holds back one island's code, so that the other islands start first (islands start in any order on a slow machine).
 *  Returns how many requests it held back, so a test can show that it held back anything at all. */
export async function holdBackIsland(page: Page, island: string, ms = 400): Promise<() => number> {
  let held = 0;
  await page.route(new RegExp(`/_astro/${island}\\.[\\w-]+\\.js$`), async (route) => {
    held++;
    await new Promise((done) => setTimeout(done, ms));
    await route.continue();
  });
  return () => held;
}
