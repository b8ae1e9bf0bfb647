// Workshop mode as a facilitator uses it: presenting "Dilemma's in de jeugdzorg" with clicker keys only, the
// presenter view in a second window, recording what the group decided, taking it along (Markdown, JSON, print),
// damaged saved data, and printing a module as a handout. Every state is checked with axe.
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { openSession, type Session } from "./browser.ts";
import { axeViolations } from "./axe.ts";
import { focusedText, liveText, overview, visibleStepTitles, waitForStepper } from "./walk.ts";

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(() => session?.close());

const moduleUrl = () => `${session.site.url}jeugdzorg/`;
const hash = (page: Page) => new URL(page.url()).hash;
const visibleOptions = (page: Page) =>
  page.$$eval("[data-option]", (options) => options.filter((o) => (o as HTMLElement).offsetParent !== null).map((o) => (o as HTMLElement).dataset.option));
const isVisible = (page: Page, selector: string) => page.locator(selector).first().isVisible();
const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent?.trim() ?? "");

async function open(hashPart = "", options = {}, context?: BrowserContext): Promise<Page> {
  const page = context ? await context.newPage() : await session.page({ reducedMotion: "reduce", ...options });
  await page.goto(moduleUrl() + hashPart);
  await waitForStepper(page);
  await page.locator(".workshop-launcher").waitFor();
  return page;
}

/** Font size in px of the first paragraph of the visible step. */
const bodyTextSize = (page: Page) =>
  page.$$eval("[data-step] .step__body p", (ps) => {
    const p = ps.find((e) => (e as HTMLElement).offsetParent !== null);
    return p ? parseFloat(getComputedStyle(p).fontSize) : 0;
  });

/** Presses a clicker key until the URL points at `target`: a tall step first pages down (or up). */
async function clickTo(page: Page, key: string, target: string, keyboard = page.keyboard): Promise<void> {
  for (let presses = 0; hash(page) !== target; presses++) {
    expect(presses, `te vaak gedrukt voor ${target}`).toBeLessThan(6);
    await keyboard.press(key);
    await page.waitForTimeout(150);
  }
}

async function startPresenting(page: Page): Promise<void> {
  await page.keyboard.press("p");
  await expect.poll(() => isVisible(page, ".presentation-bar")).toBe(true);
  await expect.poll(() => isVisible(page, "#site-header")).toBe(false);
}

describe("presenting", () => {
  it("walks jeugdzorg from start to end with clicker keys only, into and out of every carousel and dialog", async () => {
    const page = await open("", { viewport: { width: 1280, height: 720 } });
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

    await startPresenting(page);
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
      for (let presses = 0; i > 0 && hash(page) !== target; presses++) {
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
        await expect.poll(async () => hash(page) === target || (await scrollPosition()) !== scrolled).toBe(true);
        if (hash(page) === target) expect(seenAll, `${target}: vorige stap niet helemaal getoond`).toBe(true);
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
    expect(hash(page)).toBe("#afsluiting");

    // Back goes into the last carousel at its last option, then one option back.
    for (let presses = 0; hash(page) === "#afsluiting"; presses++) {
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
    expect(hash(page)).toBe("#privacyadviseurs-betrekken");
    expect(await visibleStepTitles(page)).toEqual(["Dilemma 5: privacy en gegevens"]);
    expect(await page.getByRole("button", { name: "Volgende stap" }).isVisible()).toBe(true);
    await expect.poll(() => liveText(page)).toBe("Presentatie gestopt.");
    expect(await bodyTextSize(page)).toBeLessThan(28);
    await page.context().close();
  });

  it("is readable at 1920 × 1080, shows the step's QR code on Q, and starts from the Presenteer button", async () => {
    const page = await open("#wachtlijsten", { viewport: { width: 1920, height: 1080 } });
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
    expect(await dialog.locator(".qr-dialog__url").innerText()).toBe(`${moduleUrl()}#wachtlijsten`);
    expect(await axeViolations(page)).toEqual([]);
    // Escape first closes the QR code, then leaves presentation mode.
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await isVisible(page, ".presentation-bar")).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => isVisible(page, ".presentation-bar")).toBe(false);
    expect(hash(page)).toBe("#wachtlijsten");
    await page.context().close();
  });

  it("goes fullscreen on F, or says it fills the window where fullscreen is refused", async () => {
    const page = await open("#belangen");
    await startPresenting(page);
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
    const page = await open("#belangen");
    await page.getByRole("checkbox", { name: "Sneltoetsen met één toets aan (P, F, Q, B en / voor zoeken)" }).uncheck();
    await page.locator("h2#belangen").focus();
    await page.keyboard.press("p");
    expect(await isVisible(page, ".presentation-bar")).toBe(false);
    await page.getByRole("button", { name: "Presenteer", exact: true }).click();
    await expect.poll(() => isVisible(page, ".presentation-bar")).toBe(true);
    await page.keyboard.press("b");
    expect(await page.locator("[data-blank]").count()).toBe(0);
    // "/" no longer jumps to search either (Ctrl+K, with a modifier, still does).
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe("zoek-header");
    await clickTo(page, "PageDown", "#tarieven-samen-onderbouwen");
    expect(await visibleOptions(page)).toEqual(["tarieven-samen-onderbouwen"]);
    await page.context().close();
  });
});

describe("presenter view", () => {
  it("opens in a second window, follows the presentation, and moves it with its own keys", async () => {
    const page = await open("", { viewport: { width: 1280, height: 720 } });
    // Readers never see the facilitator notes.
    await page.evaluate(() => (location.hash = "wachtlijsten"));
    await expect.poll(() => visibleStepTitles(page)).toEqual(["Dilemma 1: wachtlijsten en krapte"]);
    expect(await page.getByText("Hoe lang wachten kinderen bij jullie op hulp?").isVisible()).toBe(false);
    await page.evaluate(() => (location.hash = "inleiding"));
    await expect.poll(() => visibleStepTitles(page)).toEqual(["Inleiding: hetzelfde doel, toch tegenover elkaar"]);

    await startPresenting(page);
    const [presenter] = await Promise.all([page.waitForEvent("popup"), page.getByRole("button", { name: "Open begeleidersscherm" }).click()]);
    await presenter.waitForLoadState();
    const now = presenter.locator(".presenter-view__now p");
    const next = presenter.locator(".presenter-view__next p");
    await expect.poll(() => now.innerText()).toBe("Stap 1 van 7: Inleiding: hetzelfde doel, toch tegenover elkaar");
    // The clicker opens the "Meer achtergrond" dialog of the step before it moves on.
    expect(await next.innerText()).toBe("Stap 1 van 7: Inleiding: hetzelfde doel, toch tegenover elkaar · Venster: Gemeenten en de Jeugdwet");
    const notes = presenter.locator("[data-presenter-step]:visible");
    await expect.poll(() => notes.innerText()).toMatch(/^Notities: Inleiding: hetzelfde doel, toch tegenover elkaar\n+Bij deze stap staan geen notities\.$/);
    await expect.poll(() => presenter.getByRole("timer", { name: "Tijd", exact: true }).innerText()).toMatch(/^00:0\d$/);

    await page.bringToFront();
    await clickTo(page, "PageDown", "#wachtlijsten");
    await expect.poll(() => now.innerText()).toBe("Stap 2 van 7: Dilemma 1: wachtlijsten en krapte");
    expect(await next.innerText()).toBe("Stap 2 van 7: Dilemma 1: wachtlijsten en krapte · Voorbeeld 1 van 4: Bespreek elk kwartaal de wachtlijst");
    expect(await notes.innerText()).toContain("Hoe lang wachten kinderen bij jullie op hulp?");
    expect(await presenter.getByText("Wie bepaalt bij jullie welke hulp een kind krijgt?").isVisible()).toBe(false);
    // The presenter view records the dilemma on screen, out of sight of the room.
    expect(await presenter.getByRole("heading", { name: "Vastleggen: Dilemma 1: wachtlijsten en krapte" }).isVisible()).toBe(true);
    expect(await axeViolations(presenter)).toEqual([]);

    // The clicker may be pointed at the presenter window: it moves the presentation.
    await presenter.bringToFront();
    await presenter.locator("h1").click();
    // A dilemma is taller than the 720 px screen: the first press pages the presentation down, the next moves on.
    await presenter.keyboard.press("ArrowRight");
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
    expect(hash(page)).toBe("#wachtlijsten");
    await clickTo(page, "ArrowRight", "#wachtlijst-elk-kwartaal-bespreken", presenter.keyboard);
    await expect.poll(() => visibleOptions(page)).toEqual(["wachtlijst-elk-kwartaal-bespreken"]);
    await expect.poll(() => now.innerText()).toBe("Stap 2 van 7: Dilemma 1: wachtlijsten en krapte · Voorbeeld 1 van 4: Bespreek elk kwartaal de wachtlijst");
    await presenter.getByRole("button", { name: "Terug" }).click();
    await expect.poll(() => hash(page)).toBe("#wachtlijsten");
    await presenter.keyboard.press("b");
    await expect.poll(() => page.locator("[data-blank]").count()).toBe(1);
    await expect.poll(() => presenter.getByRole("status").first().innerText()).toBe("Het scherm in de zaal is zwart.");

    await page.bringToFront();
    // On the black screen Escape first brings the room's screen back; the next Escape stops the presentation.
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("[data-blank]").count()).toBe(0);
    await expect.poll(() => presenter.getByRole("status").first().innerText()).toBe("");
    await page.keyboard.press("Escape");
    await expect.poll(() => presenter.getByRole("status").first().innerText()).toBe("De presentatie is gestopt. Start ‘Presenteer’ in het andere venster om verder te gaan.");
    await page.context().close();
  });

  it("reads as a list of all notes without JavaScript", async () => {
    const page = await session.page({ javaScriptEnabled: false });
    await page.goto(`${moduleUrl()}begeleider/`);
    expect(await page.locator("[data-presenter-step]").count()).toBe(7);
    for (const question of ["Hoe lang wachten kinderen bij jullie op hulp?", "Welke administratie kan bij jullie weg?"]) {
      expect(await page.getByText(question).isVisible()).toBe(true);
    }
    // Only the notes: the text of the steps itself is not repeated.
    expect(await page.getByText("We hebben al lang te weinig personeel").count()).toBe(0);
    await page.context().close();
  });
});

/** Adds an afspraak with the keyboard: Enter on "Afspraak toevoegen", then type into the new field that has focus. */
async function addAfspraak(page: Page, text: string): Promise<void> {
  const count = await page.locator(".afspraak").count();
  await page.getByRole("button", { name: "Afspraak toevoegen" }).focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest(".afspraak legend, .afspraak")?.querySelector("legend")?.textContent)).toBe(`Afspraak ${count + 1}`);
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("TEXTAREA");
  await page.keyboard.type(text);
}

/** Records on dilemma 1 what a group decided, by keyboard where a facilitator would. */
async function recordExample(page: Page): Promise<void> {
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

const afspraakTexts = (page: Page) => page.locator(".afspraak textarea").evaluateAll((t) => t.map((x) => (x as HTMLTextAreaElement).value));

describe("recording", () => {
  it("records a position and two afspraken, reorders them by keyboard, and finds them after a reload", async () => {
    const page = await open("#wachtlijsten");
    await recordExample(page);
    expect(await page.getByRole("radio", { name: "Neigt naar Gemeente" }).first().isChecked()).toBe(true);
    expect(await afspraakTexts(page)).toEqual(["Elk kwartaal de wachtlijst bespreken", "Overbruggingszorg na zes weken"]);
    await page.getByRole("button", { name: "Afspraak 2 omhoog" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => afspraakTexts(page)).toEqual(["Overbruggingszorg na zes weken", "Elk kwartaal de wachtlijst bespreken"]);
    // The moved afspraak is first now, so "omhoog" is gone and focus waits on its "omlaag".
    expect(await focusedLabel(page)).toBe("Afspraak 1 omlaag");
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await page.locator(".record-panel").waitFor();
    expect(await page.getByLabel("Naam van de sessie").inputValue()).toBe("Workshop Gemeente X, 12 maart");
    expect(await page.getByRole("group", { name: "Positie van Hele groep" }).getByRole("radio", { name: "Neigt naar Gemeente" }).isChecked()).toBe(true);
    expect(await page.getByRole("group", { name: "Positie van Zorgaanbieders" }).getByRole("radio", { name: "Neigt naar Zorgaanbieder" }).isChecked()).toBe(true);
    expect(await page.getByLabel("Notities", { exact: true }).inputValue()).toBe("De wachttijd verschilt per wijk.");
    expect(await afspraakTexts(page)).toEqual(["Overbruggingszorg na zes weken", "Elk kwartaal de wachtlijst bespreken"]);
    expect(await page.getByLabel("Wanneer", { exact: true }).nth(1).inputValue()).toBe("2027-04-01");

    await page.getByRole("button", { name: "Afspraak 1 verwijderen" }).click();
    await expect.poll(() => afspraakTexts(page)).toEqual(["Elk kwartaal de wachtlijst bespreken"]);
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.value)).toBe("Elk kwartaal de wachtlijst bespreken");

    // On a step that is not a dilemma there is nothing to record.
    await page.getByRole("button", { name: "Sluiten" }).click();
    await expect.poll(() => focusedText(page)).toBe("Vastleggen");
    await page.evaluate(() => (location.hash = "inleiding"));
    await page.getByRole("button", { name: "Vastleggen" }).click();
    await expect.poll(() => page.getByText("Bij deze stap leg je niets vast.", { exact: false }).isVisible()).toBe(true);
    expect(await page.getByRole("heading", { name: "Vastleggen", exact: true }).isVisible()).toBe(true);
    await page.context().close();
  });

  it("starts, switches and deletes sessions, deleting only after confirmation", async () => {
    const page = await open("#belangen");
    await page.getByRole("button", { name: "Vastleggen" }).click();
    await page.getByLabel("Naam van de sessie").fill("Ochtend");
    await page.getByLabel("Notities", { exact: true }).fill("Notitie van de ochtend");
    await page.getByRole("button", { name: "Nieuwe sessie" }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("record-session-name");
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("Middag");
    expect(await page.getByLabel("Notities", { exact: true }).inputValue()).toBe("");
    await page.getByLabel("Sessie", { exact: true }).selectOption({ label: "Ochtend" });
    await expect.poll(() => page.getByLabel("Notities", { exact: true }).inputValue()).toBe("Notitie van de ochtend");

    await page.getByRole("button", { name: "Sessie verwijderen" }).click();
    const confirm = page.getByRole("dialog", { name: "Sessie verwijderen?" });
    await expect.poll(() => confirm.isVisible()).toBe(true);
    expect(await confirm.innerText()).toContain("Wil je de sessie ‘Ochtend’ verwijderen?");
    expect(await focusedText(page)).toBe("Annuleren");
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await expect.poll(() => confirm.isVisible()).toBe(false);
    expect(await page.getByLabel("Sessie", { exact: true }).locator("option").allInnerTexts()).toEqual(["Ochtend", "Middag"]);

    await page.getByRole("button", { name: "Sessie verwijderen" }).click();
    await confirm.getByRole("button", { name: "Ja, verwijderen" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "verwijderd" }).innerText()).toBe("De sessie ‘Ochtend’ is verwijderd.");
    expect(await page.getByLabel("Sessie", { exact: true }).locator("option").allInnerTexts()).toEqual(["Middag"]);
    expect(await focusedText(page)).toBe("Nieuwe sessie");
    await page.context().close();
  });

  it("keeps the edits of two tabs on the same session: each tab sees the other's", async () => {
    const context = await session.browser.newContext({ reducedMotion: "reduce" });
    const first = await open("#wachtlijsten", {}, context);
    await first.getByRole("button", { name: "Vastleggen" }).click();
    await first.getByLabel("Naam van de sessie").fill("Twee tabbladen");
    const second = await open("#wachtlijsten", {}, context);
    await second.getByRole("button", { name: "Vastleggen" }).click();
    expect(await second.getByLabel("Naam van de sessie").inputValue()).toBe("Twee tabbladen");

    await addAfspraak(first, "Uit het eerste tabblad");
    await expect.poll(() => afspraakTexts(second)).toEqual(["Uit het eerste tabblad"]);
    await addAfspraak(second, "Uit het tweede tabblad");
    await second.getByLabel("Notities", { exact: true }).fill("Getypt in het tweede tabblad");
    await expect.poll(() => afspraakTexts(first)).toEqual(["Uit het eerste tabblad", "Uit het tweede tabblad"]);
    await first.getByRole("radio", { name: "In het midden" }).check();
    await expect.poll(() => second.getByRole("radio", { name: "In het midden" }).isChecked()).toBe(true);
    expect(await first.getByLabel("Notities", { exact: true }).inputValue()).toBe("Getypt in het tweede tabblad");

    for (const page of [first, second]) {
      await page.reload();
      await page.locator(".record-panel").waitFor();
      expect(await afspraakTexts(page)).toEqual(["Uit het eerste tabblad", "Uit het tweede tabblad"]);
      expect(await page.getByLabel("Notities", { exact: true }).inputValue()).toBe("Getypt in het tweede tabblad");
      expect(await page.getByRole("radio", { name: "In het midden" }).isChecked()).toBe(true);
    }
    await context.close();
  });
});

describe("taking a session along", () => {
  it("exports Markdown with the position, the notes and the afspraken", async () => {
    const page = await open("#wachtlijsten");
    await recordExample(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download als Markdown" }).click()]);
    expect(download.suggestedFilename()).toBe("workshop-gemeente-x-12-maart.md");
    const markdown = await readFile((await download.path())!, "utf8");
    expect(markdown).toMatch(/^# Workshop Gemeente X, 12 maart\n/);
    for (const line of [
      "## Dilemma's in de jeugdzorg",
      "### Dilemma 1: wachtlijsten en krapte",
      "**Waar staat de groep?** (Zorgaanbieder … Gemeente)",
      "- Hele groep: Neigt naar Gemeente (4 van 5)",
      "- Zorgaanbieders: Neigt naar Zorgaanbieder (2 van 5)",
      "De wachttijd verschilt per wijk.",
      "1. Elk kwartaal de wachtlijst bespreken (wie: Beleidsadviseur, wanneer: 1 april 2027)",
      "2. Overbruggingszorg na zes weken (wie: Zorgaanbieder)",
    ]) {
      expect(markdown.split("\n")).toContain(line);
    }
    await page.context().close();
  });

  it("imports the exported JSON in a fresh profile and shows the same record", async () => {
    const page = await open("#wachtlijsten");
    await recordExample(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download als JSON" }).click()]);
    const json = await readFile((await download.path())!);
    await page.context().close();

    const fresh = await open("#wachtlijsten");
    await fresh.getByRole("button", { name: "Vastleggen" }).click();
    await fresh.getByLabel("JSON-bestand importeren").setInputFiles({ name: download.suggestedFilename(), mimeType: "application/json", buffer: json });
    await expect.poll(() => fresh.locator(".record-panel__status").innerText()).toBe("De sessie ‘Workshop Gemeente X, 12 maart’ is geïmporteerd.");
    expect(await fresh.getByLabel("Naam van de sessie").inputValue()).toBe("Workshop Gemeente X, 12 maart");
    expect(await fresh.getByRole("group", { name: "Positie van Hele groep" }).getByRole("radio", { name: "Neigt naar Gemeente" }).isChecked()).toBe(true);
    expect(await fresh.getByLabel("Notities", { exact: true }).inputValue()).toBe("De wachttijd verschilt per wijk.");
    expect(await afspraakTexts(fresh)).toEqual(["Elk kwartaal de wachtlijst bespreken", "Overbruggingszorg na zes weken"]);
    expect(await fresh.getByLabel("Wie", { exact: true }).first().inputValue()).toBe("Beleidsadviseur");
    await fresh.context().close();
  });

  it("refuses a damaged or foreign file with a clear Dutch message and changes nothing", async () => {
    const page = await open("#wachtlijsten");
    await page.getByRole("button", { name: "Vastleggen" }).click();
    await page.getByLabel("Notities", { exact: true }).fill("Al vastgelegd");
    const saved = () => page.evaluate(() => localStorage.getItem("sdu:workshop"));
    const before = await saved();
    const input = page.getByLabel("JSON-bestand importeren");
    const cases: [string, string][] = [
      ['{"format":"sociaal-domein-uitgelegd/workshop-sessie","version":2,"session":{"id":"x"', "Dit bestand kunnen we niet lezen: het is geen JSON-bestand. Er is niets veranderd."],
      ['{"type":"FeatureCollection","features":[]}', "Dit bestand is geen workshopsessie van deze site. Er is niets veranderd."],
      ['{"format":"sociaal-domein-uitgelegd/workshop-sessie","version":2,"session":{"id":"x","name":"X"}}', "Dit bestand is geen complete workshopsessie: de datum waarop de sessie begon ontbreekt. Misschien is het bestand met de hand aangepast en is een veld hernoemd of weggehaald. Exporteer de sessie opnieuw als JSON, of vraag de maker om het originele bestand. Er is niets veranderd."],
    ];
    for (const [text, message] of cases) {
      await input.setInputFiles({ name: "sessie.json", mimeType: "application/json", buffer: Buffer.from(text) });
      await expect.poll(() => page.getByRole("alert").filter({ hasText: "Er is niets veranderd." }).innerText()).toBe(message);
      expect(await saved()).toBe(before);
    }
    expect(await page.getByLabel("Notities", { exact: true }).inputValue()).toBe("Al vastgelegd");
    expect(await page.getByLabel("Sessie", { exact: true }).locator("option").count()).toBe(1);
    await page.context().close();
  });

  it("prints a tidy handout of the session", async () => {
    const page = await open("#wachtlijsten");
    await recordExample(page);
    const [handout] = await Promise.all([page.context().waitForEvent("page"), page.getByRole("link", { name: /Verslag om af te drukken/ }).click()]);
    await handout.locator(".handout").waitFor();
    expect(await handout.getByRole("heading", { level: 2 }).first().innerText()).toBe("Workshop Gemeente X, 12 maart");
    expect(await handout.getByRole("heading", { name: "Dilemma 1: wachtlijsten en krapte" }).isVisible()).toBe(true);
    expect(await handout.getByText("Hele groep: Neigt naar Gemeente (4 van 5)").isVisible()).toBe(true);
    expect(await axeViolations(handout)).toEqual([]);
    await handout.emulateMedia({ media: "print" });
    expect(await handout.getByRole("button").count()).toBe(0);
    expect(await isVisible(handout, "#site-header")).toBe(false);
    const items = await handout.locator(".handout__dilemma .handout__afspraken li").allInnerTexts();
    expect(items).toEqual(["Elk kwartaal de wachtlijst bespreken (wie: Beleidsadviseur, wanneer: 1 april 2027)", "Overbruggingszorg na zes weken (wie: Zorgaanbieder)"]);
    // At the end, every afspraak once more in one list, with the dilemma it came from.
    expect(await handout.getByRole("region", { name: "Alle afspraken" }).getByRole("listitem").allInnerTexts()).toEqual([
      "Elk kwartaal de wachtlijst bespreken (wie: Beleidsadviseur, wanneer: 1 april 2027; bij Dilemma 1: wachtlijsten en krapte)",
      "Overbruggingszorg na zes weken (wie: Zorgaanbieder; bij Dilemma 1: wachtlijsten en krapte)",
    ]);
    expect(await handout.getByText("De wachttijd verschilt per wijk.").isVisible()).toBe(true);
    await page.context().close();
  });
});

describe("saved data", () => {
  it("moves a corrupt saved value aside, says so, and offers the damaged data for download", async () => {
    const page = await open("#wachtlijsten");
    await page.evaluate(() => localStorage.setItem("sdu:workshop", '{"version":2,"sessions":[{"kapot'));
    await page.reload();
    await page.getByRole("button", { name: "Vastleggen" }).click();
    const notice = page.getByRole("alert").filter({ hasText: "konden niet worden gelezen" });
    expect(await notice.innerText()).toContain(
      "De opgeslagen workshopgegevens konden niet worden gelezen. We zijn opnieuw begonnen en hebben de oude gegevens apart bewaard.",
    );
    const link = notice.getByRole("link", { name: "Download de beschadigde gegevens" });
    expect(decodeURIComponent((await link.getAttribute("href"))!)).toBe('data:application/json;charset=utf-8,{"version":2,"sessions":[{"kapot');
    expect(await page.evaluate(() => localStorage.getItem("sdu:workshop:backup"))).toBe('{"version":2,"sessions":[{"kapot');
    expect(await axeViolations(page)).toEqual([]);
    // Recording works again, and the backup stays.
    await page.getByLabel("Notities", { exact: true }).fill("Nieuw begin");
    await page.reload();
    await page.locator(".record-panel").waitFor();
    expect(await page.getByLabel("Notities", { exact: true }).inputValue()).toBe("Nieuw begin");
    expect(await page.evaluate(() => localStorage.getItem("sdu:workshop:backup"))).toBe('{"version":2,"sessions":[{"kapot');
    await page.context().close();
  });

  it("migrates a saved value of the first version", async () => {
    const page = await open("#wachtlijsten");
    await page.evaluate(() => {
      const dilemma = { moduleId: "jeugdzorg", moduleTitle: "Dilemma's in de jeugdzorg", stepId: "wachtlijsten", title: "Dilemma 1: wachtlijsten en krapte", number: 2, perspectives: ["Zorgaanbieder", "Gemeente"] };
      const at = "2026-11-01T09:00:00.000Z";
      const record = { dilemma, position: 5, notes: "Uit de oude versie", afspraken: [{ id: "a", text: "Oude afspraak" }] };
      localStorage.setItem("sdu:workshop", JSON.stringify({ version: 1, currentId: "oud", sessions: [{ id: "oud", name: "Oude sessie", createdAt: at, updatedAt: at, records: { "jeugdzorg/wachtlijsten": record } }] }));
    });
    await page.reload();
    await page.getByRole("button", { name: "Vastleggen" }).click();
    expect(await page.getByLabel("Naam van de sessie").inputValue()).toBe("Oude sessie");
    expect(await page.getByRole("radio", { name: "Gemeente", exact: true }).isChecked()).toBe(true);
    expect(await afspraakTexts(page)).toEqual(["Oude afspraak"]);
    expect(await page.getByRole("alert").filter({ hasText: "konden niet worden gelezen" }).count()).toBe(0);
    await page.context().close();
  });
});

describe("printing a module", () => {
  it("prints every step, option and dialog as one article, without buttons, and without a link phones cannot open", async () => {
    const page = await open("#privacy");
    await page.emulateMedia({ media: "print" });
    const steps = await overview(page);
    for (const step of steps) expect(await page.locator(`h2#${step.id}`).isVisible(), step.id).toBe(true);
    const options = page.locator("[data-option]");
    expect(await options.count()).toBe(20);
    for (let i = 0; i < 20; i++) expect(await options.nth(i).isVisible()).toBe(true);
    expect(await page.getByRole("heading", { name: "Gemeenten en de Jeugdwet" }).isVisible()).toBe(true);
    expect(await page.locator("button:visible").count()).toBe(0);
    expect(await isVisible(page, ".workshop-launcher")).toBe(false);
    expect(await page.getByText("Hoe lang wachten kinderen bij jullie op hulp?").isVisible()).toBe(false);
    // Built without SITE_URL and served from this machine (127.0.0.1): no link on paper that leads nowhere
    // (the header with a QR code, in a build with SITE_URL, is in tests/e2e/offline.test.ts).
    const header = page.locator(".print-header");
    expect(await header.isVisible()).toBe(false);
    expect(await page.locator("body").innerText()).not.toMatch(/localhost|127\.0\.0\.1/);
    await page.context().close();
  });
});
