// The clicker's order through a module (src/lib/presentation-sequence.ts): steps, into and out of carousels, branches.
import { describe, expect, it } from "vitest";
import { clickerTarget, indexOfPlace, presentationSequence, stepFrom } from "../../src/lib/presentation-sequence.ts";
import type { RouteStep } from "../../src/lib/route.ts";

const options = new Set(["kwartaal", "overbrugging", "contact", "tarieven"]);
const isOption = (id: string) => options.has(id);

const jeugdzorg: RouteStep[] = [
  { id: "inleiding", title: "Inleiding", targets: ["achtergrond"] },
  { id: "wachtlijsten", title: "Dilemma 1", targets: ["kwartaal", "overbrugging", "contact"] },
  { id: "belangen", title: "Dilemma 2", targets: ["tarieven", "lijst"] },
  { id: "afsluiting", title: "Afsluiting", targets: [] },
];

const branching: RouteStep[] = [
  { id: "waarom", title: "Waarom", targets: [] },
  { id: "kies", title: "Kies", targets: [], choices: [{ label: "Eenvoudig", goto: "snel" }, { label: "Complex", goto: "intake" }] },
  { id: "snel", title: "Snel", branch: "eenvoudig", next: "slot", targets: [] },
  { id: "intake", title: "Intake", branch: "complex", targets: ["tarieven"] },
  { id: "vergunning", title: "Vergunning", branch: "complex", next: "slot", targets: [] },
  { id: "slot", title: "Slot", targets: [] },
];

describe("presentation sequence", () => {
  it("walks each step, then its options one by one, and leaves dialogs and checklists out", () => {
    expect(presentationSequence(jeugdzorg, isOption)).toEqual([
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
    expect(clickerTarget(jeugdzorg, isOption, { stepId: "wachtlijsten" }, 1)).toEqual({ stepId: "wachtlijsten", targetId: "kwartaal" });
    expect(clickerTarget(jeugdzorg, isOption, { stepId: "wachtlijsten", targetId: "contact" }, 1)).toEqual({ stepId: "belangen" });
    expect(clickerTarget(jeugdzorg, isOption, { stepId: "belangen" }, -1)).toEqual({ stepId: "wachtlijsten", targetId: "contact" });
    expect(clickerTarget(jeugdzorg, isOption, { stepId: "wachtlijsten", targetId: "kwartaal" }, -1)).toEqual({ stepId: "wachtlijsten" });
  });

  it("stops at both ends of the module", () => {
    expect(clickerTarget(jeugdzorg, isOption, { stepId: "afsluiting" }, 1)).toBeNull();
    expect(clickerTarget(jeugdzorg, isOption, { stepId: "inleiding" }, -1)).toBeNull();
  });

  it("treats an open dialog as its step: forward goes on, back returns to the step", () => {
    const inDialog = { stepId: "inleiding", targetId: "achtergrond" };
    expect(indexOfPlace(presentationSequence(jeugdzorg, isOption), inDialog)).toBe(0);
    expect(clickerTarget(jeugdzorg, isOption, inDialog, 1)).toEqual({ stepId: "wachtlijsten" });
    expect(clickerTarget(jeugdzorg, isOption, inDialog, -1)).toEqual({ stepId: "inleiding" });
  });

  it("follows the default branch, or the branch the presenter is on", () => {
    expect(presentationSequence(branching, isOption).map((i) => i.targetId ?? i.stepId)).toEqual(["waarom", "kies", "snel", "slot"]);
    expect(clickerTarget(branching, isOption, { stepId: "intake" }, 1)).toEqual({ stepId: "intake", targetId: "tarieven" });
    expect(clickerTarget(branching, isOption, { stepId: "intake", targetId: "tarieven" }, 1)).toEqual({ stepId: "vergunning" });
    expect(clickerTarget(branching, isOption, { stepId: "vergunning" }, 1)).toEqual({ stepId: "slot" });
    // Where the branches meet, back goes through the branch the presenter came from.
    expect(clickerTarget(branching, isOption, { stepId: "slot" }, -1, "complex")).toEqual({ stepId: "vergunning" });
    expect(clickerTarget(branching, isOption, { stepId: "slot" }, -1)).toEqual({ stepId: "snel" });
  });

  it("returns null for a place that is not in the module", () => {
    expect(stepFrom(presentationSequence(jeugdzorg, isOption), { stepId: "bestaat-niet" }, 1)).toBeNull();
  });
  it("opens a dialog such as 'Meer achtergrond' in its place in the text, when the caller walks dialogs", () => {
    const withDialogs = (id: string) => isOption(id) || id === "achtergrond";
    expect(presentationSequence(jeugdzorg, withDialogs).slice(0, 3)).toEqual([{ stepId: "inleiding" }, { stepId: "inleiding", targetId: "achtergrond" }, { stepId: "wachtlijsten" }]);
    expect(clickerTarget(jeugdzorg, withDialogs, { stepId: "inleiding" }, 1)).toEqual({ stepId: "inleiding", targetId: "achtergrond" });
    expect(clickerTarget(jeugdzorg, withDialogs, { stepId: "inleiding", targetId: "achtergrond" }, 1)).toEqual({ stepId: "wachtlijsten" });
    expect(clickerTarget(jeugdzorg, withDialogs, { stepId: "wachtlijsten" }, -1)).toEqual({ stepId: "inleiding", targetId: "achtergrond" });
  });
});
