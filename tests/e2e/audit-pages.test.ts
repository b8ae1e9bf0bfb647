// The second accessibility evaluation's findings outside presenting, one test each, as a person meets them: the
// report's headings, adding to a programme with no step chosen, the shortcuts switch on every page with "/", the
// search filter's label, the search status read out once, and PageDown through a long step in reading mode.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { axeViolations } from "./axe.ts";
import { useSession } from "./browser.ts";
import { focusedText, openStepped, scrollSettled } from "./walk.ts";
import { hashOf, withSavedSession } from "./workshop-pages.ts";
import { wachtlijsten } from "../unit/workshop-fixtures.ts";

const session = useSession();

const at = "2027-03-12T10:00:00.000Z";
const recorded = {
  id: "s1",
  name: "Workshop Gemeente X",
  createdAt: at,
  updatedAt: at,
  records: {
    "jeugdzorg/wachtlijsten": {
      dilemma: { ...wachtlijsten, url: "http://localhost:4321/jeugdzorg/#wachtlijsten" },
      positions: [{ id: "groep-1", group: "Hele groep", value: 4 }],
      notes: "De wachttijd verschilt per wijk.",
      afspraken: [{ id: "a1", text: "Elk kwartaal de wachtlijst bespreken", owner: "Beleidsadviseur", due: "2027-04-01" }],
    },
  },
};

describe("1.3.1 the report of a workshop", () => {
  it("has real headings for the position, the notes and the afspraken of a dilemma", async () => {
    const page = await session.page();
    await withSavedSession(page, recorded);
    await page.goto(`${session.site.url}workshop/verslag/`);
    const dilemma = page.locator(".handout__dilemma").first();
    await dilemma.waitFor();
    const headings = await dilemma.getByRole("heading", { level: 5 }).allInnerTexts();
    expect(headings).toEqual(["Waar staat de groep?", "Notities", "Afspraken"]);
    expect(await dilemma.getByRole("heading", { level: 4 }).innerText()).toBe("Dilemma 1: wachtlijsten en krapte");
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe("3.3.1 adding to a programme with no step chosen", () => {
  it("says what to do at the field, and the message goes once a step is chosen", async () => {
    const page = await session.page();
    await page.goto(`${session.site.url}workshop/programma/`);
    const choose = page.getByLabel("Kies een stap");
    await page.getByRole("button", { name: "Voeg toe aan het programma" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "Je hebt nog geen stap gekozen." });
    await expect.poll(() => alert.innerText()).toBe("Je hebt nog geen stap gekozen. Kies eerst een stap in de lijst ‘Kies een stap’. Druk daarna op ‘Voeg toe aan het programma’.");
    expect(await choose.getAttribute("aria-invalid")).toBe("true");
    expect(await choose.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await choose.evaluate((e) => document.getElementById(e.getAttribute("aria-describedby") ?? "")?.textContent)).toContain("Kies eerst een stap");
    expect(await axeViolations(page)).toEqual([]);
    await choose.selectOption("jeugdzorg:wachtlijsten");
    await expect.poll(() => alert.count()).toBe(0);
    expect(await choose.getAttribute("aria-invalid")).toBeNull();
    await page.getByRole("button", { name: "Voeg toe aan het programma" }).click();
    await expect.poll(() => page.locator(".programme-builder__item").count()).toBe(1);
    await page.context().close();
  });
});

describe("2.1.4 the switch for single-key shortcuts", () => {
  const footerSwitch = (page: Page) => page.locator("footer").getByRole("checkbox", { name: /^Sneltoetsen met één toets aan/ });

  it("turns / off on a page without steps, stays off on the next page, and moves with the switch beside the workshop buttons", async () => {
    const page = await session.page({ reducedMotion: "reduce" });
    await page.goto(`${session.site.url}begrippen/`);
    await footerSwitch(page).uncheck();
    await page.locator("h1").click();
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe("INPUT");
    expect(await axeViolations(page)).toEqual([]);

    await openStepped(session, "jeugdzorg/", {}, page);
    await page.locator(".workshop-launcher").waitFor();
    const barSwitch = page.locator(".workshop-launcher").getByRole("checkbox");
    expect([await footerSwitch(page).isChecked(), await barSwitch.isChecked()]).toEqual([false, false]);
    expect(await page.getByRole("button", { name: "Presenteer", exact: true }).count()).toBe(1);
    await footerSwitch(page).check();
    await expect.poll(() => barSwitch.isChecked()).toBe(true);
    expect(await page.getByRole("button", { name: "Presenteer (P)" }).count()).toBe(1);
    await page.locator("h1").click();
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("type"))).toBe("search");
    await page.context().close();
  });

  it("is not shown without JavaScript, where it could not work", async () => {
    const page = await session.page({}, { scripts: false });
    await page.goto(`${session.site.url}begrippen/`);
    expect(await footerSwitch(page).isVisible()).toBe(false);
    await page.context().close();
  });
});

describe("search", () => {
  it("3.3.2 the module filter has a visible label, also at 320 px", async () => {
    for (const width of [1280, 320]) {
      const page = await session.page({ viewport: { width, height: 640 } });
      await page.goto(`${session.site.url}zoeken/`);
      const label = page.locator("label[for='zoek-filter']");
      expect(await label.innerText()).toBe("Zoek in");
      const box = (await label.boundingBox())!;
      expect(box.width, `${width}`).toBeGreaterThan(20);
      expect(await label.evaluate((l) => getComputedStyle(l).clip)).not.toMatch(/rect\(0/);
      expect(await page.getByLabel("Zoek in").evaluate((e) => e.tagName)).toBe("SELECT");
      await page.context().close();
    }
  });

  it("reads out the number of results once typing has settled, not for every letter", async () => {
    const page = await session.page();
    await page.goto(`${session.site.url}begrippen/`);
    await page.evaluate(() => {
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      new MutationObserver(() => {
        for (const region of document.querySelectorAll("header [role=status]")) if (region.textContent?.trim()) said.push(region.textContent.trim());
      }).observe(document.querySelector("header")!, { subtree: true, childList: true, characterData: true });
    });
    await page.keyboard.press("/");
    // A person typing at an ordinary pace: a quarter of a second between letters.
    await page.keyboard.type("taaltoets", { delay: 250 });
    // Typing is over once the whole word is read out; by then nothing else may have been.
    const said = () => page.evaluate(() => [...new Set((window as unknown as { said: string[] }).said)]);
    await expect.poll(async () => (await said()).at(-1) ?? "", { timeout: 10_000 }).toMatch(/‘taaltoets’/);
    expect(await said()).toHaveLength(1);
    await page.context().close();
  });
});

describe("PageDown in reading mode", () => {
  it("scrolls through a step taller than the window before it goes on to the next step", async () => {
    const page = await openStepped(session, "jeugdzorg/#wachtlijsten", { reducedMotion: "reduce", viewport: { width: 1024, height: 500 } });
    const endInView = () => page.evaluate(() => document.querySelector("[data-step='wachtlijsten']")!.getBoundingClientRect().bottom <= innerHeight + 1);
    const scrolled = () => page.evaluate(() => scrollY);
    let presses = 0;
    for (let seenEnd = false; hashOf(page) === "#wachtlijsten"; presses++) {
      expect(presses, "te vaak gedrukt").toBeLessThan(30);
      // The press that goes on comes only after the reader has had the end of the step on screen.
      seenEnd = await endInView();
      const before = await scrolled();
      await page.keyboard.press("PageDown");
      await expect.poll(async () => hashOf(page) !== "#wachtlijsten" || (await scrolled()) !== before).toBe(true);
      await scrollSettled(page);
      if (hashOf(page) !== "#wachtlijsten") expect(seenEnd).toBe(true);
    }
    expect(presses).toBeGreaterThan(1);
    expect(hashOf(page)).toBe("#belangen");
    await expect.poll(() => focusedText(page)).toBe("Dilemma 2: tegengestelde belangen");
    await page.context().close();
  });
});
