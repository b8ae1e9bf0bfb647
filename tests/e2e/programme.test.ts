// A workshop across modules and what the facilitator takes home: building a programme in the URL, presenting it,
// the report with line breaks and all afspraken, and importing a session file. axe runs on every new page and
// state. The run sheet, the draaiboek and the worksheet are in run-sheet.test.ts.
import { describe, expect, it } from "vitest";
import { useSession } from "./browser.ts";
import { axeViolations } from "./axe.ts";
import { openModule, pressUntil, withSavedSession } from "./workshop-pages.ts";
import { wachtlijsten } from "../unit/workshop-fixtures.ts";

const session = useSession();

const visibleTexts = (page: import("playwright-core").Page, selector: string) =>
  page.$$eval(selector, (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.textContent?.replace(/\s+/g, " ").trim() ?? ""));

describe("programme across modules", () => {
  it("builds a two-module programme in the URL and keeps it after a reload", async () => {
    const page = await session.page();
    await page.goto(`${session.site.url}workshop/programma/`);
    const choose = page.getByLabel("Kies een stap");
    await choose.selectOption("jeugdzorg:wachtlijsten");
    await page.getByRole("button", { name: "Voeg toe aan het programma" }).click();
    await choose.selectOption("inburgering:pip");
    await page.getByRole("button", { name: "Voeg toe aan het programma" }).click();
    await expect.poll(() => new URL(page.url()).search).toBe("?p=jeugdzorg:wachtlijsten,inburgering:pip");
    await expect.poll(() => page.getByRole("status").innerText()).toBe("‘Het persoonlijk plan inburgering en participatie (PIP)’ staat nu in het programma.");
    // Only some examples of dilemma 1.
    await page.getByRole("group", { name: "Voorbeelden en vensters bij ‘Dilemma 1: wachtlijsten en krapte’" }).getByLabel("Ruimte binnen de afspraak").uncheck();
    await expect.poll(() => new URL(page.url()).search).toBe(
      "?p=jeugdzorg:wachtlijsten:wachtlijst-elk-kwartaal-bespreken.overbruggingszorg-bij-lange-wachttijd.contact-met-wachtende-gezinnen,inburgering:pip",
    );
    // Order: the PIP first.
    await page.getByRole("button", { name: "‘Het persoonlijk plan inburgering en participatie (PIP)’ omhoog" }).click();
    await expect.poll(() => new URL(page.url()).search).toMatch(/^\?p=inburgering:pip,jeugdzorg:wachtlijsten:/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("‘Het persoonlijk plan inburgering en participatie (PIP)’ omlaag");
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await page.locator(".programme-builder__title").first().waitFor();
    await expect.poll(() => visibleTexts(page, ".programme-builder__title strong")).toEqual(["Het persoonlijk plan inburgering en participatie (PIP)", "Dilemma 1: wachtlijsten en krapte"]);
    expect(await page.getByRole("link", { name: "Draaiboek van dit programma" }).getAttribute("href")).toMatch(/\/workshop\/programma\/draaiboek\/\?p=inburgering:pip,jeugdzorg:wachtlijsten:/);
    await page.context().close();
  });

  it("names unknown modules and steps in plain Dutch and keeps them in the link", async () => {
    const page = await session.page();
    const asked = "?p=jeugdzorg:wachtlijsten,oude-module:intro,jeugdzorg:bestaat-niet";
    await page.goto(`${session.site.url}workshop/programma/${asked}`);
    await page.locator(".programme-builder .notice").first().waitFor();
    await expect.poll(() => visibleTexts(page, ".programme-builder .notice")).toEqual([
      "De module ‘oude-module’ bestaat niet op deze site. Deze stap blijft in de link staan maar wordt overgeslagen.",
      "De stap ‘bestaat-niet’ bestaat niet in de module ‘Dilemma's in de jeugdzorg’. Deze stap blijft in de link staan maar wordt overgeslagen.",
    ]);
    expect(new URL(page.url()).search).toBe(asked);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("lists every module and step without JavaScript", async () => {
    const page = await session.page({}, { scripts: false });
    await page.goto(`${session.site.url}workshop/programma/`);
    expect(await page.locator(".programme__module").count()).toBe(7);
    expect(await page.getByRole("link", { name: "Dilemma 1: wachtlijsten en krapte" }).getAttribute("href")).toBe("/jeugdzorg/#wachtlijsten");
    expect(await page.getByRole("link", { name: "Draaiboek van ‘Dilemma's in de jeugdzorg’" }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe("presenting a programme across modules", () => {
  it("walks two modules with the presenter view following, records in programme order and shows that in the report", async () => {
    // The PIP without its options, then dilemma 5 before dilemma 1 (not the module's order), with one example.
    const programme = "inburgering:pip:,jeugdzorg:privacy:,jeugdzorg:wachtlijsten:overbruggingszorg-bij-lange-wachttijd";
    const page = await session.page({ reducedMotion: "reduce", viewport: { width: 1280, height: 720 } });
    await page.goto(`${session.site.url}workshop/programma/?p=${programme}`);
    await page.getByRole("link", { name: "Presenteer dit programma" }).click();
    await expect.poll(() => page.locator(".presentation-bar").isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toBe("/inburgering/");

    const [presenter] = await Promise.all([page.waitForEvent("popup"), page.getByRole("button", { name: "Begeleidersscherm" }).click()]);
    await presenter.waitForLoadState();
    expect(new URL(presenter.url()).search).toBe(`?p=${programme}`);
    const now = presenter.locator(".presenter-view__now .presenter-view__place");
    const next = presenter.locator(".presenter-view__next .presenter-view__place");
    // Numbered in the programme: three steps.
    await expect.poll(() => now.innerText()).toBe("Stap 1 van 3: Het persoonlijk plan inburgering en participatie (PIP)");
    // What comes next is in the other module: the presenter view names it.
    await expect.poll(() => next.innerText()).toBe("Stap 2 van 3: Dilemma 5: privacy en gegevens (in de module ‘Dilemma's in de jeugdzorg’)");
    // A paused clock shows that the time carries over to the next module's presenter page.
    await presenter.getByRole("button", { name: "Tijd pauzeren" }).click();
    const clock = presenter.getByRole("timer", { name: "Tijd", exact: true });
    const pausedAt = await clock.innerText();

    // The clicker at the presentation: it pages through the PIP, then shows jeugdzorg, where presenting goes on.
    await page.bringToFront();
    await pressUntil(page, "PageDown", () => new URL(page.url()).pathname === "/jeugdzorg/", "de volgende module");
    await expect.poll(() => page.locator(".presentation-bar").isVisible()).toBe(true);
    expect(new URL(page.url()).hash).toBe("#privacy");
    // The presenter window follows to the presenter page of jeugdzorg, with the same programme.
    await expect.poll(() => presenter.url()).toBe(`${session.site.url}jeugdzorg/begeleider/?p=${programme}#privacy`);
    await expect.poll(() => now.innerText()).toBe("Stap 2 van 3: Dilemma 5: privacy en gegevens");
    await expect.poll(() => next.innerText()).toBe("Stap 3 van 3: Dilemma 1: wachtlijsten en krapte");
    expect(await clock.innerText()).toBe(pausedAt);
    expect(await presenter.getByRole("button", { name: "Tijd verder laten lopen" }).isVisible()).toBe(true);
    expect(await axeViolations(presenter)).toEqual([]);

    // Recording in the presenter window, out of sight of the room.
    await presenter.bringToFront();
    await expect.poll(() => presenter.getByRole("heading", { name: "Vastleggen: Dilemma 5: privacy en gegevens" }).isVisible()).toBe(true);
    await presenter.getByLabel("Notities", { exact: true }).fill("Eerst toestemming vragen.");
    // The presenter's own clicker keys move the presentation along the programme: on to dilemma 1.
    await presenter.locator("h1").click();
    await pressUntil(presenter, "ArrowRight", async () => (await now.innerText()).startsWith("Stap 3 van 3: Dilemma 1"), "dilemma 1");
    await expect.poll(() => new URL(page.url()).hash).toBe("#wachtlijsten");
    // Only the chosen example counts: one of one.
    expect(await next.innerText()).toBe("Stap 3 van 3: Dilemma 1: wachtlijsten en krapte · Voorbeeld 1 van 1: Overbruggingszorg bij een lange wachttijd");
    await expect.poll(() => presenter.getByRole("heading", { name: "Vastleggen: Dilemma 1: wachtlijsten en krapte" }).isVisible()).toBe(true);
    await presenter.getByLabel("Notities", { exact: true }).fill("Overbruggingszorg na zes weken.");

    // The report follows the programme: dilemma 5 before dilemma 1.
    const report = await page.context().newPage();
    await report.goto(`${session.site.url}workshop/verslag/`);
    await report.locator(".handout__dilemma").first().waitFor();
    expect(await report.locator(".handout__dilemma h4").allInnerTexts()).toEqual(["Dilemma 5: privacy en gegevens", "Dilemma 1: wachtlijsten en krapte"]);
    expect(await report.locator(".handout__notes").allInnerTexts()).toEqual(["Eerst toestemming vragen.", "Overbruggingszorg na zes weken."]);
    await page.context().close();
  });
});

const at = "2027-03-12T10:00:00.000Z";
const dilemma = {
  ...wachtlijsten,
  question: "Waarom krijg ik niet meteen hulp?",
  url: "http://localhost:4321/jeugdzorg/#wachtlijsten",
};
const savedSession = {
  id: "s1",
  name: "Workshop Gemeente X",
  createdAt: at,
  updatedAt: at,
  records: {
    "jeugdzorg/wachtlijsten": {
      dilemma,
      positions: [{ id: "groep-1", group: "Hele groep", value: 4 }],
      notes: "Eerste regel\nTweede regel",
      afspraken: [
        { id: "a1", text: "Elk kwartaal de wachtlijst bespreken", owner: "Beleidsadviseur", due: "2027-04-01" },
        { id: "a2", text: "Wachtende gezinnen bellen", owner: "", due: "" },
      ],
    },
  },
};

describe("report", () => {
  it("keeps line breaks in notes, shows the question and the link, and ends with all afspraken", async () => {
    const page = await session.page();
    await withSavedSession(page, savedSession);
    await page.goto(`${session.site.url}workshop/verslag/`);
    const notes = page.locator(".handout__notes");
    await notes.waitFor();
    await expect.poll(() => notes.innerText()).toBe("Eerste regel\nTweede regel");
    expect(await page.locator(".handout__question").innerText()).toBe("Vraag: Waarom krijg ik niet meteen hulp?");
    expect(await page.getByRole("link", { name: "Open de stap ‘Dilemma 1: wachtlijsten en krapte’ online" }).getAttribute("href")).toBe(dilemma.url);
    const all = page.getByRole("region", { name: "Alle afspraken" });
    expect(await all.locator("li").allInnerTexts()).toEqual([
      "Elk kwartaal de wachtlijst bespreken (wie: Beleidsadviseur, wanneer: 1 april 2027; bij Dilemma 1: wachtlijsten en krapte)",
      "Wachtende gezinnen bellen (bij Dilemma 1: wachtlijsten en krapte)",
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe("importing a session file", () => {
  const file = (session: object) => ({
    name: "sessie.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ format: "sociaal-domein-uitgelegd/workshop-sessie", version: 2, session })),
  });

  it("says in plain Dutch what is wrong with a renamed field, leaves no empty session, and asks before a copy", async () => {
    const page = await openModule(session, "jeugdzorg/#wachtlijsten");
    await page.getByRole("button", { name: "Vastleggen" }).click();
    const input = page.getByLabel("JSON-bestand importeren");
    const sessions = page.getByLabel("Sessie", { exact: true }).locator("option");
    // Opening the panel starts no session: there is nothing to choose yet.
    await page.getByLabel("Naam van de sessie").waitFor();
    expect(await sessions.count()).toBe(0);

    const { afspraken, ...renamed } = savedSession.records["jeugdzorg/wachtlijsten"];
    await input.setInputFiles(file({ ...savedSession, records: { "jeugdzorg/wachtlijsten": { ...renamed, afspraaken: afspraken } } }));
    const alert = page.getByRole("alert").filter({ hasText: "Er is niets veranderd." });
    await expect.poll(() => alert.innerText()).toMatch(/^Dit bestand is geen complete workshopsessie: de afspraken bij het dilemma ‘Dilemma 1: wachtlijsten en krapte’ ontbreekt\./);
    expect(await alert.innerText()).not.toMatch(/session\.|geen lijst/);

    // Into a fresh browser: the import is the only session.
    await input.setInputFiles(file(savedSession));
    await expect.poll(() => page.locator(".record-panel__status").innerText()).toBe("De sessie ‘Workshop Gemeente X’ is geïmporteerd.");
    expect(await sessions.allInnerTexts()).toEqual(["Workshop Gemeente X"]);

    // The same file again changes nothing.
    await input.setInputFiles(file(savedSession));
    await expect.poll(() => page.locator(".record-panel__status").innerText()).toBe("De sessie ‘Workshop Gemeente X’ staat al in deze browser, precies zo. Er is niets veranderd.");
    expect(await sessions.allInnerTexts()).toEqual(["Workshop Gemeente X"]);

    // Another version of the same session: the facilitator chooses.
    await input.setInputFiles(file({ ...savedSession, name: "Workshop Gemeente X (middag)", updatedAt: "2027-03-12T15:00:00.000Z" }));
    const ask = page.getByRole("dialog", { name: "Deze sessie staat er al" });
    await expect.poll(() => ask.isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await ask.getByRole("button", { name: "Voeg toe als kopie" }).click();
    await expect.poll(() => sessions.allInnerTexts()).toEqual(["Workshop Gemeente X", "Workshop Gemeente X (middag) (kopie)"]);
    await page.context().close();
  });
});
