// Walks "Dilemma's in de jeugdzorg" as people do: by mouse, by keyboard only, without JavaScript,
// on a 360 px phone, by deep link with Back/Forward, and checks every state with axe.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useSession } from "./browser.ts";
import { axeViolations } from "./axe.ts";
import { animationsDone, focusedText, jeugdzorgUrl, liveText, openStepped, overview, pressToNextStep, scrollsSideways, smallTargets, stepPosition, visibleStepTitles } from "./walk.ts";

const session = useSession();


const open = (hash = "", options = {}) => openStepped(session, `jeugdzorg/${hash}`, options);

describe("jeugdzorg by mouse", () => {
  it("shows one step at a time, from the introduction through five dilemmas to the closing, then the next module", async () => {
    const page = await open();
    const steps = await overview(page);
    expect(steps.map((s) => s.id)).toEqual(["inleiding", "wachtlijsten", "belangen", "recht-op-jeugdhulp", "resultaten", "privacy", "afsluiting"]);
    for (const [i, step] of steps.entries()) {
      await expect.poll(() => visibleStepTitles(page)).toEqual([step.title]);
      await expect.poll(() => stepPosition(page)).toBe(`Stap ${i + 1} van 7`);
      if (i > 0) await expect.poll(() => new URL(page.url()).hash).toBe(`#${step.id}`);
      if (i >= 1 && i <= 5) {
        const perspectives = page.locator(`[data-step="${step.id}"] .perspective__title`);
        expect(await perspectives.allInnerTexts()).toEqual(["Zorgaanbieder", "Gemeente"]);
        await expect.poll(() => page.locator(`[data-step="${step.id}"] h3:text-is("Welke afspraken kunnen we maken?")`).count()).toBe(1);
      }
      if (i < steps.length - 1) await page.getByRole("button", { name: "Volgende stap" }).click();
    }
    // The last step leads on to the next module in the chain.
    const next = page.getByRole("link", { name: /Volgende stap/ });
    expect(await next.innerText()).toContain("Volgende module: Wet inburgering");
    await next.click();
    await page.waitForURL(/\/inburgering\/$/);
    await page.context().close();
  });

  it("opens the example agreements as a carousel, each option its own URL, and closes it", async () => {
    const page = await open("#wachtlijsten");
    const group = page.locator('[data-step="wachtlijsten"] .options');
    await group.getByRole("button", { name: /Bekijk de \d voorbeelden/ }).click();
    const visibleOptions = () => group.locator(".option:visible h4").allInnerTexts();
    // The carousel opens in the next render, not during the click.
    await expect.poll(visibleOptions).toHaveLength(1);
    const first = await visibleOptions();
    await expect.poll(() => new URL(page.url()).hash).not.toBe("#wachtlijsten");
    const firstHash = new URL(page.url()).hash;
    await expect.poll(() => focusedText(page)).toBe(first[0]);
    await group.getByRole("button", { name: "Volgend voorbeeld" }).click();
    await expect.poll(visibleOptions).not.toEqual(first);
    const second = await visibleOptions();
    expect(second).toHaveLength(1);
    expect(second[0]).not.toBe(first[0]);
    expect(await group.locator(".carousel__position").innerText()).toBe("Voorbeeld 2 van 4");
    await page.goBack();
    await expect.poll(visibleOptions).toEqual(first);
    await expect.poll(() => new URL(page.url()).hash).toBe(firstHash);
    await group.getByRole("button", { name: "Sluiten" }).click();
    await expect.poll(() => group.locator(".option:visible").count()).toBe(0);
    await expect.poll(() => new URL(page.url()).hash).toBe("#wachtlijsten");
    await expect.poll(() => focusedText(page)).toMatch(/Bekijk de 4 voorbeelden/);
    await page.context().close();
  });

  it("opens the background as a native modal dialog and closes it back to its step", async () => {
    const page = await open("", { reducedMotion: "reduce" });
    await page.getByRole("button", { name: "Meer achtergrond" }).click();
    const dialog = page.locator("dialog[data-dialog]");
    await expect.poll(() => dialog.evaluate((d) => d.matches(":modal"))).toBe(true);
    await expect.poll(() => new URL(page.url()).hash).toBe("#achtergrond-jeugdwet");
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    await expect.poll(() => new URL(page.url()).hash).toBe("#inleiding");
    await expect.poll(() => focusedText(page)).toBe("Meer achtergrond");
    await page.context().close();
  });
});

describe("jeugdzorg by keyboard only", () => {
  it("starts with the skip link and changes step with arrows and clicker keys, moving focus and announcing", async () => {
    const page = await open();
    await page.keyboard.press("Tab");
    await expect.poll(() => focusedText(page)).toBe("Naar de inhoud");
    const titles = (await overview(page)).map((s) => s.title);
    const keys = ["ArrowRight", "PageDown", "ArrowRight", "PageDown", "ArrowRight", "PageDown"];
    for (const [i, key] of keys.entries()) {
      // PageDown scrolls through a step taller than the window first; the arrow goes on at once.
      const presses = await pressToNextStep(page, key);
      if (key === "ArrowRight") expect(presses).toBe(1);
      await expect.poll(() => visibleStepTitles(page)).toEqual([titles[i + 1]]);
      await expect.poll(() => focusedText(page)).toBe(titles[i + 1]);
      await expect.poll(() => liveText(page)).toBe(`Stap ${i + 2} van 7: ${titles[i + 1]}`);
    }
    await pressToNextStep(page, "PageUp");
    await expect.poll(() => visibleStepTitles(page)).toEqual([titles[5]]);
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => visibleStepTitles(page)).toEqual([titles[4]]);
    await page.context().close();
  });

  it("reaches the carousel and the step buttons with Tab and Enter", async () => {
    const page = await open("#belangen");
    // Focus is on the step heading after a deep link; Tab moves on through the step.
    await expect.poll(() => focusedText(page)).toMatch(/Dilemma 2/);
    let guard = 0;
    while (!(await focusedText(page)).startsWith("Bekijk de") && guard++ < 30) await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect.poll(() => focusedText(page)).not.toMatch(/^Bekijk de/);
    const optionTitle = await focusedText(page);
    expect(optionTitle).not.toBe("");
    expect(await page.locator('[data-step="belangen"] .option:visible h4').innerText()).toBe(optionTitle);
    // Arrow keys on a focused control are not stolen from the carousel buttons' Tab order.
    while ((await focusedText(page)) !== "Volgende stap" && guard++ < 60) await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect.poll(() => visibleStepTitles(page)).toEqual([(await overview(page))[3]!.title]);
    await page.context().close();
  });

  it("does not step while the reader types in a text field", async () => {
    const page = await open("#belangen");
    await page.evaluate(() => {
      const input = document.createElement("input");
      input.setAttribute("aria-label", "test");
      document.querySelector("[data-step='belangen']")?.append(input);
      input.focus();
    });
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => new URL(page.url()).hash).toBe("#belangen");
    await page.context().close();
  });
});

describe("jeugdzorg without JavaScript", () => {
  it("reads as one article: every step with heading and anchor, the overview, all options and the dialog text", async () => {
    const page = await session.page({ javaScriptEnabled: false });
    await page.goto(jeugdzorgUrl(session));
    const steps = page.locator("[data-step]");
    expect(await steps.count()).toBe(7);
    const links = page.locator("[data-overview-link]");
    expect(await links.count()).toBe(7);
    for (const href of await links.evaluateAll((a) => a.map((x) => x.getAttribute("href")))) {
      expect(await page.locator(`h2${href}`).isVisible(), String(href)).toBe(true);
    }
    const options = page.locator(".option");
    expect(await options.count()).toBeGreaterThanOrEqual(15);
    for (let i = 0; i < (await options.count()); i++) expect(await options.nth(i).isVisible()).toBe(true);
    expect(await page.locator("dialog[data-dialog] h3").isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Volgende stap" }).count()).toBe(0);
    expect(await page.locator("article").getByRole("button").count()).toBe(0);
    expect(await page.getByRole("link", { name: /Volgende module: Wet inburgering/ }).isVisible()).toBe(true);
    await page.context().close();
  });

  it("has no axe violations as an article", async () => {
    const page = await session.page({}, { scripts: false });
    await page.goto(jeugdzorgUrl(session));
    expect(await page.locator(".option:visible").count()).toBeGreaterThanOrEqual(15);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe("jeugdzorg on a 360 px phone", () => {
  it("never scrolls sideways and keeps every button at least 44 × 44 px", async () => {
    const page = await open("", { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    for (const step of await overview(page)) {
      await page.evaluate((id) => (location.hash = id), step.id);
      await expect.poll(() => visibleStepTitles(page)).toEqual([step.title]);
      // Sizes as the reader sees them once the step has arrived, not mid-animation (a busy machine saw a button at
      // 43.9 px while the step still moved in).
      await animationsDone(page);
      expect(await scrollsSideways(page)).toBe(false);
      expect(await smallTargets(page)).toEqual([]);
    }
    // On a phone the overview is folded away, one tap opens it.
    expect(await page.locator("details[data-overview]").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    // Perspectives stack on a phone.
    await page.evaluate(() => (location.hash = "wachtlijsten"));
    await expect.poll(() => visibleStepTitles(page)).toEqual(["Dilemma 1: wachtlijsten en krapte"]);
    const boxes = await page.locator('[data-step="wachtlijsten"] .perspective').evaluateAll((e) => e.map((x) => x.getBoundingClientRect()));
    expect(boxes[1]!.top).toBeGreaterThanOrEqual(boxes[0]!.bottom);
    await page.locator('[data-step="wachtlijsten"] .carousel__open').click();
    expect(await scrollsSideways(page)).toBe(false);
    expect(await smallTargets(page)).toEqual([]);
    await page.context().close();
  });
});

describe("jeugdzorg deep links", () => {
  it("opens dilemma 4 directly, and Back and Forward move between visited steps", async () => {
    const page = await open("#resultaten");
    await expect.poll(() => visibleStepTitles(page)).toEqual(["Dilemma 4: wanneer is het resultaat bereikt?"]);
    await expect.poll(() => stepPosition(page)).toBe("Stap 5 van 7");
    await page.getByRole("button", { name: "Volgende stap" }).click();
    await expect.poll(() => visibleStepTitles(page)).toEqual(["Dilemma 5: privacy en gegevens"]);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).hash).toBe("#resultaten");
    await expect.poll(() => visibleStepTitles(page)).toEqual(["Dilemma 4: wanneer is het resultaat bereikt?"]);
    await page.goForward();
    await expect.poll(() => new URL(page.url()).hash).toBe("#privacy");
    await expect.poll(() => visibleStepTitles(page)).toEqual(["Dilemma 5: privacy en gegevens"]);
    await page.context().close();
  });

  it("opens an option by its own link", async () => {
    const page = await open("#evaluatie-voor-einde-traject");
    await expect.poll(() => visibleStepTitles(page)).toEqual(["Dilemma 4: wanneer is het resultaat bereikt?"]);
    await expect.poll(() => page.locator(".option:visible h4").count()).toBe(1);
    expect(await page.locator(".option:visible").getAttribute("data-option")).toBe("evaluatie-voor-einde-traject");
    await page.context().close();
  });

  it("shows the first step with a short notice for an unknown step", async () => {
    const page = await open("#dilemma-99", { reducedMotion: "reduce" });
    await expect.poll(() => visibleStepTitles(page)).toEqual([(await overview(page))[0]!.title]);
    expect(await page.locator(".notice").innerText()).toBe("De stap ‘dilemma-99’ bestaat niet in deze module. Je ziet nu de eerste stap.");
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe("jeugdzorg motion", () => {
  it("animates a step change only when the reader allows motion", async () => {
    const animationOf = (page: Page) => page.locator('[data-step="belangen"]').evaluate((e) => getComputedStyle(e).animationName);
    const moving = await open("#belangen");
    expect(await animationOf(moving)).toBe("step-in");
    await moving.context().close();
    const still = await open("#belangen", { reducedMotion: "reduce" });
    expect(await animationOf(still)).toBe("none");
    await still.context().close();
  });
});

describe("jeugdzorg accessibility (axe)", () => {
  it("has no violations on the home page", async () => {
    const page = await session.page();
    await page.goto(session.site.url);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("has no violations on any step, nor with a carousel open", async () => {
    const page = await open("", { reducedMotion: "reduce" });
    for (const step of await overview(page)) {
      await page.evaluate((id) => (location.hash = id), step.id);
      await expect.poll(() => visibleStepTitles(page)).toEqual([step.title]);
      expect(await axeViolations(page), step.id).toEqual([]);
      const carousel = page.locator(`[data-step="${step.id}"] .carousel__open`);
      if (await carousel.count()) {
        await carousel.click();
        expect(await axeViolations(page), `${step.id} met carrousel open`).toEqual([]);
      }
    }
    await page.context().close();
  });
});
