// Presenting a programme of three modules as a consultant does: fullscreen, PageDown only. A module change loads no
// page: fullscreen stays, no frame shows the site header or the reading page, the numbering is the programme's
// ("Stap 2 van 4", "Voorbeeld 1 van 2" when two were chosen), PageUp across a boundary returns to the last voorbeeld
// shown, Back and Forward and a reload (a deep link) work. A recorder in the page samples every frame the browser
// draws (requestAnimationFrame does not run while a view transition holds the last slide) and times each change.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useSession } from "./browser.ts";
import { privacy } from "../unit/workshop-fixtures.ts";
import { axeViolations } from "./axe.ts";
import { animationsDone, liveText, visibleOptions, visibleStepTitles } from "./walk.ts";
import { hashOf, withSavedSession } from "./workshop-pages.ts";

const session = useSession();

// Two of five options of the PIP, two of four examples of dilemma 1, dilemma 5 without its examples, one stakeholder.
const programme = [
  "inburgering:pip:kansen-in-beeld.een-integraal-plan",
  "jeugdzorg:wachtlijsten:overbruggingszorg-bij-lange-wachttijd.contact-met-wachtende-gezinnen",
  "jeugdzorg:privacy:",
  "wonen:betrokkenen:wijkbewoners",
].join(",");

const recorded_ = {
  id: "s1",
  name: "Workshop Gemeente X",
  createdAt: "2026-12-03T09:00:00.000Z",
  updatedAt: "2026-12-03T10:00:00.000Z",
  records: { "jeugdzorg/privacy": { dilemma: privacy, positions: [], notes: "Eerst toestemming vragen.", afspraken: [] } },
};

interface Frame {
  t: number;
  path: string;
  fullscreen: boolean;
  presenting: boolean;
  /** Anything of the reading page on screen: the header, the step overview, the stepper's buttons. */
  reading: string[];
  steps: string[];
  transitions: number;
}

/** From here on, every frame the page draws is kept, with the time of each key press. */
function recordFrames(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { frames_: Frame[]; presses_: number[] };
    w.frames_ = [];
    w.presses_ = [];
    addEventListener("keydown", () => w.presses_.push(performance.now()), true);
    const shown = (e: Element) => (e as HTMLElement).checkVisibility();
    const sample = () => {
      w.frames_.push({
        t: performance.now(),
        path: location.pathname,
        fullscreen: document.fullscreenElement !== null,
        presenting: document.documentElement.hasAttribute("data-presenting"),
        reading: ["#site-header", ".step-overview", ".module-chain", ".stepper button", ".stepper a", ".workshop-launcher"].filter((s) => [...document.querySelectorAll(s)].some(shown)),
        steps: [...document.querySelectorAll("[data-step]")].filter(shown).map((s) => (s as HTMLElement).dataset.step!),
        transitions: document.getAnimations().filter((a) => String((a.effect as KeyframeEffect | null)?.pseudoElement ?? "").includes("view-transition")).length,
      });
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
}

const recorded = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { frames_?: Frame[]; presses_?: number[] };
    return { frames: w.frames_ ?? [], presses: w.presses_ ?? [] };
  });

/** Per module change: from the key press to the first frame that shows the next module's step, in ms. */
function moduleChanges({ frames, presses }: { frames: Frame[]; presses: number[] }): number[] {
  return presses.flatMap((press, i) => {
    const next = presses[i + 1] ?? Infinity;
    const before = frames.filter((f) => f.t <= press).at(-1);
    const after = frames.find((f) => f.t > press && f.t < next && f.steps.join() !== before?.steps.join());
    return before && after && before.path !== after.path ? [after.t - press] : [];
  });
}

const position = (page: Page) => page.locator(".presentation-bar__position").innerText();
const carouselPosition = (page: Page) => page.locator(".carousel__position").evaluateAll((els) => els.filter((e) => (e as HTMLElement).checkVisibility()).map((e) => e.textContent));
const scrollOf = (page: Page) => page.evaluate(() => scrollY);

/** One clicker press, then wait for what the room sees to change (a tall step pages first) or the end to be said. */
async function press(page: Page, key: "PageDown" | "PageUp"): Promise<void> {
  const [at, scrolled] = [hashOf(page) + new URL(page.url()).pathname, await scrollOf(page)];
  await page.keyboard.press(key);
  await expect.poll(async () => hashOf(page) + new URL(page.url()).pathname !== at || (await scrollOf(page)) !== scrolled || /^Dit is het (einde|begin) van het programma/.test(await liveText(page))).toBe(true);
  // What the room sees is drawn: frames run again (a module change holds them until the next slide is ready).
  await page.evaluate(() => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))));
  expect(await visibleStepTitles(page)).toHaveLength(1);
}

describe("presenting a programme of three modules", () => {
  it("walks them in fullscreen with PageDown only, without a page load or a frame of the reading page, numbered as the programme", async () => {
    const page = await session.page({ viewport: { width: 1280, height: 720 }, reducedMotion: "no-preference" });
    // Something was recorded earlier and never downloaded: the end of the programme reminds the facilitator.
    await withSavedSession(page, recorded_);
    await page.goto(`${session.site.url}workshop/programma/?p=${programme}`);
    await page.getByRole("link", { name: "Presenteer dit programma" }).click();
    await expect.poll(() => page.locator(".presentation-bar").isVisible()).toBe(true);
    await page.keyboard.press("f");
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await recordFrames(page);

    const seen: { path: string; position: string; carousel: string[] }[] = [];
    for (let presses = 0; !(await liveText(page)).startsWith("Dit is het einde van het programma."); presses++) {
      expect(presses, "te vaak gedrukt").toBeLessThan(40);
      seen.push({ path: new URL(page.url()).pathname, position: await position(page), carousel: await carouselPosition(page) });
      await press(page, "PageDown");
      if (new URL(page.url()).pathname === "/jeugdzorg/" && seen.at(-1)!.path === "/inburgering/") {
        // The first state after a module change, as the room and a screen reader get it once the slide has arrived
        // (while it fades in, its colours are not yet its own).
        await animationsDone(page);
        expect(await axeViolations(page)).toEqual([]);
      }
    }
    expect(await page.locator(".presentation-bar__notice").innerText()).toBe(
      "Bewaar wat je hebt vastgelegd als bestand, voordat je de browser sluit: Vastleggen, Download als JSON.",
    );
    const steps = [...new Set(seen.map((s) => s.position))];
    expect(steps).toEqual(["Stap 1 van 4", "Stap 2 van 4", "Stap 3 van 4", "Stap 4 van 4"]);
    expect([...new Set(seen.map((s) => s.path))]).toEqual(["/inburgering/", "/jeugdzorg/", "/wonen/"]);
    // Each carousel counts the chosen options only.
    expect([...new Set(seen.flatMap((s) => s.carousel))]).toEqual(["Optie 1 van 2", "Optie 2 van 2", "Voorbeeld 1 van 2", "Voorbeeld 2 van 2", "Betrokkene 1 van 1"]);

    const record = await recorded(page);
    // The recorder is still there: no page was loaded on the way.
    expect(record.frames.length).toBeGreaterThan(20);
    const wrong = record.frames.filter((f) => !f.fullscreen || !f.presenting || f.reading.length > 0 || f.steps.length !== 1);
    expect(wrong, "frames met de leespagina, zonder volledig scherm of met meer dan één stap").toEqual([]);
    const changes = moduleChanges(record);
    expect(changes).toHaveLength(2);
    console.log(`Modulewissel (toets tot eerste beeld van de volgende module): ${changes.map((ms) => `${Math.round(ms)} ms`).join(", ")}`);
    for (const ms of changes) expect(ms).toBeLessThan(1500);
    // With the room's own motion settings, the slide cross-fades into the next module.
    expect(record.frames.some((f) => f.transitions > 0)).toBe(true);

    // PageUp across the boundaries: back onto the last example the room saw in each module, not the step's top.
    while (new URL(page.url()).pathname !== "/inburgering/") await press(page, "PageUp");
    expect(hashOf(page)).toBe("#een-integraal-plan");
    expect(await visibleOptions(page)).toEqual(["een-integraal-plan"]);
    expect(await carouselPosition(page)).toEqual(["Optie 2 van 2"]);
    expect(await position(page)).toBe("Stap 1 van 4");
    expect(await page.evaluate(() => document.fullscreenElement !== null)).toBe(true);

    // Back and Forward go through the same history as the clicker, across modules.
    await page.goBack();
    await expect.poll(() => visibleStepTitles(page)).toEqual(["Dilemma 1: wachtlijsten en krapte"]);
    expect(new URL(page.url()).pathname).toBe("/jeugdzorg/");
    expect(await position(page)).toBe("Stap 2 van 4");
    await page.goForward();
    await expect.poll(() => visibleOptions(page)).toEqual(["een-integraal-plan"]);
    expect(await page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    expect((await recorded(page)).frames.length).toBeGreaterThan(record.frames.length);

    // The address is a deep link: a reload shows the same place, presenting, in the programme.
    await page.reload();
    await expect.poll(() => visibleOptions(page)).toEqual(["een-integraal-plan"]);
    await expect.poll(() => position(page)).toBe("Stap 1 van 4");
    expect(await carouselPosition(page)).toEqual(["Optie 2 van 2"]);
    await page.context().close();
  });

  it("respects reduced motion, and after presenting, Back into another module loads that module's page", async () => {
    const page = await session.page({ viewport: { width: 1024, height: 768 }, reducedMotion: "reduce" });
    await page.goto(`${session.site.url}jeugdzorg/?p=${programme}#privacy`);
    await page.locator(".workshop-launcher").waitFor();
    await page.keyboard.press("p");
    await expect.poll(() => position(page)).toBe("Stap 3 van 4");
    await recordFrames(page);
    for (let presses = 0; new URL(page.url()).pathname !== "/wonen/"; presses++) {
      expect(presses).toBeLessThan(6);
      await press(page, "PageDown");
    }
    await expect.poll(() => position(page)).toBe("Stap 4 van 4");
    const record = await recorded(page);
    expect(moduleChanges(record)).toHaveLength(1);
    expect(record.frames.filter((f) => f.transitions > 0)).toEqual([]);

    // Stopped: the reading page of the module on screen, and Back to the other module is a page of its own.
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("#site-header").isVisible()).toBe(true);
    expect(await page.locator("h1").innerText()).toBe("Van beschermd naar begeleid wonen");
    await page.goBack();
    await expect.poll(() => page.locator("h1").innerText()).toBe("Dilemma's in de jeugdzorg");
    await expect.poll(() => visibleStepTitles(page)).toEqual(["Dilemma 5: privacy en gegevens"]);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
