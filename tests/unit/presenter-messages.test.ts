// The messages between the presentation and the presenter view come from other windows (src/lib/presenter-messages.ts):
// only well-formed ones get through.
import { describe, expect, it } from "vitest";
import { isPresenterMessage } from "../../src/lib/presenter-messages.ts";

describe("presenter messages", () => {
  it("lets through each kind in its shape", () => {
    for (const message of [
      { type: "hello" },
      { type: "place", stepId: "wachtlijsten", blank: false },
      { type: "place", stepId: "wachtlijsten", targetId: "kwartaal", blank: true },
      { type: "move", delta: -1 },
      { type: "goto", stepId: "privacy" },
      { type: "blank" },
      { type: "ended" },
      { type: "module", moduleId: "jeugdzorg", stepId: "privacy" },
    ]) {
      expect(isPresenterMessage(message), JSON.stringify(message)).toBe(true);
    }
  });

  it("stops anything else", () => {
    for (const message of [
      null,
      "hello",
      { type: "toString" },
      { type: "onbekend" },
      { type: "place", stepId: 3, blank: false },
      { type: "place", stepId: "x" },
      { type: "move", delta: 2 },
      { type: "module", moduleId: "../begeleider", stepId: "x" },
    ]) {
      expect(isPresenterMessage(message), JSON.stringify(message)).toBe(false);
    }
  });
});
