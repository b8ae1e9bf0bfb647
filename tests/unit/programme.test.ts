// A programme across modules in the URL (src/lib/programme.ts): parse, serialise, check against the content.
import { describe, expect, it } from "vitest";
import { moveEntry, parseProgramme, programmeProblems, programmeQuery, programmeRecordKeys, serialiseProgramme, walkable, type Catalogue } from "../../src/lib/programme.ts";

const catalogue: Catalogue = {
  jeugdzorg: {
    title: "Dilemma's in de jeugdzorg",
    steps: [
      { id: "inleiding", title: "Inleiding", options: [{ id: "achtergrond-jeugdwet", title: "Gemeenten en de Jeugdwet" }] },
      { id: "wachtlijsten", title: "Dilemma 1", options: [{ id: "kwartaal", title: "Kwartaal" }, { id: "overbrugging", title: "Overbrugging" }] },
    ],
  },
  inburgering: { title: "De Wet inburgering", steps: [{ id: "pip", title: "Het PIP", options: [] }] },
};

describe("programme in the URL", () => {
  it("reads steps from several modules in the given order, with or without chosen options", () => {
    expect(parseProgramme("jeugdzorg:wachtlijsten,inburgering:pip,jeugdzorg:inleiding:")).toEqual([
      { moduleId: "jeugdzorg", stepId: "wachtlijsten" },
      { moduleId: "inburgering", stepId: "pip" },
      { moduleId: "jeugdzorg", stepId: "inleiding", options: [] },
    ]);
    expect(parseProgramme("jeugdzorg:wachtlijsten:overbrugging.kwartaal")).toEqual([{ moduleId: "jeugdzorg", stepId: "wachtlijsten", options: ["overbrugging", "kwartaal"] }]);
    expect(parseProgramme(null)).toEqual([]);
    expect(parseProgramme(" ")).toEqual([]);
  });

  it("writes back exactly what it read, also the parts it does not understand", () => {
    for (const value of ["jeugdzorg:wachtlijsten,inburgering:pip", "jeugdzorg:wachtlijsten:kwartaal,jeugdzorg:inleiding:", "jeugdzorg,onbekend:stap,a:b:c:d,Hoofd:Letters"]) {
      expect(serialiseProgramme(parseProgramme(value))).toBe(value);
    }
    expect(programmeQuery(parseProgramme("jeugdzorg:wachtlijsten,inburgering:pip"))).toBe("?p=jeugdzorg:wachtlijsten,inburgering:pip");
    expect(programmeQuery([])).toBe("");
  });

  it("says clearly what is unknown, keeps it in the programme and walks only the rest", () => {
    const entries = parseProgramme("jeugdzorg:wachtlijsten,wonen-oud:intro,jeugdzorg:weg,jeugdzorg:wachtlijsten:kwartaal.vervallen,zomaar,inburgering:pip");
    expect(programmeProblems(entries, catalogue)).toEqual([
      null,
      "De module ‘wonen-oud’ bestaat niet op deze site. Deze stap blijft in de link staan maar wordt overgeslagen.",
      "De stap ‘weg’ bestaat niet in de module ‘Dilemma's in de jeugdzorg’. Deze stap blijft in de link staan maar wordt overgeslagen.",
      "Het voorbeeld ‘vervallen’ bestaat niet bij de stap ‘Dilemma 1’. Deze stap blijft in de link staan maar wordt overgeslagen.",
      "‘zomaar’ in de link is geen stap. Schrijf een stap als module:stap, bijvoorbeeld jeugdzorg:wachtlijsten. Dit deel blijft in de link staan maar wordt overgeslagen.",
      null,
    ]);
    expect(walkable(entries, catalogue)).toEqual([
      { moduleId: "jeugdzorg", stepId: "wachtlijsten", options: ["kwartaal", "overbrugging"] },
      { moduleId: "inburgering", stepId: "pip", options: [] },
    ]);
    expect(serialiseProgramme(entries)).toBe("jeugdzorg:wachtlijsten,wonen-oud:intro,jeugdzorg:weg,jeugdzorg:wachtlijsten:kwartaal.vervallen,zomaar,inburgering:pip");
    expect(programmeRecordKeys(entries)).toEqual(["jeugdzorg/wachtlijsten", "wonen-oud/intro", "jeugdzorg/weg", "jeugdzorg/wachtlijsten", "inburgering/pip"]);
  });

  it("moves a step up or down, and not past either end", () => {
    expect(moveEntry(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moveEntry(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(moveEntry(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
  });
});
