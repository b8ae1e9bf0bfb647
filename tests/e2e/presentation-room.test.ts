// Presentation mode in a real room: with a clicker (PageDown only) every line of every step and option comes into
// view above the bar before the clicker moves on, in every module, on the two usual projector sizes; focused
// controls are never under the bar (WCAG 2.4.11); the bar fits a small window (1.4.10); single-key shortcuts
// follow their switch in the presenter window too (2.1.4).
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useSession } from "./browser.ts";
import { brokenWords, shownLines } from "./presentation-lines.ts";
import { animationsDone, liveText, overview, scrollSettled } from "./walk.ts";
import { hashOf, openModule, presentByKey } from "./workshop-pages.ts";

const session = useSession();

const modules = readdirSync("content/modules");
/** How far the room has scrolled: the page, and an open dialog that scrolls inside itself. */
const scrollOf = (page: Page) => page.evaluate(() => `${scrollY} ${document.querySelector("dialog:modal")?.scrollTop ?? 0}`);
/** The room sees a place once its animations ended and the presentation has focused its heading: that happens in the
 *  same frame as the scroll to its top, so lines read before it would be those of a page about to move. A place
 *  whose heading does not take focus (a dialog) goes on after a short wait. */
const settled = async (page: Page) => {
  await animationsDone(page);
  await page
    .waitForFunction(() => !location.hash || document.activeElement?.id === decodeURIComponent(location.hash.slice(1)), undefined, { timeout: 1500 })
    .catch(() => undefined);
  // The carousel may focus an option's heading before the presentation's own delayed step (a timeout, then a frame)
  // has scrolled the place to its top: let that step run before the lines are read.
  await page.evaluate(() => new Promise((done) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(done)))));
};

/** After Tab: the place does not change, so there is no heading to wait for (settled would wait its full timeout at
 *  every control); wait for animations, the presentation's delayed step, and any scroll that brings the control up. */
const focusSettled = async (page: Page) => {
  await animationsDone(page);
  await page.evaluate(() => new Promise((done) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(done)))));
  await scrollSettled(page);
};

/** Presents a module from `place` with the P key, with the room's own motion settings (animations on). */
async function present(module: string, viewport: { width: number; height: number }, place = ""): Promise<Page> {
  const page = await openModule(session, `${module}/${place}`, { viewport, reducedMotion: "no-preference" });
  await presentByKey(page);
  return page;
}

/** The fixed bar's top edge: nothing the room or a keyboard user needs may be below it. */
const barTop = (page: Page) => page.evaluate(() => document.querySelector(".presentation-bar")!.getBoundingClientRect().top);

describe("every line comes into view before the clicker moves on, and no word breaks in two", () => {
  // The beamers of the field: an old 4:3 one and a 720p one.
  for (const viewport of [{ width: 1024, height: 768 }, { width: 1280, height: 720 }]) {
    it.each(modules)(`%s at ${viewport.width} × ${viewport.height}`, async (module) => {
      const page = await present(module, viewport);
      let place = hashOf(page);
      let seen = new Map<string, { text: string; inView: boolean }>();
      const places: string[] = [];
      for (let presses = 0; ; presses++) {
        expect(presses, "te vaak gedrukt").toBeLessThan(400);
        await settled(page);
        for (const line of await shownLines(page)) seen.set(line.key, { text: line.text, inView: (seen.get(line.key)?.inView ?? false) || line.inView });
        expect(await brokenWords(page), `${module} ${place}: woorden over twee regels gebroken`).toEqual([]);
        const scrolled = await scrollOf(page);
        await page.keyboard.press("PageDown");
        await expect
          .poll(async () => hashOf(page) !== place || (await scrollOf(page)) !== scrolled || (await liveText(page)) === "Dit is het einde van de module.")
          .toBe(true);
        const unseen = [...seen.values()].filter((line) => !line.inView).map((line) => line.text);
        if (hashOf(page) !== place) {
          expect(unseen, `${module} ${place}: regels niet in beeld geweest`).toEqual([]);
          places.push(place);
          place = hashOf(page);
          seen = new Map();
        } else if ((await scrollOf(page)) === scrolled) {
          // The end of the module: the last place was seen whole too, and the clicker stays in this module.
          expect(unseen, `${module} ${place}: regels niet in beeld geweest`).toEqual([]);
          expect(new URL(page.url()).pathname).toBe(new URL(`${session.site.url}${module}/`).pathname);
          break;
        }
      }
      // The walk went through every step of the module (of a route with a choice: every step outside the other route).
      const steps = (await overview(page)).map((s) => `#${s.id}`);
      const walked = [...places, place].map((at) => at || steps[0]);
      const onEveryRoute = await page.$$eval("[data-step]", (sections) => sections.filter((s) => !s.querySelector(".step__branch")).map((s) => `#${(s as HTMLElement).dataset.step}`));
      for (const step of onEveryRoute) expect(walked, step).toContain(step);
      expect(walked.length).toBeGreaterThanOrEqual(steps.length > onEveryRoute.length ? onEveryRoute.length + 1 : steps.length);
      await page.context().close();
    }, 400_000);
  }
});

describe("focus is never hidden under the bar (WCAG 2.4.11)", () => {
  // Controls the bar covered at 1280 × 720: a checkbox, a term, a carousel's open button, a scenario's button.
  const cases: [string, string, string][] = [
    ["wonen", "checkbox", "Wat is er nodig?: De gemeenten in de regio maken samen afspraken over geld."],
    ["toegang", "button", "expertiseteam"],
    ["inburgering", "button", "Bekijk de 4 opties"],
    ["omgevingswet", "button", "Probeer het zelf"],
  ];
  it.each(cases)("%s: Tab through every step; each focused control is fully above the bar", async (module, _role, named) => {
    const page = await present(module, { width: 1280, height: 720 });
    const focusedLabels: string[] = [];
    for (const { id: step, title } of await overview(page)) {
      await page.evaluate((id) => (location.hash = id), step);
      await expect.poll(() => page.evaluate((id) => document.activeElement?.id === id, step)).toBe(true);
      for (let tabs = 0; tabs < 80; tabs++) {
        await page.keyboard.press("Tab");
        const focused = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement;
          const box = element.getBoundingClientRect();
          const label = (element as HTMLInputElement).labels?.[0]?.textContent ?? element.getAttribute("aria-label") ?? element.textContent ?? "";
          const group = element.closest("section, fieldset, [role=group]")?.querySelector("h3, h4, legend")?.textContent ?? "";
          return { inBar: !!element.closest(".presentation-bar"), top: box.top, bottom: box.bottom, label: label.trim().slice(0, 80), group };
        });
        // Past the step's controls, Tab reaches the bar: on to the next step.
        if (focused.inBar) break;
        await focusSettled(page);
        const top = await barTop(page);
        const box = await page.evaluate(() => document.activeElement!.getBoundingClientRect().toJSON());
        expect(box.top, `${step}: ${focused.label}`).toBeGreaterThanOrEqual(-1);
        expect(box.bottom, `${step}: ${focused.label} onder de balk`).toBeLessThanOrEqual(top + 1);
        focusedLabels.push(`${title}: ${focused.label} ${focused.group}`);
      }
    }
    // The control the audit named was among those checked.
    expect(focusedLabels.some((label) => label.includes(named)), named).toBe(true);
    await page.context().close();
  }, 300_000);

  it("shows the place on screen, with focus, after leaving presentation from an option", async () => {
    const page = await present("jeugdzorg", { width: 1280, height: 720 }, "#privacyadviseurs-betrekken");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("privacyadviseurs-betrekken");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("#site-header").isVisible()).toBe(true);
    await settled(page);
    const box = await page.evaluate(() => ({ id: document.activeElement?.id, ...document.activeElement!.getBoundingClientRect().toJSON() }));
    expect(box.id).toBe("privacyadviseurs-betrekken");
    expect(box.top).toBeGreaterThanOrEqual(-1);
    expect(box.bottom).toBeLessThanOrEqual(720);
    await page.context().close();
  });

  it("keeps focus on the black screen: Tab does not move to controls nobody sees", async () => {
    const page = await present("jeugdzorg", { width: 1280, height: 720 }, "#wachtlijsten");
    await page.keyboard.press("b");
    await expect.poll(() => page.locator("[data-blank]").isVisible()).toBe(true);
    for (let tabs = 0; tabs < 5; tabs++) {
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.closest("[data-blank]") !== null || document.activeElement === document.body)).toBe(true);
    }
    // Escape brings the room screen back (it does not stop the presentation), and focus is where it was.
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("[data-blank]").count()).toBe(0);
    expect(await page.locator(".presentation-bar").isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("wachtlijsten");
    await page.context().close();
  });
});

describe("a small window (WCAG 1.4.10)", () => {
  it("at 320 × 256 the bar is not taller than the window, and every button of it can be seen whole", async () => {
    const page = await present("jeugdzorg", { width: 320, height: 256 }, "#wachtlijsten");
    const bar = await page.locator(".presentation-bar").boundingBox();
    expect(bar!.height).toBeLessThanOrEqual(256);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    // The bar's own buttons, Overzicht and (on this step the room votes on) Antwoorden among them; the overview's step
    // buttons wait in its closed dialog.
    const buttons = page.locator(".presentation-bar button:not(dialog button)");
    expect(await buttons.count()).toBe(7);
    expect(await buttons.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining("Overzicht"), expect.stringContaining("Antwoorden")]));
    for (let i = 0; i < 7; i++) {
      await buttons.nth(i).focus();
      const box = await buttons.nth(i).evaluate((b) => b.getBoundingClientRect().toJSON());
      expect(box.top, await buttons.nth(i).innerText()).toBeGreaterThanOrEqual(0);
      expect(box.bottom, await buttons.nth(i).innerText()).toBeLessThanOrEqual(256);
    }
    // The step's text is not covered by the bar either: the bar sits after it in the page.
    const title = await page.locator("h2#wachtlijsten").boundingBox();
    expect(title!.y + title!.height).toBeLessThanOrEqual(bar!.y + 1);
    await page.context().close();
  });
});

describe("single-key shortcuts in the presenter window (WCAG 2.1.4)", () => {
  it("has the switch, shares it with the presentation, and B and . do nothing while it is off", async () => {
    const page = await present("jeugdzorg", { width: 1280, height: 720 }, "#wachtlijsten");
    const [presenter] = await Promise.all([page.waitForEvent("popup"), page.getByRole("button", { name: "Begeleidersscherm" }).click()]);
    await presenter.waitForLoadState();
    await expect.poll(() => presenter.locator(".presenter-view__now .presenter-view__place").innerText(), { timeout: 20_000 }).toMatch(/^Stap 2 van 7/);
    const shortcuts = presenter.locator(".presenter-view").getByRole("checkbox", { name: "Sneltoetsen met één toets aan (P, F, Q, B en / voor zoeken)" });
    expect(await shortcuts.isChecked()).toBe(true);
    await shortcuts.uncheck();
    await presenter.locator("h1").click();
    for (const key of ["b", "B", "."]) {
      await presenter.keyboard.press(key);
      await presenter.waitForTimeout(200);
      expect(await page.locator("[data-blank]").count(), key).toBe(0);
    }
    // The same switch holds in the presentation window: B there does nothing either; the bar drops the key hints.
    await page.bringToFront();
    await page.keyboard.press("b");
    await page.waitForTimeout(200);
    expect(await page.locator("[data-blank]").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Zwart scherm", exact: true }).isVisible()).toBe(true);
    // Clicker keys (not single characters) still work, and a button still blanks the room.
    await presenter.bringToFront();
    await presenter.getByRole("button", { name: "Zwart scherm" }).click();
    await expect.poll(() => page.locator("[data-blank]").count()).toBe(1);
    await presenter.getByRole("button", { name: "Zwart scherm" }).click();
    await expect.poll(() => page.locator("[data-blank]").count()).toBe(0);
    // Switched on again, B blanks the room.
    await shortcuts.check();
    await presenter.locator("h1").click();
    await presenter.keyboard.press("b");
    await expect.poll(() => page.locator("[data-blank]").count()).toBe(1);
    await page.context().close();
  });
});

describe("the clicker at the end of a module", () => {
  it("stays in the module while presenting; after leaving, PageDown reads on into the next module", async () => {
    const page = await present("jeugdzorg", { width: 1280, height: 720 }, "#afsluiting");
    for (let presses = 0; (await liveText(page)) !== "Dit is het einde van de module."; presses++) {
      expect(presses).toBeLessThan(8);
      await page.keyboard.press("PageDown");
      await page.waitForTimeout(150);
    }
    await page.keyboard.press("PageDown");
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toMatch(/\/jeugdzorg\/$/);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("#site-header").isVisible()).toBe(true);
    // Reading mode: the last step's "Volgende" leads to the next module, and so does the clicker, once it has paged
    // through the step (taller than the window in a theme with larger type).
    const next = new URL((await page.locator('.module-chain a[rel="next"]').getAttribute("href"))!, session.site.url).pathname;
    for (let presses = 0; new URL(page.url()).pathname !== next; presses++) {
      expect(presses, "te vaak PageDown").toBeLessThan(8);
      const scrolled = await page.evaluate(() => scrollY);
      await page.keyboard.press("PageDown");
      // While the next module loads, the old page's scroll can no longer be read: wait for the address then.
      await expect.poll(async () => new URL(page.url()).pathname === next || (await page.evaluate(() => scrollY).catch(() => scrolled)) !== scrolled).toBe(true);
    }
    await page.locator("[data-stepper-root]").waitFor({ state: "attached" });
    await page.context().close();
  });
});
