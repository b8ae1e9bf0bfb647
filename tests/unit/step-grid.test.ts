// The overview while presenting (src/lib/step-grid.ts): steps with their options, and the number keys.
import { describe, expect, it } from "vitest";
import { presentationSequence } from "../../src/lib/presentation-sequence.ts";
import { stepForKey, stepGroups } from "../../src/lib/step-grid.ts";
import type { RouteStep } from "../../src/lib/route.ts";

const route: RouteStep[] = [
  { id: "inleiding", title: "Inleiding", targets: [{ id: "achtergrond", kind: "dialog" }] },
  { id: "wachtlijsten", title: "Dilemma 1", targets: [{ id: "kwartaal", kind: "option" }, { id: "overbrugging", kind: "option" }, { id: "lijst", kind: "checklist" }] },
  { id: "afsluiting", title: "Afsluiting", targets: [] },
];
const sequence = presentationSequence(route);

describe("overview while presenting", () => {
  it("groups the walk per step, numbered, with the options and dialogs under their step", () => {
    expect(stepGroups(route, sequence)).toEqual([
      { number: 1, title: "Inleiding", step: { stepId: "inleiding" }, targets: [{ stepId: "inleiding", targetId: "achtergrond" }] },
      {
        number: 2,
        title: "Dilemma 1",
        step: { stepId: "wachtlijsten" },
        targets: [
          { stepId: "wachtlijsten", targetId: "kwartaal" },
          { stepId: "wachtlijsten", targetId: "overbrugging" },
        ],
      },
      { number: 3, title: "Afsluiting", step: { stepId: "afsluiting" }, targets: [] },
    ]);
  });
  it("jumps to step n on number key n, and ignores other keys", () => {
    expect(stepForKey("2", sequence)).toEqual({ stepId: "wachtlijsten" });
    expect(stepForKey("3", sequence)).toEqual({ stepId: "afsluiting" });
    expect(stepForKey("4", sequence)).toBeNull();
    expect(stepForKey("0", sequence)).toBeNull();
    expect(stepForKey("g", sequence)).toBeNull();
  });
});
