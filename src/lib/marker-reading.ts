// Reading a marker once its corners are known: each of the 10 × 10 cells (the card's white edge around the black
// border, the border, the 6 × 6 inner cells) is sampled at its centre, scaled between the border's black and the
// edge's white, and compared with how each of our cards, in each of its four turns, would look through a soft lens.
// The closest card wins, if it is close and clearly closer than any other card. Pure.
import type { Point } from "./card-vote.ts";
import { squareToQuad } from "./marker-geometry.ts";
import { cardCount, markerCells } from "./vote-cards.ts";

export interface ReaderSettings {
  /** Largest difference (sum of squares over the 36 inner cells, 0–1 each) between what is seen and the closest card. */
  maxError: number;
  /** Least lead of the closest card over the next one: a card must be clearly itself. */
  minGap: number;
  /** Least difference between the black border and the white edge around it, in grey levels. */
  minContrast: number;
}

/** A marker read: its id, how many quarter turns clockwise it was read turned, and how far it was from perfect. */
export interface MarkerRead {
  id: number;
  turn: number;
  error: number;
}

/** How far a cell's neighbours bleed into it through a soft lens: none, some, much. */
const blurs = [0, 0.12, 0.25];

/** The 36 inner bits of each card's code (1 is black), as a number per turn (0–3 quarter turns clockwise). */
function cardCodes(): number[][] {
  return Array.from({ length: cardCount }, (_, i) => {
    const cells = markerCells(i + 1);
    const bits = (turn: number) => {
      let code = 0;
      for (let y = 0; y < 6; y++) {
        for (let x = 0; x < 6; x++) {
          // The cell that lands at (x, y) after `turn` quarter turns clockwise.
          let [u, v] = [x, y];
          for (let t = 0; t < turn; t++) [u, v] = [v, 5 - u];
          code = code * 2 + (cells[v + 1]![u + 1] ? 1 : 0);
        }
      }
      return code;
    };
    return [0, 1, 2, 3].map(bits);
  });
}

/**
 * For each card (4 entries per card, one per turn) and each blur: its 36 inner cells as the camera would see them,
 * 0 black to 1 white, with the black border and the white edge around it bleeding in.
 */
function predictions(codes: number[][]): Float32Array {
  const out = new Float32Array(codes.length * 4 * blurs.length * 36);
  codes.forEach((turns, id) =>
    turns.forEach((code, turn) => {
      // 10 × 10: the white edge, the black border, the inner cells (a 1 bit is black).
      const ideal = (x: number, y: number) => {
        if (x <= 0 || y <= 0 || x >= 9 || y >= 9) return 1;
        if (x === 1 || y === 1 || x === 8 || y === 8) return 0;
        return Math.floor(code / 2 ** (35 - ((y - 2) * 6 + x - 2))) % 2 === 1 ? 0 : 1;
      };
      blurs.forEach((e, b) => {
        const offset = ((id * 4 + turn) * blurs.length + b) * 36;
        for (let y = 2; y < 8; y++) {
          for (let x = 2; x < 8; x++) {
            const sides = ideal(x - 1, y) + ideal(x + 1, y) + ideal(x, y - 1) + ideal(x, y + 1);
            const corners = ideal(x - 1, y - 1) + ideal(x + 1, y - 1) + ideal(x - 1, y + 1) + ideal(x + 1, y + 1);
            out[offset + (y - 2) * 6 + x - 2] = (ideal(x, y) + e * sides + (e / 2) * corners) / (1 + 6 * e);
          }
        }
      });
    }),
  );
  return out;
}

/** A reader of markers in a grey frame: a function of the frame and four corners. */
export function createMarkerReader(settings: ReaderSettings) {
  const codes = cardCodes();
  const hypotheses = codes.length * 4;
  const predicted = predictions(codes);

  /** Grey value at a point between pixels (bilinear). */
  const sample = (grey: Uint8Array, width: number, height: number, x: number, y: number): number => {
    const x0 = Math.max(0, Math.min(width - 2, Math.floor(x)));
    const y0 = Math.max(0, Math.min(height - 2, Math.floor(y)));
    const fx = Math.max(0, Math.min(1, x - x0));
    const fy = Math.max(0, Math.min(1, y - y0));
    const o = y0 * width + x0;
    return (grey[o]! * (1 - fx) + grey[o + 1]! * fx) * (1 - fy) + (grey[o + width]! * (1 - fx) + grey[o + width + 1]! * fx) * fy;
  };

  /** The 10 × 10 cells around and in the marker (the ring outside is the card's white edge), read at their centres. */
  const readCells = (grey: Uint8Array, width: number, height: number, corners: Point[]): Float64Array => {
    const map = squareToQuad(corners);
    const values = new Float64Array(100);
    const offsets = [-0.18, 0, 0.18];
    for (let cy = -1; cy <= 8; cy++) {
      for (let cx = -1; cx <= 8; cx++) {
        let sum = 0;
        for (const oy of offsets) {
          for (const ox of offsets) {
            const p = map((cx + 0.5 + ox) / 8, (cy + 0.5 + oy) / 8);
            sum += sample(grey, width, height, p.x, p.y);
          }
        }
        values[(cy + 1) * 10 + cx + 1] = sum / 9;
      }
    }
    return values;
  };

  const median = (values: number[]): number => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[sorted.length >> 1]!;
  };

  /** Reads one candidate: the card id and how it is turned, or null. */
  return (grey: Uint8Array, width: number, height: number, corners: Point[]): MarkerRead | null => {
    const cells = readCells(grey, width, height, corners);
    const border: number[] = [];
    const edge: number[] = [];
    for (let y = -1; y <= 8; y++) {
      for (let x = -1; x <= 8; x++) {
        const value = cells[(y + 1) * 10 + x + 1]!;
        if (x === -1 || y === -1 || x === 8 || y === 8) edge.push(value);
        else if (x === 0 || y === 0 || x === 7 || y === 7) border.push(value);
      }
    }
    const black = median(border);
    const white = median(edge);
    if (white - black < settings.minContrast) return null;
    const threshold = (black + white) / 2;
    if (border.filter((v) => v > threshold).length > 2) return null;
    // Soft reading: compare the 36 inner cells, scaled from black (0) to white (1), with how each card in each
    // turn would look through a slightly soft lens, and take the closest; a clear winner only.
    const scale = 1 / (white - black);
    const seen = new Float32Array(36);
    for (let y = 0; y < 6; y++) for (let x = 0; x < 6; x++) seen[y * 6 + x] = (cells[(y + 2) * 10 + x + 2]! - black) * scale;
    let best = { hypothesis: -1, error: Infinity };
    let second = Infinity;
    for (let h = 0; h < hypotheses; h++) {
      let error = Infinity;
      for (let b = 0; b < blurs.length; b++) {
        const offset = (h * blurs.length + b) * 36;
        let sum = 0;
        for (let j = 0; j < 36; j++) sum += (seen[j]! - predicted[offset + j]!) ** 2;
        if (sum < error) error = sum;
      }
      if (error < best.error) {
        if (best.hypothesis >= 0 && best.hypothesis >> 2 !== h >> 2) second = best.error;
        best = { hypothesis: h, error };
      } else if (error < second && h >> 2 !== best.hypothesis >> 2) second = error;
    }
    if (best.error > settings.maxError || second - best.error < settings.minGap) return null;
    return { id: best.hypothesis >> 2, turn: best.hypothesis & 3, error: best.error };
  };
}
