// The workshop record (src/lib/workshop-record.ts): edits, the versioned storage format and its migration,
// damaged saved data, Markdown export and JSON import, including damaged and foreign files.
import { describe, expect, it } from "vitest";
import {
  addImported,
  createSession,
  currentSession,
  decodeState,
  deleteSession,
  editRecord,
  emptyState,
  escapeMarkdown,
  exportFormat,
  fileNameFor,
  handoutSections,
  parseImport,
  recordEdits,
  renameSession,
  selectSession,
  toExportJson,
  toMarkdown,
  workshopVersion,
  type DilemmaRef,
  type WorkshopState,
} from "../../src/lib/workshop-record.ts";

const now = new Date("2027-03-12T10:00:00Z");
const later = new Date("2027-03-12T11:30:00Z");

const wachtlijsten: DilemmaRef = {
  moduleId: "jeugdzorg",
  moduleTitle: "Dilemma's in de jeugdzorg",
  stepId: "wachtlijsten",
  title: "Dilemma 1: wachtlijsten en krapte",
  number: 2,
  perspectives: ["Zorgaanbieder", "Gemeente"],
};
const privacy: DilemmaRef = { ...wachtlijsten, stepId: "privacy", title: "Dilemma 5: privacy en gegevens", number: 6 };

/** A session as a facilitator leaves it: a position for two groups, notes and two afspraken. */
function recordedState(): WorkshopState {
  let state = createSession(emptyState(), "Workshop Gemeente X, 12 maart", now, "s1");
  state = editRecord(state, "s1", privacy, (r) => recordEdits.setNotes(r, "Eerst de privacyadviseurs vragen."), now);
  state = editRecord(state, "s1", wachtlijsten, (r) => recordEdits.setPosition(r, "groep-1", 4), now);
  state = editRecord(state, "s1", wachtlijsten, (r) => recordEdits.addGroup(r, "g2", "Zorgaanbieders"), now);
  state = editRecord(state, "s1", wachtlijsten, (r) => recordEdits.setPosition(r, "g2", 2), now);
  state = editRecord(state, "s1", wachtlijsten, (r) => recordEdits.setNotes(r, "De wachttijd verschilt per wijk.\nNiemand weet het precies."), now);
  state = editRecord(state, "s1", wachtlijsten, (r) => recordEdits.addAfspraak(r, "a1"), now);
  state = editRecord(state, "s1", wachtlijsten, (r) => recordEdits.updateAfspraak(r, "a1", { text: "Elk kwartaal de wachtlijst bespreken", owner: "Beleidsadviseur", due: "2027-04-01" }), now);
  state = editRecord(state, "s1", wachtlijsten, (r) => recordEdits.addAfspraak(r, "a2"), later);
  state = editRecord(state, "s1", wachtlijsten, (r) => recordEdits.updateAfspraak(r, "a2", { text: "Overbruggingszorg na 6 weken" }), later);
  return state;
}

describe("sessions", () => {
  it("starts, selects, renames and deletes sessions", () => {
    let state = createSession(emptyState(), "Eerste", now, "a");
    state = createSession(state, "Tweede", now, "b");
    expect(currentSession(state)?.name).toBe("Tweede");
    state = selectSession(state, "a");
    expect(currentSession(state)?.name).toBe("Eerste");
    expect(selectSession(state, "bestaat-niet")).toBe(state);
    state = renameSession(state, "a", "Workshop Gemeente X", later);
    expect(currentSession(state)).toMatchObject({ name: "Workshop Gemeente X", updatedAt: later.toISOString() });
    state = deleteSession(state, "a");
    expect(state.sessions.map((s) => s.name)).toEqual(["Tweede"]);
    expect(state.currentId).toBe("b");
    state = deleteSession(state, "b");
    expect(state).toEqual({ version: workshopVersion, currentId: null, sessions: [] });
  });
});

describe("record edits", () => {
  it("creates the record on the first edit, with one position for the whole group", () => {
    const state = editRecord(createSession(emptyState(), "S", now, "s"), "s", wachtlijsten, (r) => r, now);
    expect(state.sessions[0]!.records["jeugdzorg/wachtlijsten"]).toEqual({
      dilemma: wachtlijsten,
      positions: [{ id: "groep-1", group: "Hele groep", value: null }],
      notes: "",
      afspraken: [],
    });
  });

  it("keeps positions per participant group", () => {
    const record = recordedState().sessions[0]!.records["jeugdzorg/wachtlijsten"]!;
    expect(record.positions).toEqual([
      { id: "groep-1", group: "Hele groep", value: 4 },
      { id: "g2", group: "Zorgaanbieders", value: 2 },
    ]);
    const renamed = recordEdits.renameGroup(record, "g2", "Aanbieders");
    expect(renamed.positions[1]!.group).toBe("Aanbieders");
    expect(recordEdits.removeGroup(renamed, "g2").positions).toHaveLength(1);
  });

  it("adds, edits, reorders and deletes afspraken", () => {
    let record = recordedState().sessions[0]!.records["jeugdzorg/wachtlijsten"]!;
    expect(record.afspraken.map((a) => a.id)).toEqual(["a1", "a2"]);
    record = recordEdits.moveAfspraak(record, "a2", -1);
    expect(record.afspraken.map((a) => a.id)).toEqual(["a2", "a1"]);
    expect(recordEdits.moveAfspraak(record, "a2", -1)).toBe(record);
    expect(recordEdits.moveAfspraak(record, "a1", 1)).toBe(record);
    record = recordEdits.updateAfspraak(record, "a1", { owner: "Contractmanager" });
    expect(record.afspraken[1]).toMatchObject({ text: "Elk kwartaal de wachtlijst bespreken", owner: "Contractmanager", due: "2027-04-01" });
    record = recordEdits.deleteAfspraak(record, "a2");
    expect(record.afspraken.map((a) => a.id)).toEqual(["a1"]);
  });

  it("only edits the session it is asked to", () => {
    let state = createSession(recordedState(), "Andere workshop", now, "s2");
    state = editRecord(state, "s2", wachtlijsten, (r) => recordEdits.setNotes(r, "Ander verhaal"), later);
    expect(state.sessions[0]!.records["jeugdzorg/wachtlijsten"]!.notes).toMatch(/^De wachttijd/);
    expect(state.sessions[1]!.records["jeugdzorg/wachtlijsten"]!.notes).toBe("Ander verhaal");
  });
});

describe("saved data", () => {
  const key = "sdu:workshop";

  it("reads the current version as it was saved", () => {
    const state = recordedState();
    expect(decodeState(JSON.stringify(state), key)).toEqual({ value: state });
    expect(decodeState(null, key)).toEqual({ value: emptyState() });
  });

  it("migrates version 1 (one position, afspraken without owner and date)", () => {
    const v1 = {
      version: 1,
      currentId: "oud",
      sessions: [
        {
          id: "oud",
          name: "Workshop van vorig jaar",
          createdAt: now.toISOString(),
          updatedAt: now.toISOString(),
          records: {
            "jeugdzorg/wachtlijsten": { dilemma: wachtlijsten, position: 3, notes: "Lang gesprek.", afspraken: [{ id: "x", text: "Opnieuw praten" }] },
          },
        },
      ],
    };
    const { value, damaged } = decodeState(JSON.stringify(v1), key);
    expect(damaged).toBeUndefined();
    expect(value.version).toBe(2);
    expect(value.currentId).toBe("oud");
    expect(value.sessions[0]!.records["jeugdzorg/wachtlijsten"]).toEqual({
      dilemma: wachtlijsten,
      positions: [{ id: "groep-1", group: "Hele groep", value: 3 }],
      notes: "Lang gesprek.",
      afspraken: [{ id: "x", text: "Opnieuw praten", owner: "", due: "" }],
    });
  });

  it("moves bad JSON, a wrong shape and an unknown version aside instead of reading them", () => {
    for (const raw of ["{kapot", "[]", '{"version":2,"currentId":null,"sessions":[{"id":1}]}', '{"version":99,"currentId":null,"sessions":[]}', '"tekst"']) {
      expect(decodeState(raw, key), raw).toEqual({ value: emptyState(), damaged: { backupKey: "sdu:workshop:backup", raw } });
    }
  });

  it("refuses a position outside the 5-point scale and a date that is no date", () => {
    const state = recordedState();
    const record = state.sessions[0]!.records["jeugdzorg/wachtlijsten"]!;
    (record.positions[0] as { value: number }).value = 7;
    expect(decodeState(JSON.stringify(state), key).damaged).toBeDefined();
    const other = recordedState();
    other.sessions[0]!.records["jeugdzorg/wachtlijsten"]!.afspraken[0]!.due = "volgende week";
    expect(decodeState(JSON.stringify(other), key).damaged).toBeDefined();
  });
});

describe("Markdown export", () => {
  it("writes per module and dilemma the position, the notes and the afspraken with owner and date", () => {
    const markdown = toMarkdown(recordedState().sessions[0]!);
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
        "**Waar staat de groep?** (Zorgaanbieder … Gemeente)",
        "",
        "- Hele groep: Neigt naar Gemeente (4 van 5)",
        "- Zorgaanbieders: Neigt naar Zorgaanbieder (2 van 5)",
        "",
        "**Notities**",
        "",
        "De wachttijd verschilt per wijk.\\",
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
      ].join("\n"),
    );
  });

  it("leaves out dilemmas that were opened but not filled in, and says when nothing was recorded", () => {
    let state = createSession(emptyState(), "Leeg", now, "s");
    state = editRecord(state, "s", wachtlijsten, (r) => recordEdits.addAfspraak(r, "leeg"), now);
    expect(handoutSections(state.sessions[0]!)).toEqual([]);
    expect(toMarkdown(state.sessions[0]!)).toContain("In deze sessie is nog niets vastgelegd.");
  });

  it("escapes what people type, so it cannot turn into headings, lists, links or emphasis", () => {
    expect(escapeMarkdown("# Kop")).toBe("\\# Kop");
    expect(escapeMarkdown("- punt")).toBe("\\- punt");
    expect(escapeMarkdown("1. eerst")).toBe("1\\. eerst");
    expect(escapeMarkdown("[link](x) *nadruk* _ook_ <b>")).toBe("\\[link\\](x) \\*nadruk\\* \\_ook\\_ \\<b\\>");
    expect(escapeMarkdown("---")).toBe("\\---");
    expect(escapeMarkdown("2027 wordt -5% minder")).toBe("2027 wordt -5% minder");
    const state = editRecord(createSession(emptyState(), "# Sessie *1*", now, "s"), "s", wachtlijsten, (r) => recordEdits.setNotes(r, "- eerste\n\n## tweede"), now);
    const markdown = toMarkdown(state.sessions[0]!);
    expect(markdown.startsWith("# \\# Sessie \\*1\\*\n")).toBe(true);
    expect(markdown).toContain("\\- eerste\n\n\\#\\# tweede");
  });
});

describe("JSON export and import", () => {
  it("reads its own export back to the same session", () => {
    const session = recordedState().sessions[0]!;
    const json = toExportJson(session, later);
    expect(JSON.parse(json)).toMatchObject({ format: exportFormat, version: 2, exportedAt: later.toISOString() });
    expect(parseImport(json)).toEqual({ ok: true, session });
    expect(parseImport(`\uFEFF${json}`)).toEqual({ ok: true, session });
  });

  it("migrates an export of version 1", () => {
    const file = JSON.stringify({
      format: exportFormat,
      version: 1,
      session: { id: "v1", name: "Oud", createdAt: now.toISOString(), updatedAt: now.toISOString(), records: { "jeugdzorg/wachtlijsten": { dilemma: wachtlijsten, position: null, notes: "", afspraken: [{ id: "a", text: "Iets" }] } } },
    });
    const result = parseImport(file);
    expect(result.ok && result.session.records["jeugdzorg/wachtlijsten"]!.afspraken).toEqual([{ id: "a", text: "Iets", owner: "", due: "" }]);
  });

  it("gives a clear Dutch message for a damaged, empty, foreign, newer or huge file", () => {
    const good = JSON.parse(toExportJson(recordedState().sessions[0]!, later));
    const cases: [string, string][] = [
      ["", "Dit bestand is leeg. Er is niets veranderd."],
      ['{"format": "sociaal-domein', "Dit bestand kunnen we niet lezen: het is geen JSON-bestand. Er is niets veranderd."],
      ["PK\u0003\u0004 binair", "Dit bestand kunnen we niet lezen: het is geen JSON-bestand. Er is niets veranderd."],
      ['{"name":"iets anders"}', "Dit bestand is geen workshopsessie van deze site. Er is niets veranderd."],
      ["[1,2,3]", "Dit bestand is geen workshopsessie van deze site. Er is niets veranderd."],
      [JSON.stringify({ ...good, version: 3 }), "Dit bestand komt uit een nieuwere versie van de site. Die kunnen we nog niet lezen. Er is niets veranderd."],
      [JSON.stringify({ ...good, version: "2" }), "Dit bestand is beschadigd: de versie ontbreekt. Er is niets veranderd."],
      [JSON.stringify({ ...good, session: undefined }), "Dit bestand is beschadigd: session ontbreekt. Er is niets veranderd."],
      [JSON.stringify({ ...good, session: { ...good.session, name: 5 } }), "Dit bestand is beschadigd: session.name is geen tekst. Er is niets veranderd."],
      ["x".repeat(2_000_001), "Dit bestand is te groot voor een workshopsessie. Er is niets veranderd."],
    ];
    for (const [text, message] of cases) expect(parseImport(text), text.slice(0, 40)).toEqual({ ok: false, message });
    const broken = structuredClone(good);
    broken.session.records["jeugdzorg/wachtlijsten"].afspraken[1].due = 12;
    expect(parseImport(JSON.stringify(broken))).toEqual({
      ok: false,
      message: "Dit bestand is beschadigd: session.records.jeugdzorg/wachtlijsten.afspraken[1].due is geen datum. Er is niets veranderd.",
    });
  });

  it("adds an imported session, as a copy when the same session is already here", () => {
    const state = recordedState();
    const session = state.sessions[0]!;
    const fresh = addImported(emptyState(), session);
    expect(fresh).toEqual({ version: 2, currentId: "s1", sessions: [session] });
    const again = addImported(state, session, "kopie");
    expect(again.sessions.map((s) => [s.id, s.name])).toEqual([
      ["s1", "Workshop Gemeente X, 12 maart"],
      ["kopie", "Workshop Gemeente X, 12 maart (kopie)"],
    ]);
    expect(again.currentId).toBe("kopie");
  });

  it("names files after the session", () => {
    expect(fileNameFor({ name: "Workshop Gemeente X, 12 maart" })).toBe("workshop-gemeente-x-12-maart");
    expect(fileNameFor({ name: "Cliënten één" })).toBe("clienten-een");
    expect(fileNameFor({ name: "!!!" })).toBe("workshop");
  });
});
