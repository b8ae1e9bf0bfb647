// The vote on the beamer (src/lib/vote-messages.ts): only well-formed messages from another window are shown.
import { describe, expect, it } from "vitest";
import { isVoteMessage } from "../../src/lib/vote-messages.ts";

describe("vote messages", () => {
  const screen = { question: "Wie betaalt?", answers: ["a", "b", "c", "d"], counts: [1, 2, 3, 0], seen: 6, expected: 8, missing: [4, 7] };
  it("accepts the vote screen, its end and a hello", () => {
    expect(isVoteMessage({ type: "vote", screen })).toBe(true);
    expect(isVoteMessage({ type: "vote", screen: { question: "Wie?", answers: ["a", "b", "c", "d"] } })).toBe(true);
    expect(isVoteMessage({ type: "vote-end" })).toBe(true);
    expect(isVoteMessage({ type: "vote-hello" })).toBe(true);
  });
  it("refuses anything else", () => {
    expect(isVoteMessage({ type: "vote", screen: { ...screen, answers: ["a", "b"] } })).toBe(false);
    expect(isVoteMessage({ type: "vote", screen: { ...screen, counts: [1, -2, 3, 0] } })).toBe(false);
    expect(isVoteMessage({ type: "vote", screen: { ...screen, question: 3 } })).toBe(false);
    expect(isVoteMessage({ type: "move", delta: 1 })).toBe(false);
    expect(isVoteMessage(null)).toBe(false);
  });
});
