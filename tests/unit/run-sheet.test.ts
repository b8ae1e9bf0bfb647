// The draaiboek as a run sheet (src/lib/run-sheet.ts): clock times from a start time, the running total, own items,
// the cue of a step, and the agenda a session keeps for its report.
import { describe, expect, it } from "vitest";
import { parseProgramme } from "../../src/lib/programme.ts";
import { agendaOf, clockAt, cueOf, parseClock, runSheet, spans, timeSpan } from "../../src/lib/run-sheet.ts";
import { catalogue } from "./workshop-fixtures.ts";

describe("clock times", () => {
  it("counts on from the start time, past the hour and past midnight", () => {
    expect(parseClock("13:30")).toBe(810);
    expect(parseClock("9:05")).toBe(545);
    expect(parseClock("24:00")).toBeNull();
    expect(parseClock(undefined)).toBeNull();
    expect(clockAt("13:30", 45)).toBe("14:15");
    expect(clockAt("23:50", 20)).toBe("00:10");
    expect(clockAt(undefined, 95)).toBe("1:35");
    expect(timeSpan("13:30", { from: 0, to: 15 })).toBe("13:30–13:45");
    expect(timeSpan(undefined, { from: 15, to: 30 })).toBe("0:15–0:30");
    expect(timeSpan("13:30", { from: 15, to: 15 })).toBe("13:45");
  });

  it("gives each item its span; an item without time takes none", () => {
    expect(spans([10, undefined, 15])).toEqual([
      { from: 0, to: 10 },
      { from: 10, to: 10 },
      { from: 10, to: 25 },
    ]);
  });
});

describe("run sheet of a programme", () => {
  const programme = parseProgramme("_start@13.30,_welkom@10,jeugdzorg:wachtlijsten@20,_pauze@15,inburgering:pip,jeugdzorg:weg,_eigen@5:Vragen uit de zaal");

  it("lists own items and known steps with their minutes and place in time, and skips unknown steps", () => {
    const sheet = runSheet(programme, catalogue);
    expect(sheet.map((i) => [i.index, i.title, i.moduleTitle, i.minutes, timeSpan(programme.start, i)])).toEqual([
      [0, "Welkom", undefined, 10, "13:30–13:40"],
      [1, "Dilemma 1", "Dilemma's in de jeugdzorg", 20, "13:40–14:00"],
      [2, "Pauze", undefined, 15, "14:00–14:15"],
      [3, "Het PIP", "De Wet inburgering", undefined, "14:15"],
      [5, "Vragen uit de zaal", undefined, 5, "14:15–14:20"],
    ]);
    expect(sheet[1]!.key).toBe("jeugdzorg/wachtlijsten");
  });

  it("keeps the programme for the report: start, titles, modules, keys and minutes", () => {
    expect(agendaOf(programme, catalogue)).toEqual({
      start: "13:30",
      items: [
        { title: "Welkom", minutes: 10 },
        { title: "Dilemma 1", module: "Dilemma's in de jeugdzorg", key: "jeugdzorg/wachtlijsten", minutes: 20 },
        { title: "Pauze", minutes: 15 },
        { title: "Het PIP", module: "De Wet inburgering", key: "inburgering/pip" },
        { title: "Vragen uit de zaal", minutes: 5 },
      ],
    });
  });
});

describe("cue of a step", () => {
  it("follows workshop.cue, else a vote, else a position, else talking", () => {
    expect(cueOf({ workshop: { cue: "afspraken" }, vote: ["A", "B", "C", "D"] })).toBe("afspraken");
    expect(cueOf({ vote: ["A", "B", "C", "D"], record: true })).toBe("stemmen");
    expect(cueOf({ record: true })).toBe("vastleggen");
    expect(cueOf({ record: false })).toBe("bespreken");
  });
});
