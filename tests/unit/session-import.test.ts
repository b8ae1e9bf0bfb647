// Importing a session file (src/lib/workshop-record/session-import.ts, import-problem.ts): plain Dutch for a file with a renamed
// field, no empty automatic session left behind, and no silent "(kopie)" for the same file twice.
import { describe, expect, it } from "vitest";
import { emptyState, exportFormat, type WorkshopState } from "../../src/lib/workshop-record/schema.ts";
import { createSession } from "../../src/lib/workshop-record/edits.ts";
import { parseImport, toExportJson } from "../../src/lib/workshop-record/exchange.ts";
import { applyImport, importPlan, untouched } from "../../src/lib/workshop-record/session-import.ts";
import { later, now, recordedState } from "./workshop-fixtures.ts";

const file = () => JSON.parse(toExportJson(recordedState().sessions[0]!, later));

describe("a file with the wrong shape", () => {
  it("says in plain Dutch which part of which dilemma is missing after a field was renamed", () => {
    const renamed = file();
    const record = renamed.session.records["jeugdzorg/wachtlijsten"];
    record.afspraaken = record.afspraken;
    delete record.afspraken;
    const result = parseImport(JSON.stringify(renamed));
    expect(result.ok).toBe(false);
    const message = result.ok ? "" : result.message;
    expect(message).toMatch(/^Dit bestand is geen complete workshopsessie: de afspraken bij het dilemma ‘Dilemma 1: wachtlijsten en krapte’ ontbreekt\./);
    expect(message).toContain("veld hernoemd of weggehaald");
    expect(message).toContain("Er is niets veranderd.");
    expect(message).not.toMatch(/session\.|records\.|is geen lijst/);
  });

  it("says what a value should be, for an afspraak by its number", () => {
    const broken = file();
    broken.session.records["jeugdzorg/wachtlijsten"].afspraken[1].due = "volgende week";
    const result = parseImport(JSON.stringify(broken));
    expect(result.ok ? "" : result.message).toMatch(
      /^Dit bestand klopt niet: de datum van afspraak 2 bij het dilemma ‘Dilemma 1: wachtlijsten en krapte’ moet een datum zoals 2027-04-01, of leeg zijn\./,
    );
    const noName = file();
    noName.session.title = noName.session.name;
    delete noName.session.name;
    expect(parseImport(JSON.stringify(noName))).toMatchObject({ ok: false, message: expect.stringMatching(/^Dit bestand is geen complete workshopsessie: de naam van de sessie ontbreekt\./) });
    expect(file().format).toBe(exportFormat);
  });
});

describe("importing into this browser", () => {
  it("leaves no empty automatic session behind in a fresh browser", () => {
    const fresh: WorkshopState = createSession(emptyState(), "Workshop 28 november 2026", now, "auto");
    expect(untouched(fresh.sessions[0]!)).toBe(true);
    const session = recordedState().sessions[0]!;
    expect(importPlan(fresh, session)).toEqual({ kind: "new" });
    const after = applyImport(fresh, session, "add");
    expect(after.sessions.map((s) => s.name)).toEqual(["Workshop Gemeente X, 12 maart"]);
    expect(after.currentId).toBe("s1");
  });

  it("changes nothing when the same file comes in twice", () => {
    const state = recordedState();
    const session = parseImport(JSON.stringify(file()));
    if (!session.ok) throw new Error(session.message);
    expect(importPlan(state, session.session).kind).toBe("same");
    expect(applyImport(state, session.session, "same").sessions).toEqual(state.sessions);
  });

  it("asks before it copies or replaces a session that differs from the one here", () => {
    const state = recordedState();
    const changed = { ...state.sessions[0]!, name: "Workshop Gemeente X, bijgewerkt", updatedAt: later.toISOString() };
    expect(importPlan(state, changed).kind).toBe("clash");
    expect(applyImport(state, changed, "replace").sessions.map((s) => s.name)).toEqual(["Workshop Gemeente X, bijgewerkt"]);
    expect(applyImport(state, changed, "add", "kopie").sessions.map((s) => [s.id, s.name])).toEqual([
      ["s1", "Workshop Gemeente X, 12 maart"],
      ["kopie", "Workshop Gemeente X, bijgewerkt (kopie)"],
    ]);
  });
});
