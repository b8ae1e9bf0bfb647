// The clicker's order through a module (src/lib/presentation-sequence.ts): steps, into and out of carousels, branches.
import { describe, expect, it } from "vitest";
import { clickerTarget, indexOfPlace, presentationSequence, stepFrom } from "../../src/lib/presentation-sequence.ts";
import type { RouteStep } from "../../src/lib/route.ts";

/** A caller that walks options only, leaving dialogs and checklists out. */
const optionsOnly = ["option"] as const;

const jeugdzorg: RouteStep[] = [
  { id: "inleiding", title: "Inleiding", targets: [{ id: "achtergrond", kind: "dialog" }] },
  { id: "wachtlijsten", title: "Dilemma 1", targets: [{ id: "kwartaal", kind: "option" }, { id: "overbrugging", kind: "option" }, { id: "contact", kind: "option" }] },
  { id: "belangen", title: "Dilemma 2", targets: [{ id: "tarieven", kind: "option" }, { id: "lijst", kind: "checklist" }] },
  { id: "afsluiting", title: "Afsluiting", targets: [] },
];

const branching: RouteStep[] = [
  { id: "waarom", title: "Waarom", targets: [] },
  { id: "kies", title: "Kies", targets: [], choices: [{ label: "Eenvoudig", goto: "snel" }, { label: "Complex", goto: "intake" }] },
  { id: "snel", title: "Snel", branch: "eenvoudig", next: "slot", targets: [] },
  { id: "intake", title: "Intake", branch: "complex", targets: [{ id: "tarieven", kind: "option" }] },
  { id: "vergunning", title: "Vergunning", branch: "complex", next: "slot", targets: [] },
  { id: "slot", title: "Slot", targets: [] },
];

describe("presentation sequence", () => {
  it("walks each step, then its options one by one, and leaves dialogs and checklists out", () => {
    expect(presentationSequence(jeugdzorg, undefined, optionsOnly)).toEqual([
      { stepId: "inleiding" },
      { stepId: "wachtlijsten" },
      { stepId: "wachtlijsten", targetId: "kwartaal" },
      { stepId: "wachtlijsten", targetId: "overbrugging" },
      { stepId: "wachtlijsten", targetId: "contact" },
      { stepId: "belangen" },
      { stepId: "belangen", targetId: "tarieven" },
      { stepId: "afsluiting" },
    ]);
  });

  it("goes into a carousel, out of it to the next step, and back into its last option", () => {
    expect(clickerTarget(jeugdzorg, { stepId: "wachtlijsten" }, 1, undefined, optionsOnly)).toEqual({ stepId: "wachtlijsten", targetId: "kwartaal" });
    expect(clickerTarget(jeugdzorg, { stepId: "wachtlijsten", targetId: "contact" }, 1, undefined, optionsOnly)).toEqual({ stepId: "belangen" });
    expect(clickerTarget(jeugdzorg, { stepId: "belangen" }, -1, undefined, optionsOnly)).toEqual({ stepId: "wachtlijsten", targetId: "contact" });
    expect(clickerTarget(jeugdzorg, { stepId: "wachtlijsten", targetId: "kwartaal" }, -1, undefined, optionsOnly)).toEqual({ stepId: "wachtlijsten" });
  });

  it("stops at both ends of the module", () => {
    expect(clickerTarget(jeugdzorg, { stepId: "afsluiting" }, 1, undefined, optionsOnly)).toBeNull();
    expect(clickerTarget(jeugdzorg, { stepId: "inleiding" }, -1, undefined, optionsOnly)).toBeNull();
  });

  it("treats an open dialog as its step: forward goes on, back returns to the step", () => {
    const inDialog = { stepId: "inleiding", targetId: "achtergrond" };
    expect(indexOfPlace(presentationSequence(jeugdzorg, undefined, optionsOnly), inDialog)).toBe(0);
    expect(clickerTarget(jeugdzorg, inDialog, 1, undefined, optionsOnly)).toEqual({ stepId: "wachtlijsten" });
    expect(clickerTarget(jeugdzorg, inDialog, -1, undefined, optionsOnly)).toEqual({ stepId: "inleiding" });
  });

  it("follows the default branch, or the branch the presenter is on", () => {
    expect(presentationSequence(branching, undefined, optionsOnly).map((i) => i.targetId ?? i.stepId)).toEqual(["waarom", "kies", "snel", "slot"]);
    expect(clickerTarget(branching, { stepId: "intake" }, 1, undefined, optionsOnly)).toEqual({ stepId: "intake", targetId: "tarieven" });
    expect(clickerTarget(branching, { stepId: "intake", targetId: "tarieven" }, 1, undefined, optionsOnly)).toEqual({ stepId: "vergunning" });
    expect(clickerTarget(branching, { stepId: "vergunning" }, 1, undefined, optionsOnly)).toEqual({ stepId: "slot" });
    // Where the branches meet, back goes through the branch the presenter came from.
    expect(clickerTarget(branching, { stepId: "slot" }, -1, "complex", optionsOnly)).toEqual({ stepId: "vergunning" });
    expect(clickerTarget(branching, { stepId: "slot" }, -1, undefined, optionsOnly)).toEqual({ stepId: "snel" });
  });

  it("returns null for a place that is not in the module", () => {
    expect(stepFrom(presentationSequence(jeugdzorg, undefined, optionsOnly), { stepId: "bestaat-niet" }, 1)).toBeNull();
  });
  it("opens a dialog such as 'Meer achtergrond' in its place in the text, as the clicker does", () => {
    expect(presentationSequence(jeugdzorg).slice(0, 3)).toEqual([{ stepId: "inleiding" }, { stepId: "inleiding", targetId: "achtergrond" }, { stepId: "wachtlijsten" }]);
    expect(clickerTarget(jeugdzorg, { stepId: "inleiding" }, 1)).toEqual({ stepId: "inleiding", targetId: "achtergrond" });
    expect(clickerTarget(jeugdzorg, { stepId: "inleiding", targetId: "achtergrond" }, 1)).toEqual({ stepId: "wachtlijsten" });
    expect(clickerTarget(jeugdzorg, { stepId: "wachtlijsten" }, -1)).toEqual({ stepId: "inleiding", targetId: "achtergrond" });
  });
});
