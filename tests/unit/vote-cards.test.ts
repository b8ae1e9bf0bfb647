// The voting cards (src/lib/vote-cards.ts): each card's marker is a code of ARUCO_MIP_36h12 (as js-aruco2 ships the
// dictionary), and the detector (src/lib/card-detector.ts, with js-aruco2's contour tools) finds it on a drawn card
// in all four turns, with the letter on top as the answer.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { answerFromCorners } from "../../src/lib/card-vote.ts";
import { createCardDetector, type ContourTools } from "../../src/lib/card-detector.ts";
import { cardCount, cardNumberOf, cardSvg, markerCells, markerIdOf } from "../../src/lib/vote-cards.ts";

const require = createRequire(import.meta.url);
const { AR } = require("js-aruco2") as { AR: { DICTIONARIES: { ARUCO_MIP_36h12: { codeList: number[] } } } };
const { CV } = require("js-aruco2/src/cv.js") as { CV: ContourTools };

/** Draws the card's marker (cells of 12 px, 40 px white around it), turned `quarters` quarter turns to the left. */
function drawCard(number: number, quarters: number) {
  const cells = markerCells(number);
  const cell = 12;
  const margin = 40;
  const size = 8 * cell + 2 * margin;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Undo the turn: a pixel of the turned image comes from this spot of the upright card.
      let u = x;
      let v = y;
      for (let q = 0; q < quarters; q++) [u, v] = [size - 1 - v, u];
      const cx = Math.floor((u - margin) / cell);
      const cy = Math.floor((v - margin) / cell);
      if (cells[cy]?.[cx]) data.fill(0, (y * size + x) * 4, (y * size + x) * 4 + 3);
    }
  }
  return { width: size, height: size, data };
}

describe("voting cards", () => {
  it("prints at least 40 cards, each with its own code from ARUCO_MIP_36h12", () => {
    expect(cardCount).toBeGreaterThanOrEqual(40);
    const codes = AR.DICTIONARIES.ARUCO_MIP_36h12.codeList;
    for (let n = 1; n <= cardCount; n++) {
      const bits = markerCells(n)
        .slice(1, 7)
        .flatMap((row) => row.slice(1, 7).map((black) => (black ? "0" : "1")))
        .join("");
      expect(bits, `kaart ${n}`).toBe(codes[markerIdOf(n)]!.toString(2).padStart(36, "0"));
    }
  });

  it("the detector reads card 12 with A, B, C or D on top as that answer", () => {
    const detector = createCardDetector(CV);
    const seen = [0, 1, 2, 3].map((quarters) => detector.detect(drawCard(12, quarters)).map((m) => [cardNumberOf(m.id), answerFromCorners(m.corners)]));
    // Turning the card a quarter to the left brings the right edge (B) on top, and so on.
    expect(seen).toEqual([[[12, "A"]], [[12, "B"]], [[12, "C"]], [[12, "D"]]]);
  });

  it("draws the letters A–D at the edges and the card number in SVG", () => {
    const svg = cardSvg(7, "Stemkaart 7");
    expect(svg).toContain('aria-label="Stemkaart 7"');
    expect([...svg.matchAll(/<text[^>]*>([A-D])<\/text>/g)].map((m) => m[1])).toEqual(["A", "B", "C", "D"]);
    expect(svg).toMatch(/>7<\/text>/);
    expect(() => cardSvg(cardCount + 1, "")).toThrow(/bestaat niet/);
  });
});
