// Every module is ready for a workshop: each step has a time and the facilitator's side (`duration`, `workshop`),
// so the draaiboek adds up and has notes everywhere; each module has a step where the room votes with cards
// (`vote`) and one where the group takes a position or makes afspraken (`record: true`, or `workshop.cue: afspraken`).
import { describe, expect, it } from "vitest";
import { cueOf } from "../../src/lib/run-sheet.ts";
import { moduleIds, stepsOf } from "../step-frontmatter.ts";

describe("every module is ready for a workshop", () => {
  for (const module of moduleIds()) {
    it(module, () => {
      const steps = stepsOf(module);
      expect(steps.filter((s) => s.data.duration === undefined).map((s) => s.file), "stappen zonder 'duration'").toEqual([]);
      expect(steps.filter((s) => s.data.workshop === undefined).map((s) => s.file), "stappen zonder 'workshop'-blok").toEqual([]);
      expect(steps.some((s) => s.data.vote), "geen stap met 'vote'").toBe(true);
      expect(steps.some((s) => s.data.record || cueOf(s.data) === "afspraken"), "geen stap met 'record: true' of 'cue: afspraken'").toBe(true);
    });
  }
});
