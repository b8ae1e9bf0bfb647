// Presenting "Dilemma's in de jeugdzorg" as a facilitator does: clicker keys only, into and out of every carousel
// and dialog, readable on a projector, the QR code, fullscreen and the single-key shortcuts switch. Every state is checked with axe.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useSession } from "./browser.ts";
import { axeViolations } from "./axe.ts";
import { focusedText, jeugdzorgUrl, liveText, overview, visibleOptions, visibleStepTitles } from "./walk.ts";
import { clickTo, hashOf, isVisible, openJeugdzorg, presentByKey } from "./workshop-pages.ts";

const session = useSession();

/** Font size in px of the first paragraph of the visible step. */
const bodyTextSize = (page: Page) =>
  page.$$eval("[data-step] .step__body p", (ps) => {
    const p = ps.find((e) => (e as HTMLElement).offsetParent !== null);
    return p ? parseFloat(getComputedStyle(p).fontSize) : 0;
  });

describe("presenting", () => {
  it("walks jeugdzorg from start to end with clicker keys only, into and out of every carousel and dialog", async () => {
    const page = await openJeugdzorg(session, "", { viewport: { width: 1280, height: 720 } });
    const steps = await overview(page);
    // Options and "Meer achtergrond" dialogs, in the order of the text.
    const optionsOf: Record<string, string[]> = await page.$$eval("[data-step]", (sections) =>
      Object.fromEntries(
        sections.map((s) => [(s as HTMLElement).dataset.step, [...s.querySelectorAll<HTMLElement>("[data-option], dialog[data-dialog]")].map((o) => o.dataset.option ?? o.dataset.dialog)]),
      ),
    );
    const dialogs = new Set(await page.$$eval("dialog[data-dialog]", (ds) => ds.map((d) => (d as HTMLElement).dataset.dialog)));
    const expected = steps.flatMap((s) => [{ step: s, option: undefined as string | undefined }, ...optionsOf[s.id]!.map((option) => ({ step: s, option }))]);
    expect(expected).toHaveLength(7 + 1 + 5 * 4);
    expect(expected[1]!.option).toBe("achtergrond-jeugdwet");

    await presentByKey(page);
    // Full screen, large type: no header, footer, overview or step buttons; body text of at least 28 px.
    expect(await isVisible(page, "#site-header")).toBe(false);
    expect(await isVisible(page, "#site-footer")).toBe(false);
    expect(await isVisible(page, ".step-overview")).toBe(false);
    expect(await page.getByRole("button", { name: "Volgende stap" }).count()).toBe(0);
    expect(await bodyTextSize(page)).toBeGreaterThanOrEqual(28);
    const box = await page.locator('[data-step="inleiding"]').boundingBox();
    expect(box!.width).toBeGreaterThan(1280 * 0.85);
    expect(await liveText(page)).toMatch(/^Presentatie gestart/);
    expect(await axeViolations(page)).toEqual([]);

    const keys = ["PageDown", "ArrowRight"];
    let pagedWithin = 0;
    for (const [i, item] of expected.entries()) {
      const target = `#${item.option ?? item.step.id}`;
      // A step taller than the screen pages down first: the clicker moves on only when the room has seen all of it.
      for (let presses = 0; i > 0 && hashOf(page) !== target; presses++) {
        expect(presses, `te vaak gedrukt voor ${target}`).toBeLessThan(6);
        const seenAll = await page.evaluate(() => {
          // An open "Meer achtergrond" dialog is paged through inside itself; otherwise the page is.
          const dialog = document.querySelector<HTMLDialogElement>("dialog[open]");
          if (dialog) return dialog.scrollTop + dialog.clientHeight >= dialog.scrollHeight - 1;
          const shown = [...document.querySelectorAll<HTMLElement>("[data-option], [data-step]")].find((e) => e.offsetParent !== null && !e.querySelector("[data-option]:not([hidden])"));
          return shown!.getBoundingClientRect().bottom <= innerHeight - document.querySelector(".presentation-bar")!.getBoundingClientRect().height + 1;
        });
        const scrollPosition = () => page.evaluate(() => `${scrollY}:${document.querySelector("dialog[open]")?.scrollTop ?? 0}`);
        const scrolled = await scrollPosition();
        await page.keyboard.press(keys[(i + presses) % 2]!);
        await expect.poll(async () => hashOf(page) === target || (await scrollPosition()) !== scrolled).toBe(true);
        if (hashOf(page) === target) expect(seenAll, `${target}: vorige stap niet helemaal getoond`).toBe(true);
        else pagedWithin++;
      }
      await expect.poll(() => visibleStepTitles(page), { message: `stap ${i}` }).toEqual([item.step.title]);
      const inDialog = item.option !== undefined && dialogs.has(item.option);
      await expect.poll(() => visibleOptions(page), { message: `optie ${i}` }).toEqual(item.option && !inDialog ? [item.option] : []);
      await expect.poll(() => page.evaluate(() => document.querySelector<HTMLElement>("dialog[data-dialog]:modal")?.dataset.dialog ?? null)).toBe(inDialog ? item.option : null);
      const heading = inDialog ? page.locator(`#${item.option}`) : item.option ? page.locator(`h4#${item.option}`) : page.locator(`h2#${item.step.id}`);
      await expect.poll(() => focusedText(page)).toBe(await heading.innerText());
      // Each new step or option is shown from its top, its heading on screen.
      await expect.poll(async () => (await heading.boundingBox())!.y).toBeGreaterThanOrEqual(0);
      expect((await heading.boundingBox())!.y).toBeLessThan(720 / 2);
    }
    // At 1280 × 720 the dilemmas are taller than the screen, so the clicker did page within them.
    expect(pagedWithin).toBeGreaterThan(0);
    expect(await bodyTextSize(page)).toBeGreaterThanOrEqual(28);

    // At the end the clicker stays on the last step (it does not leave for the next module).
    for (let presses = 0; (await liveText(page)) !== "Dit is het einde van de module."; presses++) {
      expect(presses).toBeLessThan(4);
      await page.keyboard.press("PageDown");
      await page.waitForTimeout(100);
    }
    expect(new URL(page.url()).pathname).toMatch(/\/jeugdzorg\/$/);
    expect(hashOf(page)).toBe("#afsluiting");

    // Back goes into the last carousel at its last option, then one option back.
    for (let presses = 0; hashOf(page) === "#afsluiting"; presses++) {
      expect(presses).toBeLessThan(4);
      await page.keyboard.press("PageUp");
      await page.waitForTimeout(100);
    }
    await expect.poll(() => visibleOptions(page)).toEqual(["overbodige-administratie-schrappen"]);
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => visibleOptions(page)).toEqual(["privacyadviseurs-betrekken"]);

    // B and . blank the screen and bring it back; the next key press only brings it back.
    await page.keyboard.press("b");
    const atCentre = () => page.evaluate(() => document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.hasAttribute("data-blank") ?? false);
    await expect.poll(atCentre).toBe(true);
    await expect.poll(() => liveText(page)).toBe("Het scherm is zwart. Druk op B of punt om verder te gaan.");
    await page.keyboard.press(".");
    await expect.poll(atCentre).toBe(false);
    await page.keyboard.press(".");
    await expect.poll(atCentre).toBe(true);
    await page.keyboard.press("PageDown");
    await expect.poll(atCentre).toBe(false);
    expect(await visibleOptions(page)).toEqual(["privacyadviseurs-betrekken"]);

    // Escape leaves presentation mode at the same place, with the page as readers see it.
    await page.keyboard.press("Escape");
    await expect.poll(() => isVisible(page, "#site-header")).toBe(true);
    expect(await isVisible(page, ".presentation-bar")).toBe(false);
    expect(hashOf(page)).toBe("#privacyadviseurs-betrekken");
    expect(await visibleStepTitles(page)).toEqual(["Dilemma 5: privacy en gegevens"]);
    expect(await page.getByRole("button", { name: "Volgende stap" }).isVisible()).toBe(true);
    await expect.poll(() => liveText(page)).toBe("Presentatie gestopt.");
    expect(await bodyTextSize(page)).toBeLessThan(28);
    await page.context().close();
  });

  it("is readable at 1920 × 1080, shows the step's QR code on Q, and starts from the Presenteer button", async () => {
    const page = await openJeugdzorg(session, "#wachtlijsten", { viewport: { width: 1920, height: 1080 } });
    await page.getByRole("button", { name: "Presenteer (P)" }).click();
    await expect.poll(() => isVisible(page, "#site-header")).toBe(false);
    expect(await isVisible(page, ".presentation-bar")).toBe(true);
    expect(await bodyTextSize(page)).toBeGreaterThanOrEqual(36);
    const title = await page.locator("h2#wachtlijsten").boundingBox();
    expect(title!.y).toBeLessThan(1080 / 3);

    await page.keyboard.press("q");
    const dialog = page.getByRole("dialog", { name: "Volg mee op je telefoon" });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    // The test server runs on 127.0.0.1, which no phone can open: the dialog says so instead of showing a code
    // (tests/e2e/offline.test.ts reads real codes back with a decoder).
    await expect.poll(() => dialog.locator(".qr-dialog__warning").isVisible()).toBe(true);
    expect(await dialog.getByRole("img").count()).toBe(0);
    expect(await dialog.locator(".qr-dialog__url").innerText()).toBe(`${jeugdzorgUrl(session)}#wachtlijsten`);
    expect(await axeViolations(page)).toEqual([]);
    // Escape first closes the QR code, then leaves presentation mode.
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await isVisible(page, ".presentation-bar")).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => isVisible(page, ".presentation-bar")).toBe(false);
    expect(hashOf(page)).toBe("#wachtlijsten");
    await page.context().close();
  });

  it("goes fullscreen on F, or says it fills the window where fullscreen is refused", async () => {
    const page = await openJeugdzorg(session, "#belangen");
    await presentByKey(page);
    await page.keyboard.press("f");
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === document.documentElement)).toBe(true);
    await page.keyboard.press("f");
    await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
    // A browser that refuses fullscreen (as in a locked-down kiosk) gets the full-window view and a short notice.
    await page.evaluate(() => {
      Element.prototype.requestFullscreen = () => Promise.reject(new TypeError("refused"));
    });
    await page.keyboard.press("f");
    await expect.poll(() => page.locator(".presentation-bar__notice").innerText()).toBe("Volledig scherm kan hier niet. De presentatie vult nu het venster.");
    expect((await page.locator('[data-step="belangen"]').boundingBox())!.width).toBeGreaterThan(1280 * 0.85);
    await page.context().close();
  });

  it("lets the facilitator switch the single-key shortcuts off", async () => {
    const page = await openJeugdzorg(session, "#belangen");
    await page.locator(".workshop-launcher").getByRole("checkbox", { name: "Sneltoetsen met één toets aan (P, F, Q, B en / voor zoeken)" }).uncheck();
    // P would start loading the presentation at once: no request for its code means P did nothing.
    const loads: string[] = [];
    page.on("request", (request) => /\/_astro\/(views|Presentation)\.[\w-]+\.js$/.test(request.url()) && loads.push(request.url()));
    await page.locator("h2#belangen").focus();
    await page.keyboard.press("p");
    await page.waitForTimeout(500);
    expect(loads).toEqual([]);
    expect(await isVisible(page, ".presentation-bar")).toBe(false);
    await page.getByRole("button", { name: "Presenteer", exact: true }).click();
    await expect.poll(() => isVisible(page, ".presentation-bar")).toBe(true);
    expect(loads.length).toBeGreaterThan(0);
    await page.keyboard.press("b");
    await page.waitForTimeout(300);
    expect(await page.locator("[data-blank]").count()).toBe(0);
    // "/" no longer jumps to search either (Ctrl+K, with a modifier, still does).
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe("zoek-header");
    await clickTo(page, "PageDown", "#tarieven-samen-onderbouwen");
    expect(await visibleOptions(page)).toEqual(["tarieven-samen-onderbouwen"]);
    await page.context().close();
  });
});
