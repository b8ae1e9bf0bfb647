// The report of a workshop session (src/lib/workshop-report.ts): the Markdown export with the day, place and
// participants, the programme with times, questions, links, line breaks and one list of all afspraken, and no
// placeholders for what was not recorded; the order of a programme; escaping only where Markdown would change the text.
import { describe, expect, it } from "vitest";
import { emptyState } from "../../src/lib/workshop-record/schema.ts";
import { createSession, editRecord, recordEdits, setProgramme, setSessionDetails } from "../../src/lib/workshop-record/edits.ts";
import { allAfspraken, escapeMarkdown, handoutSections, noteParagraphs, reportFacts, sessionDay, toMarkdown } from "../../src/lib/workshop-report.ts";
import { later, now, privacy, recordedState, wachtlijsten } from "./workshop-fixtures.ts";

describe("Markdown export", () => {
  it("writes the day, per step the question, link, positions, notes and afspraken, then all afspraken; nothing for what was not recorded", () => {
    let state = recordedState();
    const withQuestion = { ...wachtlijsten, question: "Waarom krijg ik niet meteen hulp?", url: "https://uitleg.example.nl/jeugdzorg/#wachtlijsten" };
    state = editRecord(state, "s1", withQuestion, (r) => r, now);
    const markdown = toMarkdown(state.sessions[0]!);
    expect(markdown).toBe(
      [
        "# Workshop Gemeente X, 12 maart",
        "",
        "Datum: 12 maart 2027",
        "",
        "## Dilemma's in de jeugdzorg",
        "",
        "### Dilemma 1: wachtlijsten en krapte",
        "",
        "Vraag: Waarom krijg ik niet meteen hulp?  ",
        "Stap online: <https://uitleg.example.nl/jeugdzorg/#wachtlijsten>",
        "",
        "#### Waar staat de groep?",
        "",
        "Van 1 (Zorgaanbieder) tot 5 (Gemeente).",
        "",
        "- Hele groep: Neigt naar Gemeente (4 van 5)",
        "- Zorgaanbieders: Neigt naar Zorgaanbieder (2 van 5)",
        "",
        "#### Notities",
        "",
        "De wachttijd verschilt per wijk.  ",
        "Niemand weet het precies.",
        "",
        "#### Afspraken",
        "",
        "1. Elk kwartaal de wachtlijst bespreken (wie: Beleidsadviseur, wanneer: 1 april 2027)",
        "2. Overbruggingszorg na 6 weken",
        "",
        "### Dilemma 5: privacy en gegevens",
        "",
        "#### Notities",
        "",
        "Eerst de privacyadviseurs vragen.",
        "",
        "## Alle afspraken",
        "",
        "1. Elk kwartaal de wachtlijst bespreken (wie: Beleidsadviseur, wanneer: 1 april 2027; bij Dilemma 1: wachtlijsten en krapte)",
        "2. Overbruggingszorg na 6 weken (bij Dilemma 1: wachtlijsten en krapte)",
        "",
        "Vastgelegd met Sociaal Domein Uitgelegd. Laatst bijgewerkt: 12 maart 2027.",
        "",
      ].join("\n"),
    );
    expect(markdown).not.toMatch(/Nog niet gekozen|Nog geen afspraken|nog geen eigenaar/);
  });

  it("writes place, participants and the programme with its clock times, and the time of each step", () => {
    let state = setSessionDetails(recordedState(), "s1", { date: "2027-03-19", place: "Stadhuis, zaal 2", participants: "12 beleidsadviseurs en 2 wethouders" }, later);
    state = setProgramme(state, "s1", ["jeugdzorg/wachtlijsten", "inburgering/pip"], later, {
      start: "13:30",
      items: [
        { title: "Welkom", minutes: 10 },
        { title: "Dilemma 1: wachtlijsten en krapte", module: "Dilemma's in de jeugdzorg", key: "jeugdzorg/wachtlijsten", minutes: 15 },
        { title: "Pauze | koffie", minutes: 15 },
        { title: "Het PIP", module: "De Wet inburgering", key: "inburgering/pip" },
      ],
    });
    const session = state.sessions[0]!;
    expect(sessionDay(session)).toBe("2027-03-19");
    expect(reportFacts(session)).toEqual([
      { label: "Datum", value: "19 maart 2027" },
      { label: "Plaats", value: "Stadhuis, zaal 2" },
      { label: "Deelnemers", value: "12 beleidsadviseurs en 2 wethouders" },
    ]);
    const markdown = toMarkdown(session);
    expect(markdown).toContain(
      [
        "Datum: 19 maart 2027  ",
        "Plaats: Stadhuis, zaal 2  ",
        "Deelnemers: 12 beleidsadviseurs en 2 wethouders",
        "",
        "## Programma",
        "",
        "| Tijd | Onderdeel | Minuten |",
        "| --- | --- | ---: |",
        "| 13:30–13:40 | Welkom | 10 |",
        "| 13:40–13:55 | Dilemma 1: wachtlijsten en krapte (Dilemma's in de jeugdzorg) | 15 |",
        "| 13:55–14:10 | Pauze \\| koffie | 15 |",
        "| 14:10 | Het PIP (De Wet inburgering) |  |",
      ].join("\n"),
    );
    expect(markdown).toContain("### Dilemma 1: wachtlijsten en krapte\n\nTijd: 13:40–13:55");
  });

  it("records on a step that is not a dilemma: notes and afspraken, no scale", () => {
    const { perspectives: _, ...inleiding } = { ...wachtlijsten, stepId: "inleiding", title: "Inleiding", number: 1 };
    let state = createSession(emptyState(), "S", now, "s");
    state = editRecord(state, "s", inleiding, (r) => recordEdits.setNotes(r, "Iedereen kent de Jeugdwet."), now);
    const record = state.sessions[0]!.records["jeugdzorg/inleiding"]!;
    expect(record.positions).toEqual([]);
    expect(toMarkdown(state.sessions[0]!)).toContain("### Inleiding\n\n#### Notities\n\nIedereen kent de Jeugdwet.\n");
    expect(toMarkdown(state.sessions[0]!)).not.toContain("Waar staat de groep?");
  });

  it("leaves out dilemmas that were opened but not filled in, and says when nothing was recorded", () => {
    let state = createSession(emptyState(), "Leeg", now, "s");
    state = editRecord(state, "s", wachtlijsten, (r) => recordEdits.addAfspraak(r, "leeg"), now);
    expect(handoutSections(state.sessions[0]!)).toEqual([]);
    expect(toMarkdown(state.sessions[0]!)).toContain("In deze sessie is nog niets vastgelegd.");
    expect(toMarkdown(state.sessions[0]!)).not.toContain("Alle afspraken");
  });

  it("escapes what would turn into headings, lists, links, tags or emphasis", () => {
    expect(escapeMarkdown("# Kop")).toBe("\\# Kop");
    expect(escapeMarkdown("- punt")).toBe("\\- punt");
    expect(escapeMarkdown("* punt")).toBe("\\* punt");
    expect(escapeMarkdown("> citaat")).toBe("\\> citaat");
    expect(escapeMarkdown("1. eerst")).toBe("1\\. eerst");
    expect(escapeMarkdown("[link](x) *nadruk* _ook_ <b>")).toBe("\\[link](x) \\*nadruk\\* \\_ook\\_ \\<b>");
    expect(escapeMarkdown("---")).toBe("\\---");
    const state = editRecord(createSession(emptyState(), "# Sessie *1*", now, "s"), "s", wachtlijsten, (r) => recordEdits.setNotes(r, "- eerste\n\n## tweede"), now);
    const markdown = toMarkdown(state.sessions[0]!);
    expect(markdown.startsWith("# \\# Sessie \\*1\\*\n")).toBe(true);
    expect(markdown).toContain("\\- eerste\n\n\\## tweede");
  });

  it("leaves plain text as typed: no backslash before <, *, |, _ or & where Markdown changes nothing", () => {
    for (const text of ["2027 wordt -5% minder", "wachttijd < 6 weken", "5 * 3 = 15", "ja | nee", "snake_case", "A & B", "C:\\map", "één ` teken"]) {
      expect(escapeMarkdown(text), text).toBe(text);
    }
  });
});

describe("report order and lists", () => {
  it("follows the programme when the session has one", () => {
    const state = recordedState();
    const session = { ...state.sessions[0]!, programme: ["jeugdzorg/privacy", "jeugdzorg/wachtlijsten"] };
    expect(handoutSections(session)[0]!.records.map((r) => r.dilemma.stepId)).toEqual(["privacy", "wachtlijsten"]);
    expect(handoutSections(state.sessions[0]!)[0]!.records.map((r) => r.dilemma.stepId)).toEqual(["wachtlijsten", "privacy"]);
  });

  it("starts a new section when the programme returns to a module", () => {
    let state = recordedState();
    const pip = { ...privacy, moduleId: "inburgering", moduleTitle: "De Wet inburgering", stepId: "pip", title: "Het PIP", number: 3 };
    state = editRecord(state, "s1", pip, (r) => recordEdits.setNotes(r, "Tolk regelen"), now);
    const session = { ...state.sessions[0]!, programme: ["jeugdzorg/wachtlijsten", "inburgering/pip", "jeugdzorg/privacy"] };
    expect(handoutSections(session).map((s) => s.moduleId)).toEqual(["jeugdzorg", "inburgering", "jeugdzorg"]);
  });

  it("lists every afspraak with text once, with its dilemma", () => {
    const all = allAfspraken(handoutSections(recordedState().sessions[0]!));
    expect(all.map((a) => [a.afspraak.text, a.dilemma])).toEqual([
      ["Elk kwartaal de wachtlijst bespreken", "Dilemma 1: wachtlijsten en krapte"],
      ["Overbruggingszorg na 6 weken", "Dilemma 1: wachtlijsten en krapte"],
    ]);
  });

  it("keeps line breaks and paragraphs of notes", () => {
    expect(noteParagraphs("Eerste regel\r\nTweede regel\n\n  Nieuwe alinea  \n")).toEqual([["Eerste regel", "Tweede regel"], ["Nieuwe alinea"]]);
    expect(noteParagraphs("   ")).toEqual([]);
  });
});
