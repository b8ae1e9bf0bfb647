// The workshop record (src/lib/workshop-record/): edits, the versioned storage format and its migration,
// damaged saved data and JSON import, including damaged and foreign files.
import { describe, expect, it } from "vitest";
import { emptyState, exportFormat, workshopVersion } from "../../src/lib/workshop-record/schema.ts";
import { decodeState } from "../../src/lib/workshop-record/storage.ts";
import { addImported, createSession, currentSession, deleteSession, editRecord, recordEdits, renameSession, selectSession, setProgramme, setSessionDetails } from "../../src/lib/workshop-record/edits.ts";
import { fileNameFor, parseImport, toExportJson } from "../../src/lib/workshop-record/exchange.ts";
import { later, now, recordedState, wachtlijsten } from "./workshop-fixtures.ts";

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

  it("reads a session saved before the day, place, agenda and steps without a scale existed, and writes them back", () => {
    // A version 2 session as stored before: no date, place, participants or agenda; every record with two sides.
    const { date: _, ...older } = recordedState().sessions[0]!;
    expect(older.records["jeugdzorg/wachtlijsten"]!.dilemma.perspectives).toEqual(["Zorgaanbieder", "Gemeente"]);
    const stored = { version: 2, currentId: older.id, sessions: [older] };
    expect(decodeState(JSON.stringify(stored), "sdu:workshop")).toEqual({ value: stored });
    expect(parseImport(toExportJson(older, later))).toEqual({ ok: true, session: older });

    const { perspectives: __, ...inleiding } = { ...wachtlijsten, stepId: "inleiding", title: "Inleiding", number: 1 };
    let state = editRecord(recordedState(), "s1", inleiding, (r) => recordEdits.setNotes(r, "Kort"), later);
    state = setSessionDetails(state, "s1", { date: "2027-03-19", place: "Stadhuis", participants: "" }, later);
    state = setProgramme(state, "s1", ["jeugdzorg/inleiding"], later, { start: "09:30", items: [{ title: "Welkom", minutes: 10 }, { title: "Inleiding", key: "jeugdzorg/inleiding" }] });
    const session = state.sessions[0]!;
    expect(session).toMatchObject({ date: "2027-03-19", place: "Stadhuis" });
    expect(session).not.toHaveProperty("participants");
    expect(session.records["jeugdzorg/inleiding"]!.positions).toEqual([]);
    expect(parseImport(toExportJson(session, later))).toEqual({ ok: true, session });
    expect(decodeState(JSON.stringify(state), "sdu:workshop")).toEqual({ value: state });
    // Another programme whose agenda is not known yet: the old agenda goes, it no longer fits.
    expect(setProgramme(state, "s1", ["jeugdzorg/privacy"], later).sessions[0]).not.toHaveProperty("agenda");

    const broken = JSON.parse(toExportJson(session, later));
    broken.session.date = "19 maart";
    expect(parseImport(JSON.stringify(broken))).toMatchObject({ ok: false, message: expect.stringMatching(/^Dit bestand klopt niet: de datum van de sessie moet een datum/) });
  });

  it("starts a session on today's date", () => {
    expect(createSession(emptyState(), "S", new Date(2027, 2, 12, 23, 30), "s").sessions[0]!.date).toBe("2027-03-12");
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
      [JSON.stringify({ ...good, session: undefined }), "Dit bestand is geen complete workshopsessie: de sessie ontbreekt. Misschien is het bestand met de hand aangepast en is een veld hernoemd of weggehaald. Exporteer de sessie opnieuw als JSON, of vraag de maker om het originele bestand. Er is niets veranderd."],
      [JSON.stringify({ ...good, session: { ...good.session, name: 5 } }), "Dit bestand klopt niet: de naam van de sessie moet tekst zijn. Misschien is het bestand met de hand aangepast en is een veld hernoemd of weggehaald. Exporteer de sessie opnieuw als JSON, of vraag de maker om het originele bestand. Er is niets veranderd."],
      ["x".repeat(2_000_001), "Dit bestand is te groot voor een workshopsessie. Er is niets veranderd."],
    ];
    for (const [text, message] of cases) expect(parseImport(text), text.slice(0, 40)).toEqual({ ok: false, message });
    const broken = structuredClone(good);
    broken.session.records["jeugdzorg/wachtlijsten"].afspraken[1].due = 12;
    expect(parseImport(JSON.stringify(broken))).toEqual({
      ok: false,
      message: "Dit bestand klopt niet: de datum van afspraak 2 bij het dilemma ‘Dilemma 1: wachtlijsten en krapte’ moet een datum zoals 2027-04-01, of leeg zijn. Misschien is het bestand met de hand aangepast en is een veld hernoemd of weggehaald. Exporteer de sessie opnieuw als JSON, of vraag de maker om het originele bestand. Er is niets veranderd.",
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
