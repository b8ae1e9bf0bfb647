// The clicker through a programme across modules (src/lib/programme-walk.ts).
import { describe, expect, it } from "vitest";
import { parseProgramme } from "../../src/lib/programme.ts";
import { programmeStep, programmeStops } from "../../src/lib/programme-walk.ts";
import type { RouteStep } from "../../src/lib/route.ts";

const route: RouteStep[] = [
  { id: "inleiding", title: "Inleiding", targets: [{ id: "achtergrond", kind: "dialog" }] },
  { id: "wachtlijsten", title: "Dilemma 1", targets: [{ id: "kwartaal", kind: "option" }, { id: "overbrugging", kind: "option" }, { id: "lijst", kind: "checklist" }] },
  { id: "privacy", title: "Dilemma 5", targets: [] },
];

describe("walking a programme", () => {
  // The facilitator's own items (a welcome, a break) and the start time are not on screen: the clicker passes them.
  const { entries } = parseProgramme("_start@13.30,_welkom@10,jeugdzorg:wachtlijsten:overbrugging@20,inburgering:pip,_pauze@15,jeugdzorg:privacy,jeugdzorg:weg,kapot");
  const stops = programmeStops(entries, "jeugdzorg", route);

  it("walks the chosen options of a step on this page, and a step of another module as one stop", () => {
    expect(stops).toEqual([
      { moduleId: "jeugdzorg", stepId: "wachtlijsten" },
      { moduleId: "jeugdzorg", stepId: "wachtlijsten", targetId: "overbrugging" },
      { moduleId: "inburgering", stepId: "pip" },
      { moduleId: "jeugdzorg", stepId: "privacy" },
    ]);
    expect(programmeStops(parseProgramme("jeugdzorg:wachtlijsten").entries, "jeugdzorg", route).map((s) => s.targetId)).toEqual([undefined, "kwartaal", "overbrugging"]);
  });

  it("goes on to the next stop, into another module, back, and says when the programme ends", () => {
    expect(programmeStep(stops, "jeugdzorg", { stepId: "wachtlijsten" }, 1)).toEqual({ moduleId: "jeugdzorg", stepId: "wachtlijsten", targetId: "overbrugging" });
    expect(programmeStep(stops, "jeugdzorg", { stepId: "wachtlijsten", targetId: "overbrugging" }, 1)).toEqual({ moduleId: "inburgering", stepId: "pip" });
    expect(programmeStep(stops, "jeugdzorg", { stepId: "privacy" }, -1)).toEqual({ moduleId: "inburgering", stepId: "pip" });
    expect(programmeStep(stops, "jeugdzorg", { stepId: "privacy" }, 1)).toBe("end");
    expect(programmeStep(stops, "jeugdzorg", { stepId: "wachtlijsten" }, -1)).toBe("end");
    // A place outside the programme: the module's own walk applies.
    expect(programmeStep(stops, "jeugdzorg", { stepId: "inleiding" }, 1)).toBeNull();
    // An option that was not chosen counts as its step.
    expect(programmeStep(stops, "jeugdzorg", { stepId: "wachtlijsten", targetId: "kwartaal" }, 1)).toEqual({ moduleId: "jeugdzorg", stepId: "wachtlijsten", targetId: "overbrugging" });
  });
});
