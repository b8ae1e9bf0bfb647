// The clicker through a programme across modules (src/lib/programme-walk.ts).
import { describe, expect, it } from "vitest";
import { parseProgramme } from "../../src/lib/programme.ts";
import { optionsLeftOut, programmePosition, programmeStep, programmeStops } from "../../src/lib/programme-walk.ts";
import type { RouteStep } from "../../src/lib/route.ts";

const jeugdzorg: RouteStep[] = [
  { id: "inleiding", title: "Inleiding", targets: [{ id: "achtergrond", kind: "dialog" }] },
  {
    id: "wachtlijsten",
    title: "Dilemma 1",
    targets: [
      { id: "kwartaal", kind: "option" },
      { id: "overbrugging", kind: "option" },
      { id: "contact", kind: "option" },
      { id: "lijst", kind: "checklist" },
    ],
  },
  { id: "privacy", title: "Dilemma 5", targets: [] },
];
const inburgering: RouteStep[] = [{ id: "pip", title: "PIP", targets: [{ id: "taal", kind: "option" }, { id: "werk", kind: "option" }] }];

describe("walking a programme", () => {
  // The facilitator's own items (a welcome, a break) and the start time are not on screen: the clicker passes them.
  const { entries } = parseProgramme("_start@13.30,_welkom@10,jeugdzorg:wachtlijsten:overbrugging.contact@20,inburgering:pip,_pauze@15,jeugdzorg:privacy,jeugdzorg:weg,kapot");

  it("walks the chosen options of each step; a module not loaded yet is one stop per step", () => {
    expect(programmeStops(entries, { jeugdzorg })).toEqual([
      { moduleId: "jeugdzorg", stepId: "wachtlijsten", entry: 0 },
      { moduleId: "jeugdzorg", stepId: "wachtlijsten", targetId: "overbrugging", kind: "option", entry: 0 },
      { moduleId: "jeugdzorg", stepId: "wachtlijsten", targetId: "contact", kind: "option", entry: 0 },
      { moduleId: "inburgering", stepId: "pip", entry: 1 },
      { moduleId: "jeugdzorg", stepId: "privacy", entry: 2 },
    ]);
    // Once its page is loaded, the other module's step brings its options too; all of them when none were chosen.
    expect(programmeStops(entries, { jeugdzorg, inburgering }).filter((s) => s.moduleId === "inburgering").map((s) => s.targetId)).toEqual([undefined, "taal", "werk"]);
    // A module that does not exist here: its steps are skipped, and the numbering closes up.
    expect(programmeStops(parseProgramme("oud:x,jeugdzorg:privacy").entries, { jeugdzorg, oud: [] })).toEqual([{ moduleId: "jeugdzorg", stepId: "privacy", entry: 0 }]);
  });

  it("goes on into another module, back onto the last option shown there, and says when the programme ends", () => {
    const stops = programmeStops(entries, { jeugdzorg, inburgering });
    expect(programmeStep(stops, { moduleId: "jeugdzorg", stepId: "wachtlijsten" }, 1)).toMatchObject({ targetId: "overbrugging" });
    expect(programmeStep(stops, { moduleId: "jeugdzorg", stepId: "wachtlijsten", targetId: "contact" }, 1)).toEqual({ moduleId: "inburgering", stepId: "pip", entry: 1 });
    // Back across the boundary: the last option that module's step showed, not the step's top.
    expect(programmeStep(stops, { moduleId: "inburgering", stepId: "pip" }, -1)).toMatchObject({ moduleId: "jeugdzorg", stepId: "wachtlijsten", targetId: "contact" });
    expect(programmeStep(stops, { moduleId: "jeugdzorg", stepId: "privacy" }, 1)).toBe("end");
    expect(programmeStep(stops, { moduleId: "jeugdzorg", stepId: "wachtlijsten" }, -1)).toBe("end");
    // A place outside the programme: the module's own walk applies.
    expect(programmeStep(stops, { moduleId: "jeugdzorg", stepId: "inleiding" }, 1)).toBeNull();
    // An option that was not chosen counts as its step.
    expect(programmeStep(stops, { moduleId: "jeugdzorg", stepId: "wachtlijsten", targetId: "kwartaal" }, 1)).toMatchObject({ targetId: "overbrugging" });
  });

  it("numbers the programme's steps, and the chosen options of a step only", () => {
    const stops = programmeStops(entries, { jeugdzorg, inburgering });
    expect(programmePosition(stops, { moduleId: "jeugdzorg", stepId: "wachtlijsten" })).toEqual({ step: 1, steps: 3 });
    expect(programmePosition(stops, { moduleId: "jeugdzorg", stepId: "wachtlijsten", targetId: "contact" })).toEqual({ step: 1, steps: 3, option: { index: 2, total: 2 } });
    expect(programmePosition(stops, { moduleId: "inburgering", stepId: "pip", targetId: "taal" })).toEqual({ step: 2, steps: 3, option: { index: 1, total: 2 } });
    expect(programmePosition(stops, { moduleId: "jeugdzorg", stepId: "privacy" })).toEqual({ step: 3, steps: 3 });
    expect(programmePosition(stops, { moduleId: "jeugdzorg", stepId: "inleiding" })).toBeNull();
  });

  it("lists the options a programme leaves out of a module, so the carousel counts the chosen ones", () => {
    expect(optionsLeftOut(entries, "jeugdzorg", jeugdzorg)).toEqual(["kwartaal"]);
    expect(optionsLeftOut(entries, "inburgering", inburgering)).toEqual([]);
    // The same step twice: what either time chose stays.
    expect(optionsLeftOut(parseProgramme("inburgering:pip:taal,inburgering:pip:werk").entries, "inburgering", inburgering)).toEqual([]);
    expect(optionsLeftOut(parseProgramme("inburgering:pip:").entries, "inburgering", inburgering)).toEqual(["taal", "werk"]);
  });
});
