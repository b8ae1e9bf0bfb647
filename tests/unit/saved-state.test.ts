// Saved browser state (src/lib/saved-state.ts): damaged data is kept under a backup key, never dropped.
import { describe, expect, it } from "vitest";
import { decodeSaved, isChecklistState } from "../../src/lib/saved-state.ts";

describe("decodeSaved", () => {
  it("reads valid data", () => {
    expect(decodeSaved('{"wat-is-nodig":[0,3]}', "k", isChecklistState, {})).toEqual({ value: { "wat-is-nodig": [0, 3] } });
  });
  it("starts empty without data", () => {
    expect(decodeSaved(null, "k", isChecklistState, {})).toEqual({ value: {} });
  });
  it("backs up bad JSON and a wrong shape", () => {
    expect(decodeSaved("{kapot", "k", isChecklistState, {})).toEqual({ value: {}, damaged: { backupKey: "k:backup", raw: "{kapot" } });
    expect(decodeSaved('{"a":"ja"}', "k", isChecklistState, {}).damaged?.raw).toBe('{"a":"ja"}');
    expect(decodeSaved("[1,2]", "k", isChecklistState, {}).damaged).toBeDefined();
  });
});
