// Running a real workshop: a programme across three modules with a welcome, a break and a start time; its draaiboek
// printed as a run sheet (page.pdf, read back with PDF.js); recording in it; the report of that session; the
// participants' worksheet; a module's draaiboek; and Vastleggen on every step of every module. What the content
// says (times, questions, answers) is read from the frontmatter, so these tests hold whatever the authors write.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useSession } from "./browser.ts";
import { axeViolations } from "./axe.ts";
import { printedText } from "./printed-pdf.ts";
import { addAfspraak, openModule } from "./workshop-pages.ts";
import { overview } from "./walk.ts";
import { moduleIds, stepOf, stepsOf } from "../step-frontmatter.ts";
import { cueOf } from "../../src/lib/run-sheet.ts";
import { nlWorkshop } from "../../src/i18n/nl-workshop.ts";

const session = useSession();

const visibleTexts = (page: Page, selector: string) =>
  page.$$eval(selector, (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.textContent?.replace(/\s+/g, " ").trim() ?? ""));

/** "13:30" plus minutes, as the run sheet writes it. */
const clock = (minutes: number) => `${String(Math.floor((13 * 60 + 30 + minutes) / 60)).padStart(2, "0")}:${String((30 + minutes) % 60).padStart(2, "0")}`;
const span = (from: number, minutes: number | undefined) => (minutes ? `${clock(from)}–${clock(from + minutes)}` : clock(from));

const dilemma = stepOf("jeugdzorg", "wachtlijsten");
const pip = stepOf("inburgering", "pip");
const scenario = stepOf("toegang", "scenario");
const chosen = ["wachtlijst-elk-kwartaal-bespreken", "contact-met-wachtende-gezinnen"];
const programme = `_start@13.30,_welkom@10,jeugdzorg:wachtlijsten:${chosen.join(".")},_pauze@15,inburgering:pip@20,toegang:scenario`;
const answers = dilemma.vote ?? ["Vooral zorgaanbieder", "Vooral gemeente", "Allebei", "Weet ik niet"];
/** Facilitator text of the three steps that must never reach the participants. */
const facilitatorOnly = [dilemma, pip, scenario].flatMap((s) => [s.workshop?.goal, ...(s.workshop?.ask ?? []), s.workshop?.expect, s.workshop?.then].filter((t): t is string => Boolean(t)));

describe("a programme across three modules with a welcome, a break and a start time", () => {
  it("lives in the URL, prints as a run sheet, records, reports with votes and hands participants a worksheet", async () => {
    const page = await session.page();
    await page.goto(`${session.site.url}workshop/programma/`);
    await page.getByLabel("Begintijd").fill("13:30");
    await page.getByRole("button", { name: "Welkom toevoegen" }).click();
    const choose = page.getByLabel("Kies een stap");
    const add = page.getByRole("button", { name: "Voeg toe aan het programma" });
    await choose.selectOption("jeugdzorg:wachtlijsten");
    await add.click();
    const examples = page.getByRole("group", { name: `Voorbeelden en vensters bij ‘${dilemma.title}’` });
    await examples.getByLabel("Overbruggingszorg bij een lange wachttijd").uncheck();
    await examples.getByLabel("Ruimte binnen de afspraak").uncheck();
    await page.getByRole("button", { name: "Pauze toevoegen" }).click();
    await choose.selectOption("inburgering:pip");
    await add.click();
    await page.getByLabel(`Minuten voor ‘${pip.title}’`).fill("20");
    await page.getByLabel(`Minuten voor ‘${pip.title}’`).press("Enter");
    await choose.selectOption("toegang:scenario");
    await add.click();
    await expect.poll(() => new URL(page.url()).search).toBe(`?p=${programme}`);
    // Clock times follow the start time, the minutes and the order.
    const times = [10, dilemma.duration, 15, 20, scenario.duration];
    const starts = times.map((_, i) => times.slice(0, i).reduce<number>((sum, m) => sum + (m ?? 0), 0));
    const spans = times.map((m, i) => span(starts[i]!, m));
    await expect.poll(() => visibleTexts(page, ".programme-builder__time")).toEqual(spans);
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await expect.poll(() => visibleTexts(page, ".programme-builder__title strong")).toEqual(["Welkom", dilemma.title, "Pauze", pip.title, scenario.title]);
    const worksheetHref = await page.getByRole("link", { name: "Werkblad voor deelnemers" }).getAttribute("href");

    // The run sheet, on paper: clock times, what the group does, the answers A–D, and only the chosen voorbeelden.
    await page.getByRole("link", { name: "Draaiboek van dit programma" }).click();
    await page.locator(".draaiboek__total").waitFor();
    expect(await visibleTexts(page, ".draaiboek-step__title")).toEqual([`1. Welkom`, `2. ${dilemma.title}`, `3. Pauze`, `4. ${pip.title}`, `5. ${scenario.title}`]);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: "print" });
    const sheet = await printedText(page);
    for (const time of spans) expect(sheet).toContain(time);
    for (const step of [dilemma, pip, scenario]) expect(sheet).toContain(nlWorkshop.cues[cueOf(step)]);
    for (const [i, answer] of answers.entries()) expect(sheet).toContain(`${"ABCD"[i]}: ${answer}`);
    expect(sheet).toContain("Bespreek elk kwartaal de wachtlijst");
    expect(sheet).toContain("Houd contact met wachtende gezinnen");
    expect(sheet).not.toContain("Overbruggingszorg bij een lange wachttijd");
    expect(sheet).not.toContain("Ruimte binnen de afspraak");
    expect(sheet).not.toContain("Dilemma 2");
    expect(sheet).toContain(`Van 13:30 tot ${clock(starts[4]! + (scenario.duration ?? 0))}.`);

    // Recording inside the programme: a dilemma and a step where the group only talks.
    const context = page.context();
    const module = await openModule(session, `jeugdzorg/?p=${programme}#wachtlijsten`, {}, context);
    await module.getByRole("button", { name: "Vastleggen" }).click();
    await module.getByRole("group", { name: "Positie van Hele groep" }).getByRole("radio", { name: "Neigt naar Gemeente" }).check();
    await module.getByLabel("Notities", { exact: true }).fill("Triage per kwartaal.");
    await addAfspraak(module, "Wachtlijst elk kwartaal bespreken");
    const toegang = await openModule(session, `toegang/?p=${programme}#scenario`, {}, context);
    await toegang.getByRole("button", { name: "Vastleggen" }).click();
    await expect.poll(() => toegang.getByRole("heading", { name: `Vastleggen: ${scenario.title}` }).isVisible()).toBe(true);
    await toegang.getByLabel("Notities", { exact: true }).fill("Het loket kent de routes.");
    // The session keeps the programme with its times (read once from the site's list of steps).
    await expect.poll(() => toegang.evaluate(() => JSON.parse(localStorage.getItem("sdu:workshop")!).sessions[0].agenda?.items.length)).toBe(5);
    // The room voted with cards on the dilemma: 12 cards (the vote itself is tested in card-vote.test.ts).
    await toegang.evaluate((vote) => {
      const state = JSON.parse(localStorage.getItem("sdu:workshop")!);
      state.sessions[0].records["jeugdzorg/wachtlijsten"].votes = [vote];
      localStorage.setItem("sdu:workshop", JSON.stringify(state));
    }, { round: "", answers, counts: [6, 3, 2, 1], at: new Date().toISOString() });

    // The report of that session: the day, the programme with times, the votes with shares, no placeholders.
    await page.emulateMedia({ media: "screen" });
    await page.goto(`${session.site.url}workshop/verslag/`);
    await page.locator(".handout").waitFor();
    await page.getByLabel("Plaats (mag leeg)").fill("Stadhuis, zaal 2");
    const today = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric" }).format(new Date());
    await expect.poll(() => page.locator(".handout__facts").innerText()).toMatch(new RegExp(`^Datum:?\\s+${today}\\s+Plaats:?\\s+Stadhuis, zaal 2$`));
    const agenda = page.getByRole("region", { name: "Programma" });
    expect(await agenda.locator("tbody tr td:first-child").allInnerTexts()).toEqual(spans);
    expect(await agenda.locator("tbody tr td:nth-child(2)").allInnerTexts()).toEqual([
      "Welkom",
      `${dilemma.title} (Dilemma's in de jeugdzorg)`,
      "Pauze",
      `${pip.title} (Wet inburgering)`,
      `${scenario.title} (Toegang tot het sociaal domein)`,
    ]);
    const votes = page.locator(".vote-table tbody tr");
    expect(await votes.allInnerTexts()).toEqual(answers.map((answer, i) => `${"ABCD"[i]}: ${answer}\t${[6, 3, 2, 1][i]} (${[50, 25, 17, 8][i]} %)`));
    expect(await page.locator(".vote-table__bar").count()).toBe(4);
    for (const name of ["Waar staat de groep?", "Stemming met kaarten", "Notities", "Afspraken"]) expect(await page.getByRole("heading", { name, exact: true }).count()).toBeGreaterThan(0);
    expect(await page.getByRole("heading", { name: scenario.title }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: "print" });
    const report = await printedText(page);
    expect(report).toContain(`Datum: ${today}`);
    expect(report).toContain("6 (50 %)");
    expect(report).toContain("Het loket kent de routes.");
    expect(report).not.toMatch(/Nog niet gekozen|Nog geen afspraken|nog geen eigenaar|Gegevens van de sessie/);

    // The participants' worksheet: the programme's steps with the question for the room, no facilitator notes.
    await page.emulateMedia({ media: "screen" });
    await page.goto(new URL(worksheetHref!, session.site.url).href);
    await expect.poll(() => visibleTexts(page, ".worksheet-step__title")).toEqual([`1. ${dilemma.title}`, `2. ${pip.title}`, `3. ${scenario.title}`]);
    const questions = [dilemma, pip, scenario].map((s) => s.workshop?.question ?? s.question);
    expect(await visibleTexts(page, ".worksheet-step__question")).toEqual(questions);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: "print" });
    const worksheet = await printedText(page);
    for (const question of questions) expect(worksheet).toContain(question!.replace(/\s+/g, " "));
    for (const text of [...facilitatorOnly, "Wat de groep doet", "Antwoorden op de stemkaarten", "Welkom", "Pauze", "Trek hier"]) expect(worksheet).not.toContain(text);
    await context.close();
  });
});

describe("the draaiboek of a module", () => {
  it("adds up the steps' times, gives each a time of day from 0:00, and hands the module to the programme page", async () => {
    const page = await session.page();
    await page.goto(`${session.site.url}jeugdzorg/draaiboek/`);
    const steps = stepsOf("jeugdzorg");
    const total = steps.reduce((sum, s) => sum + (s.data.duration ?? 0), 0);
    expect(total).toBeGreaterThan(0);
    expect(await page.locator(".draaiboek__total").innerText()).toMatch(/^Totale tijd: \d/);
    expect(await page.locator(".draaiboek-step").count()).toBe(steps.length);
    expect(await visibleTexts(page, ".draaiboek-step__when")).toHaveLength(steps.length);
    expect((await visibleTexts(page, ".draaiboek-step__when"))[0]).toBe(steps[0]!.data.duration ? `0:00–0:${String(steps[0]!.data.duration).padStart(2, "0")}` : "0:00");
    expect(await page.locator("#draaiboek-wachtlijsten .facilitation__cue").innerText()).toBe(nlWorkshop.cues[cueOf(dilemma)]);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("link", { name: /^Maak een programma van deze module/ }).click();
    await expect.poll(() => new URL(page.url()).search).toBe(`?p=${steps.map((s) => `jeugdzorg:${s.stepId}`).join(",")}`);

    // The facilitator's side never reaches the reading page (and so neither its print nor the search index).
    const notes = steps.flatMap((s) => [s.data.workshop?.goal, ...(s.data.workshop?.ask ?? []), s.data.workshop?.expect, s.data.workshop?.then].filter((t): t is string => Boolean(t)));
    await page.goto(`${session.site.url}jeugdzorg/`);
    const reading = await page.evaluate(() => document.body.textContent?.replace(/\s+/g, " ") ?? "");
    for (const note of notes) expect(reading).not.toContain(note.replace(/\s+/g, " "));
    expect(reading).not.toContain("Wat de groep doet");
    await page.context().close();
  });
});

describe("without JavaScript", () => {
  it("the programme's draaiboek lists every step of every module with its time, and says why", async () => {
    const page = await session.page({}, { scripts: false });
    await page.goto(`${session.site.url}workshop/programma/draaiboek/?p=${programme}`);
    const all = moduleIds().reduce((sum, id) => sum + stepsOf(id).length, 0);
    expect(await page.locator(".draaiboek-step:visible").count()).toBe(all);
    expect(await page.locator(".draaiboek-step__when:visible").count()).toBe(all);
    expect(await page.content()).toContain("<noscript><p class=\"utrecht-alert utrecht-alert--warning notice\">Zonder JavaScript staan hier alle stappen van alle modules.");
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe("Vastleggen in every module", () => {
  it("records notes on the first and last step and a dilemma of each module, a scale only where the step has one, and reports them all", async () => {
    const page = await session.page();
    const context = page.context();
    const noted: string[] = [];
    for (const id of moduleIds()) {
      const module = await openModule(session, `${id}/`, {}, context);
      await module.getByRole("button", { name: "Vastleggen" }).click();
      const steps = await overview(module);
      const data = stepsOf(id);
      const scaled = data.find((s) => s.data.record)?.stepId;
      // One page per module; the recorder follows the step on screen without a reload.
      for (const step of steps.filter((s, i) => i === 0 || i === steps.length - 1 || s.id === scaled)) {
        await module.evaluate((hash) => (location.hash = hash), step.id);
        await expect.poll(() => module.locator(".record-panel__title").innerText(), { message: `${id}:${step.id}` }).toBe(`Vastleggen: ${step.title}`);
        const scale = data.find((s) => s.stepId === step.id)!.data.record;
        expect(await module.getByRole("heading", { name: "Waar staat de groep?" }).count(), `${id}:${step.id}`).toBe(scale ? 1 : 0);
        const note = `Notitie bij ${id}: ${step.title}`;
        await module.getByLabel("Notities", { exact: true }).fill(note);
        noted.push(note);
      }
      await module.close();
    }
    await page.goto(`${session.site.url}workshop/verslag/`);
    await page.locator(".handout__notes").first().waitFor();
    expect((await page.locator(".handout__notes").allInnerTexts()).sort()).toEqual(noted.sort());
    await context.close();
  });
});
