// A programme across modules in the URL (src/lib/programme.ts): parse, serialise, check against the content; own
// items, minutes and the start time; links made before those existed.
import { describe, expect, it } from "vitest";
import {
  addOwnItem,
  escapeTitle,
  moveEntry,
  parseProgramme,
  programmeParam,
  programmeProblems,
  programmeQuery,
  programmeRecordKeys,
  serialiseProgramme,
  unescapeTitle,
  walkable,
  withMinutes,
  type ProgrammeItem,
} from "../../src/lib/programme.ts";
import { catalogue } from "./workshop-fixtures.ts";

describe("programme in the URL", () => {
  it("reads steps from several modules in the given order, with or without chosen options", () => {
    expect(parseProgramme("jeugdzorg:wachtlijsten,inburgering:pip,jeugdzorg:inleiding:").entries).toEqual([
      { moduleId: "jeugdzorg", stepId: "wachtlijsten" },
      { moduleId: "inburgering", stepId: "pip" },
      { moduleId: "jeugdzorg", stepId: "inleiding", options: [] },
    ]);
    expect(parseProgramme("jeugdzorg:wachtlijsten:overbrugging.kwartaal").entries).toEqual([{ moduleId: "jeugdzorg", stepId: "wachtlijsten", options: ["overbrugging", "kwartaal"] }]);
    expect(parseProgramme(null)).toEqual({ entries: [] });
    expect(parseProgramme(" ")).toEqual({ entries: [] });
  });

  it("reads a start time, own items with minutes and titles, and other minutes for a step", () => {
    expect(parseProgramme("_start@9.05,_welkom,jeugdzorg:wachtlijsten:kwartaal@20,_pauze@30:Lunch,_eigen@12:Vragen: wat nu~2C en hoe?,inburgering:pip@8")).toEqual({
      start: "09:05",
      entries: [
        { own: "welkom", minutes: 10 },
        { moduleId: "jeugdzorg", stepId: "wachtlijsten", options: ["kwartaal"], minutes: 20 },
        { own: "pauze", minutes: 30, title: "Lunch" },
        { own: "eigen", minutes: 12, title: "Vragen: wat nu, en hoe?" },
        { moduleId: "inburgering", stepId: "pip", minutes: 8 },
      ],
    });
  });

  it("keeps what it cannot read: an unknown own item, minutes out of range, a wrong start time", () => {
    expect(parseProgramme("_koffie@10,jeugdzorg:pip@0,jeugdzorg:pip@241,jeugdzorg:pip@tien,_pauze@999,_start@25.00").entries).toEqual([
      { raw: "_koffie@10" },
      { raw: "jeugdzorg:pip@0" },
      { raw: "jeugdzorg:pip@241" },
      { raw: "jeugdzorg:pip@tien" },
      { raw: "_pauze@999" },
      { raw: "_start@25.00" },
    ]);
  });

  it("writes back exactly what it read, also the parts it does not understand", () => {
    for (const value of [
      "jeugdzorg:wachtlijsten,inburgering:pip",
      "jeugdzorg:wachtlijsten:kwartaal,jeugdzorg:inleiding:",
      "jeugdzorg,onbekend:stap,a:b:c:d,Hoofd:Letters",
      "_start@13.30,_welkom@10,jeugdzorg:wachtlijsten:kwartaal@20,_pauze@15,_eigen@5:Koffie~2C thee~26 koek,inburgering:pip@8,_afsluiting@10",
    ]) {
      expect(serialiseProgramme(parseProgramme(value))).toBe(value);
    }
    expect(programmeQuery(parseProgramme("jeugdzorg:wachtlijsten,inburgering:pip"))).toBe("?p=jeugdzorg:wachtlijsten,inburgering:pip");
    expect(programmeQuery({ entries: [] })).toBe("");
    expect(programmeQuery({ start: "13:30", entries: [] })).toBe("?p=_start@13.30");
  });

  it("puts any title safely in a link: through the URL and back it is the same", () => {
    for (const title of ["Koffie, thee & koek", "50% klaar? #1 + ~ daarna", "Vragen: wie@gemeente", "Één ‘echte’ pauze"]) {
      expect(unescapeTitle(escapeTitle(title))).toBe(title);
      const query = programmeQuery({ entries: [{ own: "eigen", minutes: 10, title }] });
      const read = new URL(`https://uitleg.example.nl/workshop/programma/${query}`).searchParams.get("p");
      expect(parseProgramme(read).entries).toEqual([{ own: "eigen", minutes: 10, title }]);
    }
    // Pages that pass the programme on write the value as it was read: nothing in it breaks the link.
    const value = serialiseProgramme({ entries: [{ own: "eigen", minutes: 10, title: "A & B #2 + 5%" }] });
    expect(new URL(`https://uitleg.example.nl/jeugdzorg/?p=${value}#wachtlijsten`).searchParams.get("p")).toBe(value);
    expect(programmeParam("a b,c:d@e&f")).toBe("a%20b,c:d@e%26f");
  });

  it("says clearly what is unknown, keeps it in the programme and walks only the rest", () => {
    const { entries } = parseProgramme("jeugdzorg:wachtlijsten,wonen-oud:intro,jeugdzorg:weg,jeugdzorg:wachtlijsten:kwartaal.vervallen,zomaar,_pauze@15,inburgering:pip");
    expect(programmeProblems(entries, catalogue)).toEqual([
      null,
      "De module ‘wonen-oud’ bestaat niet op deze site. Deze stap blijft in de link staan maar wordt overgeslagen.",
      "De stap ‘weg’ bestaat niet in de module ‘Dilemma's in de jeugdzorg’. Deze stap blijft in de link staan maar wordt overgeslagen.",
      "Het voorbeeld ‘vervallen’ bestaat niet bij de stap ‘Dilemma 1’. Deze stap blijft in de link staan maar wordt overgeslagen.",
      "‘zomaar’ in de link is geen stap. Schrijf een stap als module:stap, bijvoorbeeld jeugdzorg:wachtlijsten. Dit deel blijft in de link staan maar wordt overgeslagen.",
      null,
      null,
    ]);
    expect(walkable(entries, catalogue)).toEqual([
      { moduleId: "jeugdzorg", stepId: "wachtlijsten", options: ["kwartaal", "overbrugging"] },
      { moduleId: "inburgering", stepId: "pip", options: [] },
    ]);
    expect(serialiseProgramme({ entries })).toBe("jeugdzorg:wachtlijsten,wonen-oud:intro,jeugdzorg:weg,jeugdzorg:wachtlijsten:kwartaal.vervallen,zomaar,_pauze@15,inburgering:pip");
    expect(programmeRecordKeys(entries)).toEqual(["jeugdzorg/wachtlijsten", "wonen-oud/intro", "jeugdzorg/weg", "jeugdzorg/wachtlijsten", "inburgering/pip"]);
  });

  it("moves a step up or down, and not past either end", () => {
    expect(moveEntry(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moveEntry(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(moveEntry(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
  });

  it("adds a welcome at the top and other own items at the end", () => {
    const step: ProgrammeItem = { moduleId: "jeugdzorg", stepId: "wachtlijsten" };
    expect(addOwnItem([step], { own: "welkom", minutes: 10 })).toEqual([{ own: "welkom", minutes: 10 }, step]);
    expect(addOwnItem([step], { own: "pauze", minutes: 15 })).toEqual([step, { own: "pauze", minutes: 15 }]);
  });

  it("changes the minutes of an item; a step set back to its own time drops the override", () => {
    const step: ProgrammeItem = { moduleId: "jeugdzorg", stepId: "wachtlijsten", options: ["kwartaal"] };
    expect(withMinutes(step, 20, 15)).toEqual({ ...step, minutes: 20 });
    expect(withMinutes({ ...step, minutes: 20 }, 15, 15)).toEqual(step);
    expect(withMinutes({ own: "pauze", minutes: 15 }, 30)).toEqual({ own: "pauze", minutes: 30 });
  });
});
