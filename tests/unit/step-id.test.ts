// The id grammar and step file names (src/lib/step-id.ts), which the schema, the content rules and the heading anchors share.
import { describe, expect, it } from "vitest";
import { idPattern, parseStepEntryId, parseStepFileName } from "../../src/lib/step-id.ts";
import { stepIdFromPath } from "../../src/lib/markdown-step-headings.ts";

describe("step ids", () => {
  it("accepts lower case words joined by single hyphens", () => {
    expect(["wachtlijsten", "brede-intake", "stap-2"].every((id) => idPattern.test(id))).toBe(true);
    expect(["Wachtlijsten", "brede--intake", "-slot", "slot-", "met spatie", ""].some((id) => idPattern.test(id))).toBe(false);
  });
  it("reads order and id from a file name, an entry id and a path the same way", () => {
    expect(parseStepFileName("02-wachtlijsten")).toEqual({ order: 2, stepId: "wachtlijsten" });
    expect(parseStepEntryId("jeugdzorg/02-wachtlijsten")).toEqual({ moduleId: "jeugdzorg", order: 2, stepId: "wachtlijsten" });
    expect(stepIdFromPath("/x/content/modules/jeugdzorg/02-wachtlijsten.mdx")).toBe("wachtlijsten");
  });
  it("rejects names without the NN- prefix or with an id outside the grammar", () => {
    expect(parseStepFileName("wachtlijsten")).toBeNull();
    expect(parseStepEntryId("jeugdzorg/02-Wachtlijsten")).toBeNull();
    expect(stepIdFromPath("/x/content/modules/jeugdzorg/index.mdx")).toBeNull();
  });
});
