// The phone's count as a short code (src/lib/scan-code.ts): every tally comes back as it went in, a typing error is
// caught, and a code read from a small screen or typed loosely (case, dashes, I/L/O) still reads.
import { describe, expect, it } from "vitest";
import { decodeScan, encodeScan, groupCode, scanQrText } from "../../src/lib/scan-code.ts";
import { answerLetters, cardCount, type AnswerLetter } from "../../src/lib/vote-cards.ts";

const tally = (entries: [number, AnswerLetter][]) => new Map(entries);

describe("scan code", () => {
  it("carries every card with its answer, up to all 48, in a short code", () => {
    const full = tally(Array.from({ length: cardCount }, (_, i) => [i + 1, answerLetters[i % 4]!]));
    const code = encodeScan(full);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]+$/);
    expect(code.length).toBeLessThanOrEqual(26);
    expect(decodeScan(code)).toEqual(full);
    const few = tally([[7, "B"], [12, "D"], [31, "A"]]);
    expect(encodeScan(few).length).toBeLessThanOrEqual(18);
    expect(decodeScan(encodeScan(few))).toEqual(few);
    expect(decodeScan(encodeScan(new Map()))).toEqual(new Map());
  });

  it("reads a code typed loosely, and the text of the phone's QR code", () => {
    const few = tally([[3, "C"], [20, "A"]]);
    const code = encodeScan(few);
    expect(decodeScan(` ${groupCode(code).toLowerCase()} `)).toEqual(few);
    expect(groupCode("ABCDEFGHJ")).toBe("ABCD-EFGH-J");
    expect(decodeScan(scanQrText(few))).toEqual(few);
    expect(decodeScan(code.replace(/1/g, "I"))).toEqual(few);
  });

  it("refuses a code with a typing error or that is not ours", () => {
    const code = encodeScan(tally([[3, "C"], [20, "A"], [41, "D"]]));
    let caught = 0;
    for (let i = 0; i < code.length; i++) {
      const wrong = code.slice(0, i) + (code[i] === "7" ? "8" : "7") + code.slice(i + 1);
      if (decodeScan(wrong) === null) caught++;
    }
    expect(caught).toBe(code.length);
    expect(decodeScan("https://example.nl/")).toBeNull();
    expect(decodeScan("")).toBeNull();
  });
});
