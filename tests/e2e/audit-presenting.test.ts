// The second accessibility evaluation's findings in workshop mode, one test each, as a facilitator meets them:
// a term pop-up while presenting, the overview at 320 px, the black screen with single-key shortcuts off, and the
// presenter view's step countdown that pauses and resets with the clock.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { axeViolations } from "./axe.ts";
import { useSession } from "./browser.ts";
import { liveText, openStepped, openTermByKey, termPopoverOpen } from "./walk.ts";
import { hashOf, isVisible, openJeugdzorg, presentByKey, startPresenting } from "./workshop-pages.ts";

const session = useSession();

/** Two animation frames: long enough for a key press to have changed the step or scrolled, if it was going to. */
const settled = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

describe("2.4.3 a term pop-up while presenting", () => {
  it("Escape closes only the pop-up, focus goes back to the term, and the clicker waits while it is open", async () => {
    const page = await openJeugdzorg(session, "#wachtlijsten", { viewport: { width: 1280, height: 720 } });
    await presentByKey(page);
    const term = "[data-step='wachtlijsten'] a.term[data-term='triage']";
    await openTermByKey(page, term);
    const scrolled = await page.evaluate(() => scrollY);
    for (const key of ["PageDown", "ArrowRight", "PageUp", "ArrowLeft"]) {
      await page.keyboard.press(key);
      await settled(page);
      expect(hashOf(page), key).toBe("#wachtlijsten");
      expect(await page.evaluate(() => scrollY), key).toBe(scrolled);
      expect(await termPopoverOpen(page), key).toBe(true);
    }
    await page.keyboard.press("Escape");
    await expect.poll(() => termPopoverOpen(page)).toBe(false);
    expect(await isVisible(page, ".presentation-bar")).toBe(true);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.term)).toBe("triage");
    expect(await axeViolations(page)).toEqual([]);
    // Closed, the clicker goes on; the next Escape stops presenting.
    await page.keyboard.press("PageDown");
    await expect.poll(async () => hashOf(page) !== "#wachtlijsten" || (await page.evaluate(() => scrollY)) !== scrolled).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => isVisible(page, ".presentation-bar")).toBe(false);
    await page.context().close();
  });
});

describe("1.4.10 the overview of all steps while presenting", () => {
  it("fits a 320 × 256 window: no step button or focus ring is cut off", async () => {
    const page = await openJeugdzorg(session, "#wachtlijsten", { viewport: { width: 320, height: 256 } });
    await presentByKey(page);
    await page.keyboard.press("g");
    const dialog = page.getByRole("dialog", { name: "Alle stappen" });
    await expect.poll(() => dialog.evaluate((d) => d.matches(":modal"))).toBe(true);
    const fit = await dialog.evaluate((d) => {
      const box = d.getBoundingClientRect();
      const focused = document.activeElement as HTMLElement;
      const style = getComputedStyle(focused);
      // The focus indicator: an outline with its offset, and a wider shadow around it.
      const spread = parseFloat(style.boxShadow.match(/(-?[\d.]+)px(?!.*px)/)?.[1] ?? "0");
      const ring = Math.max(parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset), spread);
      const edge = focused.getBoundingClientRect();
      return {
        overflow: d.scrollWidth - d.clientWidth,
        inWindow: box.left >= 0 && box.right <= innerWidth,
        buttonsInside: [...d.querySelectorAll("button")].every((b) => b.getBoundingClientRect().right <= box.right - d.clientLeft),
        ringInside: edge.left - ring >= box.left && edge.right + ring <= box.left + d.clientLeft + d.clientWidth,
        focusedCurrent: focused.getAttribute("aria-current"),
      };
    });
    expect(fit).toEqual({ overflow: 0, inWindow: true, buttonsInside: true, ringInside: true, focusedCurrent: "step" });
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe("the black screen with single-key shortcuts off", () => {
  it("says how to come back with the keys that still work, not with B or full stop", async () => {
    const page = await session.page({ reducedMotion: "reduce", viewport: { width: 1280, height: 720 } });
    await page.addInitScript(() => localStorage.setItem("sdu:workshop:shortcuts", "uit"));
    await openStepped(session, "jeugdzorg/", {}, page);
    await page.locator(".workshop-launcher").waitFor();
    await startPresenting(page);
    await page.getByRole("button", { name: "Zwart scherm", exact: true }).click();
    await expect.poll(() => page.locator("[data-blank]").count()).toBe(1);
    await expect.poll(() => liveText(page)).toBe("Het scherm is zwart. Druk op Escape of op een toets van de klikker om verder te gaan.");
    await page.keyboard.press("b");
    await settled(page);
    expect(await page.locator("[data-blank]").count()).toBe(1);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("[data-blank]").count()).toBe(0);
    await page.context().close();
  });
});

describe("2.2.2 the presenter view's step countdown", () => {
  it("pauses and resets with the clock, and changes the screen once a second, not more", async () => {
    const page = await session.page({ reducedMotion: "reduce" });
    // Time stands still except when the test moves it: on a busy machine a second of real time between a key and a
    // read would otherwise turn 15:00 into 14:59.
    await page.clock.install({ time: new Date("2026-12-03T08:59:59") });
    await page.clock.pauseAt(new Date("2026-12-03T09:00:00"));
    await page.goto(`${session.site.url}jeugdzorg/begeleider/#inleiding`);
    const clock = page.getByRole("timer", { name: "Tijd", exact: true });
    const countdown = page.locator(".step-countdown [role=timer]");
    await expect.poll(() => countdown.innerText()).toBe("05:00");
    // A new step, a third of a second off the clock's beat: its countdown starts again, and ticks with the clock.
    await page.clock.runFor(1_300);
    await page.locator("h1").click();
    // The introduction's dialog comes first: go on until the next step, each time once the view shows the new place
    // (a change of place reaches the view in a timer of its own, which runs only when the clock is moved).
    const here = page.locator(".presenter-view__now .presenter-view__place");
    for (let presses = 0; !(await countdown.innerText()).startsWith("15:"); presses++) {
      expect(presses).toBeLessThan(3);
      const before = await here.innerText();
      await page.keyboard.press("ArrowRight");
      await page.clock.runFor(0);
      await expect.poll(() => here.innerText()).not.toBe(before);
    }
    await page.evaluate(() => {
      const moments = new Set<number>();
      new MutationObserver(() => moments.add(Date.now())).observe(document.querySelector(".presenter-view")!, { subtree: true, characterData: true, childList: true });
      (window as unknown as { moments: Set<number> }).moments = moments;
    });
    await page.clock.runFor(5_000);
    expect(await countdown.innerText()).toBe("14:55");
    expect(await page.evaluate(() => (window as unknown as { moments: Set<number> }).moments.size)).toBeLessThanOrEqual(5);

    await page.getByRole("button", { name: "Tijd pauzeren" }).click();
    const paused = [await clock.innerText(), await countdown.innerText()];
    await page.clock.runFor(10_000);
    expect([await clock.innerText(), await countdown.innerText()]).toEqual(paused);
    await page.getByRole("button", { name: "Tijd op nul" }).click();
    expect([await clock.innerText(), await countdown.innerText()]).toEqual(["00:00", "15:00"]);
    await page.getByRole("button", { name: "Tijd verder laten lopen" }).click();
    await page.clock.runFor(2_000);
    expect([await clock.innerText(), await countdown.innerText()]).toEqual(["00:02", "14:58"]);
    await page.clock.resume();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
