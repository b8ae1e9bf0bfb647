// Taking a session along: Markdown, JSON into a fresh profile, a damaged or foreign file refused in plain Dutch,
// the printed report of the session; and a module printed as a handout.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { useSession } from "./browser.ts";
import { axeViolations } from "./axe.ts";
import { overview } from "./walk.ts";
import { afspraakTexts, isVisible, openJeugdzorg, recordExample } from "./workshop-pages.ts";
import { builtTheme, loadTheme } from "./theme.ts";

const session = useSession();

describe("taking a session along", () => {
  it("exports Markdown with the position, the notes and the afspraken", async () => {
    const page = await openJeugdzorg(session, "#wachtlijsten");
    await recordExample(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download als Markdown" }).click()]);
    expect(download.suggestedFilename()).toBe("workshop-gemeente-x-12-maart.md");
    const markdown = await readFile((await download.path())!, "utf8");
    expect(markdown).toMatch(/^# Workshop Gemeente X, 12 maart\n/);
    for (const line of [
      "## Dilemma's in de jeugdzorg",
      "### Dilemma 1: wachtlijsten en krapte",
      "#### Waar staat de groep?",
      "Van 1 (Zorgaanbieder) tot 5 (Gemeente).",
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
    const page = await openJeugdzorg(session, "#wachtlijsten");
    await recordExample(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download als JSON" }).click()]);
    const json = await readFile((await download.path())!);
    await page.context().close();

    const fresh = await openJeugdzorg(session, "#wachtlijsten");
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
    const page = await openJeugdzorg(session, "#wachtlijsten");
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
    const page = await openJeugdzorg(session, "#wachtlijsten");
    await recordExample(page);
    const [handout] = await Promise.all([page.context().waitForEvent("page"), page.getByRole("link", { name: /Verslag om af te drukken/ }).click()]);
    await handout.locator(".handout").waitFor();
    expect(await handout.getByRole("heading", { level: 2 }).first().innerText()).toBe("Workshop Gemeente X, 12 maart");
    expect(await handout.getByRole("heading", { name: "Dilemma 1: wachtlijsten en krapte" }).isVisible()).toBe(true);
    expect(await handout.getByText("Hele groep: Neigt naar Gemeente (4 van 5)").isVisible()).toBe(true);
    expect(await axeViolations(handout)).toEqual([]);
    await handout.emulateMedia({ media: "print" });
    expect(await handout.getByRole("button").count()).toBe(0);
    // On paper the site's header is only its logo and name, in the theme's house colour: no navigation, no search.
    expect(await handout.locator("#site-header .site-header__name").innerText()).toBe((await loadTheme(builtTheme)).settings.name);
    expect(await isVisible(handout, "#site-header .site-nav")).toBe(false);
    expect(await isVisible(handout, "#site-header [role=search]")).toBe(false);
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

describe("printing a module", () => {
  it("prints every step, option and dialog as one article, without buttons, and without a link phones cannot open", async () => {
    const page = await openJeugdzorg(session, "#privacy");
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
