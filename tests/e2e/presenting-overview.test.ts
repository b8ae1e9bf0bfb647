// Presenting in a real room: the overview of all steps (G, the Overzicht button, number keys) jumps to a step, an
// option or a dialog without leaving the presentation; the presenter view counts down the time of each step.
import { describe, expect, it } from "vitest";
import { useSession } from "./browser.ts";
import { axeViolations } from "./axe.ts";
import { focusedText, visibleOptions, visibleStepTitles } from "./walk.ts";
import { hashOf, openModule, startPresenting } from "./workshop-pages.ts";

const session = useSession();

describe("overview while presenting", () => {
  it("jumps to a step and to an option, by G, the button and a number key, and keeps presenting", async () => {
    const page = await openModule(session, "jeugdzorg/#inleiding");
    await startPresenting(page);
    await page.getByRole("button", { name: "Overzicht (G)" }).waitFor();
    await page.keyboard.press("g");
    const overview = page.getByRole("dialog", { name: "Alle stappen" });
    await expect.poll(() => overview.isVisible()).toBe(true);
    // Focus starts on the step on screen, marked as such.
    await expect.poll(() => focusedText(page)).toBe("Stap 1 van 7 Inleiding: hetzelfde doel, toch tegenover elkaar (nu op het scherm)");
    expect(await axeViolations(page)).toEqual([]);

    await overview.getByRole("button", { name: /^Stap 3 van 7 Dilemma 2/ }).click();
    await expect.poll(() => hashOf(page)).toBe("#belangen");
    expect(await overview.isVisible()).toBe(false);
    expect(await page.locator(".presentation-bar").isVisible()).toBe(true);
    await expect.poll(() => focusedText(page)).toBe("Dilemma 2: tegengestelde belangen");

    await page.getByRole("button", { name: "Overzicht (G)" }).click();
    await overview.getByRole("button", { name: "Voorbeeld 2 van 4: Overbruggingszorg bij een lange wachttijd" }).click();
    await expect.poll(() => hashOf(page)).toBe("#overbruggingszorg-bij-lange-wachttijd");
    await expect.poll(() => visibleOptions(page)).toEqual(["overbruggingszorg-bij-lange-wachttijd"]);
    await expect.poll(() => visibleStepTitles(page)).toEqual(["Dilemma 1: wachtlijsten en krapte"]);

    // The dialog "Meer achtergrond" is in the overview too.
    await page.keyboard.press("g");
    await overview.getByRole("button", { name: /^Venster: Gemeenten en de Jeugdwet/ }).click();
    await expect.poll(() => page.evaluate(() => document.querySelector<HTMLElement>("dialog[data-dialog]:modal")?.dataset.dialog ?? null)).toBe("achtergrond-jeugdwet");

    // Number keys jump to a step; Escape first closes an open dialog, then stops.
    await page.keyboard.press("Escape");
    await page.keyboard.press("4");
    await expect.poll(() => hashOf(page)).toBe("#recht-op-jeugdhulp");
    expect(await page.locator(".presentation-bar").isVisible()).toBe(true);

    // Closing the overview without a choice returns focus to where it was.
    await page.locator("h2#recht-op-jeugdhulp").focus();
    await page.keyboard.press("g");
    await expect.poll(() => overview.isVisible()).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => overview.isVisible()).toBe(false);
    expect(await focusedText(page)).toBe("Dilemma 3: recht op jeugdhulp");
    expect(await page.locator(".presentation-bar").isVisible()).toBe(true);
    await page.context().close();
  });

  it("leaves G and number keys alone when single-key shortcuts are off; the button still works", async () => {
    const page = await openModule(session, "jeugdzorg/#inleiding");
    await page.locator(".workshop-launcher").getByRole("checkbox", { name: /^Sneltoetsen/ }).uncheck();
    await startPresenting(page);
    await page.keyboard.press("g");
    await page.keyboard.press("3");
    await page.waitForTimeout(300);
    expect(await page.getByRole("dialog", { name: "Alle stappen" }).isVisible()).toBe(false);
    expect(hashOf(page)).toBe("#inleiding");
    await page.getByRole("button", { name: "Overzicht", exact: true }).click();
    await expect.poll(() => page.getByRole("dialog", { name: "Alle stappen" }).isVisible()).toBe(true);
    await page.context().close();
  });
});

describe("time per step in the presenter view", () => {
  it("counts down the current step, turns amber then red with the state in words, and starts again on the next step", async () => {
    const page = await session.page();
    // The fake clock still moves with real time between the jumps below, so a busy machine adds a few seconds:
    // the assertions allow that drift in the seconds, never in the minutes or the state.
    await page.clock.install();
    await page.goto(`${session.site.url}jeugdzorg/begeleider/`);
    const countdown = page.locator(".step-countdown");
    await countdown.waitFor();
    await expect.poll(() => countdown.innerText()).toMatch(/^Deze stap \(5 min\): (05:00|04:[45]\d) nog 5 min$/);
    expect(await countdown.getAttribute("data-state")).toBe("ok");
    // Two clocks, each named by its visible label.
    expect(await page.getByRole("timer", { name: "Deze stap (5 min)" }).innerText()).toMatch(/^(05:00|04:[45]\d)$/);

    await page.clock.runFor("03:01");
    await expect.poll(() => countdown.innerText()).toMatch(/^Deze stap \(5 min\): 01:[45]\d nog 2 min$/);
    expect(await countdown.getAttribute("data-state")).toBe("soon");
    expect(await countdown.evaluate((e) => getComputedStyle(e).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");

    await page.clock.runFor("05:00");
    await expect.poll(() => countdown.innerText()).toMatch(/^Deze stap \(5 min\): \+03:[0-2]\d 3 min over$/);
    expect(await countdown.getAttribute("data-state")).toBe("over");
    // The total clock keeps running beside it.
    expect(await page.getByRole("timer", { name: "Tijd", exact: true }).innerText()).toMatch(/^08:[0-2]\d$/);
    expect(await axeViolations(page)).toEqual([]);

    // Without a presentation the view walks on its own: the dialog of step 1, then dilemma 1 with its 15 minutes.
    await page.getByRole("button", { name: "Verder" }).click();
    await expect.poll(() => page.locator(".presenter-view__now .presenter-view__place").innerText()).toMatch(/Venster: Gemeenten en de Jeugdwet$/);
    expect(await countdown.getAttribute("data-state")).toBe("over");
    await page.getByRole("button", { name: "Verder" }).click();
    await expect.poll(() => countdown.innerText()).toBe("Deze stap (15 min): 15:00 nog 15 min");
    await page.context().close();
  });
});
