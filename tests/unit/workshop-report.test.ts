// The report of a workshop session (src/lib/workshop-report.ts): the Markdown export with questions, links, line
// breaks and one list of all afspraken; the order of a programme; escaping only where Markdown would change the text.
import { describe, expect, it } from "vitest";
import { emptyState } from "../../src/lib/workshop-record/schema.ts";
import { createSession, editRecord, recordEdits } from "../../src/lib/workshop-record/edits.ts";
import { allAfspraken, escapeMarkdown, handoutSections, noteParagraphs, toMarkdown } from "../../src/lib/workshop-report.ts";
import { now, privacy, recordedState, wachtlijsten } from "./workshop-fixtures.ts";

describe("Markdown export", () => {
  it("writes per dilemma the question, the link, the position, the notes and the afspraken, then all afspraken", () => {
    let state = recordedState();
    const withQuestion = { ...wachtlijsten, question: "Waarom krijg ik niet meteen hulp?", url: "https://uitleg.example.nl/jeugdzorg/#wachtlijsten" };
    state = editRecord(state, "s1", withQuestion, (r) => r, now);
    const markdown = toMarkdown(state.sessions[0]!);
    expect(markdown).toBe(
      [
        "# Workshop Gemeente X, 12 maart",
        "",
        "Vastgelegd met Sociaal Domein Uitgelegd. Laatst bijgewerkt: 12 maart 2027.",
        "",
        "## Dilemma's in de jeugdzorg",
        "",
        "### Dilemma 1: wachtlijsten en krapte",
        "",
        "Vraag: Waarom krijg ik niet meteen hulp?  ",
        "Stap online: <https://uitleg.example.nl/jeugdzorg/#wachtlijsten>",
        "",
        "**Waar staat de groep?** (Zorgaanbieder … Gemeente)",
        "",
        "- Hele groep: Neigt naar Gemeente (4 van 5)",
        "- Zorgaanbieders: Neigt naar Zorgaanbieder (2 van 5)",
        "",
        "**Notities**",
        "",
        "De wachttijd verschilt per wijk.  ",
        "Niemand weet het precies.",
        "",
        "**Afspraken**",
        "",
        "1. Elk kwartaal de wachtlijst bespreken (wie: Beleidsadviseur, wanneer: 1 april 2027)",
        "2. Overbruggingszorg na 6 weken",
        "",
        "### Dilemma 5: privacy en gegevens",
        "",
        "**Waar staat de groep?** (Zorgaanbieder … Gemeente)",
        "",
        "- Hele groep: Nog niet gekozen",
        "",
        "**Notities**",
        "",
        "Eerst de privacyadviseurs vragen.",
        "",
        "**Afspraken**",
        "",
        "Nog geen afspraken.",
        "",
        "## Alle afspraken",
        "",
        "1. Elk kwartaal de wachtlijst bespreken (wie: Beleidsadviseur, wanneer: 1 april 2027; bij Dilemma 1: wachtlijsten en krapte)",
        "2. Overbruggingszorg na 6 weken (nog geen eigenaar of datum; bij Dilemma 1: wachtlijsten en krapte)",
        "",
      ].join("\n"),
    );
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
