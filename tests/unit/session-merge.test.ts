// Merging a session from a second laptop (src/lib/workshop-record/session-merge.ts): both groups' positions, notes
// and afspraken stay, votes are never added up, fields the code does not know yet merge the same way, and the
// report says what came in. Also the small rules around it: default names that differ, and when a session still
// needs a download (edits.ts).
import { describe, expect, it } from "vitest";
import { createSession, editRecord, needsExport, recordEdits, uniqueName } from "../../src/lib/workshop-record/edits.ts";
import { mergeSessions, bringsNothing } from "../../src/lib/workshop-record/session-merge.ts";
import { emptyState, type WorkshopSession } from "../../src/lib/workshop-record/schema.ts";
import { later, now, privacy, recordedState, wachtlijsten } from "./workshop-fixtures.ts";

const ids = () => {
  let n = 0;
  return () => `nieuw-${++n}`;
};

/** The second laptop: another session, whose facilitator recorded the breakout group of the zorgaanbieders. */
function secondLaptop(): WorkshopSession {
  let state = createSession(emptyState(), "Groep B", now, "s2");
  state = editRecord(state, "s2", wachtlijsten, (r) => recordEdits.setPosition(r, "groep-1", 2), now);
  state = editRecord(state, "s2", wachtlijsten, (r) => recordEdits.setNotes(r, "Zorgaanbieders willen eerst meer personeel."), now);
  state = editRecord(state, "s2", wachtlijsten, (r) => recordEdits.addAfspraak(r, "b1"), now);
  state = editRecord(state, "s2", wachtlijsten, (r) => recordEdits.updateAfspraak(r, "b1", { text: "Samen een wervingsplan maken" }), now);
  state = editRecord(
    state,
    "s2",
    wachtlijsten,
    (r) => ({ ...r, votes: [{ round: "", answers: ["A", "B", "C", "D"], counts: [3, 1, 0, 0], at: now.toISOString() }] }),
    now,
  );
  state = editRecord(state, "s2", { ...privacy, stepId: "resultaten", title: "Dilemma 4: resultaten" }, (r) => recordEdits.setNotes(r, "Meten is lastig."), now);
  return state.sessions[0]!;
}

describe("merging a session from a second laptop", () => {
  const ours: WorkshopSession = {
    ...recordedState().sessions[0]!,
  };
  ours.records["jeugdzorg/wachtlijsten"] = {
    ...ours.records["jeugdzorg/wachtlijsten"]!,
    votes: [{ round: "", answers: ["A", "B", "C", "D"], counts: [0, 2, 5, 1], at: now.toISOString() }],
  };
  const { session, report } = mergeSessions(ours, secondLaptop(), later, ids());
  const record = session.records["jeugdzorg/wachtlijsten"]!;

  it("keeps both groups' positions: the other laptop's 'Hele groep' comes in under its session's name", () => {
    expect(record.positions).toEqual([
      { id: "groep-1", group: "Hele groep", value: 4 },
      { id: "g2", group: "Zorgaanbieders", value: 2 },
      { id: "nieuw-1", group: "Hele groep (Groep B)", value: 2 },
    ]);
  });

  it("keeps both notes, the other's under its name, and every afspraak", () => {
    expect(record.notes).toBe("De wachttijd verschilt per wijk.\nNiemand weet het precies.\n\nGroep B:\nZorgaanbieders willen eerst meer personeel.");
    expect(record.afspraken.map((a) => a.text)).toEqual(["Elk kwartaal de wachtlijst bespreken", "Overbruggingszorg na 6 weken", "Samen een wervingsplan maken"]);
  });

  it("adds up no votes: both rounds stay, the other's named after its session", () => {
    expect(record.votes?.map((v) => [v.round, v.counts])).toEqual([
      ["", [0, 2, 5, 1]],
      ["Groep B", [3, 1, 0, 0]],
    ]);
  });

  it("keeps votes before and after the discussion apart: votes known here come in once, the other group's come in marked", () => {
    const vote = (counts: [number, number, number, number], at: Date) => ({ round: "", answers: ["A", "B", "C", "D"] as [string, string, string, string], counts, at: at.toISOString() });
    const twice = structuredClone(ours);
    twice.records["jeugdzorg/wachtlijsten"]!.votes = [vote([0, 2, 5, 1], now), vote([1, 6, 1, 0], later)];
    // A laptop that read our file and voted once more: our two votes are known there, only its new one comes in.
    const back = structuredClone(twice);
    back.name = "Groep B";
    back.records["jeugdzorg/wachtlijsten"]!.votes!.push(vote([4, 4, 0, 0], new Date("2027-03-12T12:00:00Z")));
    const again = mergeSessions(twice, back, later, ids()).session.records["jeugdzorg/wachtlijsten"]!.votes;
    expect(again?.map((v) => [v.round, v.counts])).toEqual([
      ["", [0, 2, 5, 1]],
      ["", [1, 6, 1, 0]],
      ["Groep B", [4, 4, 0, 0]],
    ]);
    const theirs = secondLaptop();
    theirs.records["jeugdzorg/wachtlijsten"]!.votes = [vote([3, 1, 0, 0], now), vote([2, 2, 0, 0], later)];
    const votes = mergeSessions(twice, theirs, later, ids()).session.records["jeugdzorg/wachtlijsten"]!.votes;
    expect(votes?.map((v) => [v.round, v.counts])).toEqual([
      ["", [0, 2, 5, 1]],
      ["", [1, 6, 1, 0]],
      ["Groep B", [3, 1, 0, 0]],
      ["Groep B", [2, 2, 0, 0]],
    ]);
  });

  it("takes over a dilemma only the other laptop recorded, keeps its own identity and says what came in", () => {
    expect(Object.keys(session.records)).toEqual(["jeugdzorg/privacy", "jeugdzorg/wachtlijsten", "jeugdzorg/resultaten"]);
    expect(session.records["jeugdzorg/privacy"]).toEqual(ours.records["jeugdzorg/privacy"]);
    expect([session.id, session.name, session.createdAt, session.updatedAt]).toEqual(["s1", ours.name, ours.createdAt, later.toISOString()]);
    expect(report).toEqual({
      added: ["Dilemma 4: resultaten"],
      merged: [
        {
          title: "Dilemma 1: wachtlijsten en krapte",
          fields: [
            { field: "positions", added: 1 },
            { field: "notes", added: 0 },
            { field: "afspraken", added: 1 },
            { field: "votes", added: 1 },
          ],
        },
      ],
    });
  });

  it("changes nothing for the same session again, and takes a text that continues the one here whole", () => {
    const again = mergeSessions(ours, ours, later, ids());
    expect(bringsNothing(again.report)).toBe(true);
    expect(again.session.records).toEqual(ours.records);
    const continued = structuredClone(ours);
    continued.records["jeugdzorg/privacy"]!.notes += " Daarna de wethouder.";
    expect(mergeSessions(ours, continued, later, ids()).session.records["jeugdzorg/privacy"]!.notes).toBe("Eerst de privacyadviseurs vragen. Daarna de wethouder.");
    // A group position chosen on one laptop only fills in the other's empty one, instead of doubling the group.
    const open = structuredClone(ours);
    open.records["jeugdzorg/wachtlijsten"]!.positions[0]!.value = null;
    expect(mergeSessions(open, ours, later, ids()).session.records["jeugdzorg/wachtlijsten"]!.positions).toEqual(ours.records["jeugdzorg/wachtlijsten"]!.positions);
  });

  it("merges fields it does not know yet the same way: lists join, texts stay both, missing ones are filled in", () => {
    const withExtras = (extras: Record<string, unknown>, record: Record<string, unknown> = {}) => {
      const copy = structuredClone(ours) as WorkshopSession & Record<string, unknown>;
      Object.assign(copy, extras);
      Object.assign(copy.records["jeugdzorg/privacy"]!, record);
      return copy as WorkshopSession;
    };
    const here = withExtras({ roles: ["Beleid"], place: "Stadhuis", date: "2027-03-12" }, { summary: "Kort." });
    const there = withExtras({ roles: ["Beleid", "Wijkteam"], date: "2027-03-13", participants: "8 wijkcoaches" }, { summary: "Lang verhaal.", cue: "vastleggen" });
    const merged = mergeSessions(here, there, later, ids());
    // A date is not put side by side with another: the one here stays.
    expect(merged.session).toMatchObject({ roles: ["Beleid", "Wijkteam"], place: "Stadhuis", date: "2027-03-12", participants: "8 wijkcoaches" });
    expect(merged.session.records["jeugdzorg/privacy"]).toMatchObject({ summary: `Kort.\n\n${ours.name}:\nLang verhaal.`, cue: "vastleggen" });
    expect(merged.report.merged).toEqual([{ title: "Dilemma 5: privacy en gegevens", fields: [{ field: "summary", added: 0 }, { field: "cue", added: 0 }] }]);
  });
});

describe("keeping sessions apart and safe", () => {
  it("gives a default name a number when one with that name is here already", () => {
    const sessions = [{ name: "Workshop 12 maart 2027, 14:05" }, { name: "Workshop 12 maart 2027, 14:05 (2)" }];
    expect(uniqueName("Workshop 12 maart 2027, 14:06", sessions)).toBe("Workshop 12 maart 2027, 14:06");
    expect(uniqueName("Workshop 12 maart 2027, 14:05", sessions)).toBe("Workshop 12 maart 2027, 14:05 (3)");
  });

  it("needs a download when something was recorded after the last one, or never downloaded at all", () => {
    const session = recordedState().sessions[0]!;
    expect(needsExport(session, undefined)).toBe(true);
    expect(needsExport(session, later.toISOString())).toBe(false);
    expect(needsExport(session, now.toISOString())).toBe(true);
    expect(needsExport({ ...session, records: {} }, undefined)).toBe(false);
  });
});
