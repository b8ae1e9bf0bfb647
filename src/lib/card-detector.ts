// Finds the voting cards in a camera frame, down to the back row of a council room: a card whose marker is only
// 20 pixels wide in a 1080p frame. Pure: the worker (src/islands/workshop/card-detector.worker.ts) hands it the
// contour tools of js-aruco2's cv.js, the bench and the unit tests do the same in Node.
//
// The steps, and why each differs from js-aruco2's own detector:
// 1. Grey, then dark where a pixel is clearly darker than the mean of a small window around it (an integral image,
//    so any window costs the same). The window and the margin are tuned on generated room scenes (npm run bench).
// 2. Outer contours of dark blobs that are convex quadrilaterals: a marker's black border. Small ones count too.
// 3. Each side of the quadrilateral is fitted as a straight line through its contour points, and the corners are
//    where those lines cross: far more exact than the contour's corner pixels, which a soft lens rounds off.
// 4. Each of the 8 × 8 cells is read at its centre (several samples, bilinear), against a threshold halfway between
//    the marker's black border and the card's white edge around it, so dim light and a grey print read alike.
// 5. The 36 inner bits are matched with the codes of our cards in all four turns, allowing a few wrong bits.
import type { Point, SeenMarker } from "./card-vote.ts";
import { cardCount, markerCells } from "./vote-cards.ts";

/** The contour tools of js-aruco2's cv.js (CV.findContours, CV.approxPolyDP, CV.isContourConvex). */
export interface ContourTools {
  findContours(image: { width: number; height: number; data: ArrayLike<number> }, binary: Int32Array): (Point[] & { hole?: boolean })[];
  approxPolyDP(contour: Point[], epsilon: number): Point[];
  isContourConvex(polygon: Point[]): boolean;
}

export interface DetectorSettings {
  /** Half the window of the local mean, in pixels. */
  radius: number;
  /** How much darker than the local mean a pixel must be to count as dark, in grey levels. */
  margin: number;
  /** The smallest marker to look at: its perimeter in pixels. */
  minPerimeter: number;
  /** Largest difference (sum of squares over the 36 inner cells, 0–1 each) between what is seen and the closest card. */
  maxError: number;
  /** Least lead of the closest card over the next one: a card must be clearly itself. */
  minGap: number;
  /** Least difference between the black border and the white edge around it, in grey levels. */
  minContrast: number;
}

export const detectorSettings: DetectorSettings = { radius: 3, margin: 6, minPerimeter: 56, maxError: 3, minGap: 2, minContrast: 24 };

/** A found card: its marker id, its corners (the marker's own top-left first, clockwise) and how many bits were wrong. */
export interface FoundMarker extends SeenMarker {
  wrongBits: number;
  error: number;
  gap: number;
}

/** How far a cell's neighbours bleed into it through a soft lens: none, some, much. */
const blurs = [0, 0.12, 0.25];

/** How far outwards of the contour's fitted sides the marker's edge may lie, in pixels. */
const pushes = [-0.25, 0, 0.25, 0.5];

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

/** The 36 inner bits of each card's code, as a number per turn (0–3 quarter turns), for matching. */
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

function popcount(n: number): number {
  // 36 bits: split, as JavaScript's bit operators work on 32.
  let count = 0;
  let high = Math.floor(n / 2 ** 18);
  let low = n % 2 ** 18;
  while (high) {
    high &= high - 1;
    count++;
  }
  while (low) {
    low &= low - 1;
    count++;
  }
  return count;
}

/** The perspective map from the unit square (0..1 × 0..1) onto four corners, as a function. */
function squareToQuad(q: Point[]): (u: number, v: number) => Point {
  const [p0, p1, p2, p3] = q as [Point, Point, Point, Point];
  const sx = p0.x - p1.x + p2.x - p3.x;
  const sy = p0.y - p1.y + p2.y - p3.y;
  let a: number, b: number, c: number, d: number, e: number, f: number, g: number, h: number;
  if (Math.abs(sx) < 1e-9 && Math.abs(sy) < 1e-9) {
    [a, b, c, d, e, f, g, h] = [p1.x - p0.x, p3.x - p0.x, p0.x, p1.y - p0.y, p3.y - p0.y, p0.y, 0, 0];
  } else {
    const dx1 = p1.x - p2.x;
    const dx2 = p3.x - p2.x;
    const dy1 = p1.y - p2.y;
    const dy2 = p3.y - p2.y;
    const den = dx1 * dy2 - dx2 * dy1;
    g = (sx * dy2 - dx2 * sy) / den;
    h = (dx1 * sy - sx * dy1) / den;
    a = p1.x - p0.x + g * p1.x;
    b = p3.x - p0.x + h * p3.x;
    c = p0.x;
    d = p1.y - p0.y + g * p1.y;
    e = p3.y - p0.y + h * p3.y;
    f = p0.y;
  }
  return (u, v) => {
    const w = g * u + h * v + 1;
    return { x: (a * u + b * v + c) / w, y: (d * u + e * v + f) / w };
  };
}

/** The straight line through points (least squares, as a point and a unit direction). */
interface Line {
  x: number;
  y: number;
  dx: number;
  dy: number;
  nx: number;
  ny: number;
}

function fitLine(points: Point[]): Omit<Line, "nx" | "ny"> | null {
  if (points.length < 2) return null;
  let mx = 0;
  let my = 0;
  for (const p of points) {
    mx += p.x;
    my += p.y;
  }
  mx /= points.length;
  my /= points.length;
  let xx = 0;
  let xy = 0;
  let yy = 0;
  for (const p of points) {
    xx += (p.x - mx) ** 2;
    xy += (p.x - mx) * (p.y - my);
    yy += (p.y - my) ** 2;
  }
  const angle = 0.5 * Math.atan2(2 * xy, xx - yy);
  return { x: mx, y: my, dx: Math.cos(angle), dy: Math.sin(angle) };
}

function crossing(l1: Line, l2: Line): Point | null {
  const den = l1.dx * l2.dy - l1.dy * l2.dx;
  if (Math.abs(den) < 1e-6) return null;
  const t = ((l2.x - l1.x) * l2.dy - (l2.y - l1.y) * l2.dx) / den;
  return { x: l1.x + t * l1.dx, y: l1.y + t * l1.dy };
}

/** Distance from p to the segment a–b, squared. */
function segmentDistance(p: Point, a: Point, b: Point): number {
  const vx = b.x - a.x;
  const vy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * vx + (p.y - a.y) * vy) / (vx * vx + vy * vy || 1)));
  return (p.x - a.x - t * vx) ** 2 + (p.y - a.y - t * vy) ** 2;
}

/**
 * Corners from straight lines through each side's contour points (leaving out the rounded ends near a corner),
 * moved half a pixel outwards: contour points are the centres of the outermost dark pixels, the edge lies beyond.
 */
function sideLines(contour: Point[], corners: Point[]): Line[] | null {
  const sides: Point[][] = [[], [], [], []];
  const cx = (corners[0]!.x + corners[1]!.x + corners[2]!.x + corners[3]!.x) / 4;
  const cy = (corners[0]!.y + corners[1]!.y + corners[2]!.y + corners[3]!.y) / 4;
  for (const p of contour) {
    let best = 0;
    let bestDistance = Infinity;
    for (let s = 0; s < 4; s++) {
      const d = segmentDistance(p, corners[s]!, corners[(s + 1) % 4]!);
      if (d < bestDistance) [best, bestDistance] = [s, d];
    }
    const a = corners[best]!;
    const b = corners[(best + 1) % 4]!;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    const along = ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / length;
    const keep = Math.min(2, length * 0.15);
    if (along > keep && along < length - keep) sides[best]!.push(p);
  }
  const lines = sides.map(fitLine);
  if (lines.some((l) => l === null)) return null;
  return lines.map((l) => {
    // Normal pointing outwards: away from the centre of the quadrilateral.
    let nx = -l!.dy;
    let ny = l!.dx;
    if ((l!.x - cx) * nx + (l!.y - cy) * ny < 0) [nx, ny] = [-nx, -ny];
    return { ...l!, nx, ny };
  });
}

/** The corners where the side lines cross, each line moved `push` pixels outwards; null if a corner runs off. */
function cornersAt(lines: Line[], rough: Point[], push: number): Point[] | null {
  const moved = lines.map((l) => ({ ...l, x: l.x + l.nx * push, y: l.y + l.ny * push }));
  const corners: Point[] = [];
  for (let s = 0; s < 4; s++) {
    const p = crossing(moved[(s + 3) % 4]!, moved[s]!);
    if (!p || Math.hypot(p.x - rough[s]!.x, p.y - rough[s]!.y) > 3) return null;
    corners.push(p);
  }
  return corners;
}

export interface CardDetector {
  detect(image: { width: number; height: number; data: Uint8ClampedArray | Uint8Array }): FoundMarker[];
}

export function createCardDetector(tools: ContourTools, settings: DetectorSettings = detectorSettings): CardDetector {
  const codes = cardCodes();
  const hypotheses = codes.length * 4;
  const predicted = predictions(codes);
  let grey = new Uint8Array(0);
  let dark = new Uint8Array(0);
  let sums = new Uint32Array(0);
  let binary = new Int32Array(0);

  /** Grey value at a point between pixels (bilinear). */
  const sample = (width: number, height: number, x: number, y: number): number => {
    const x0 = Math.max(0, Math.min(width - 2, Math.floor(x)));
    const y0 = Math.max(0, Math.min(height - 2, Math.floor(y)));
    const fx = Math.max(0, Math.min(1, x - x0));
    const fy = Math.max(0, Math.min(1, y - y0));
    const o = y0 * width + x0;
    return (grey[o]! * (1 - fx) + grey[o + 1]! * fx) * (1 - fy) + (grey[o + width]! * (1 - fx) + grey[o + width + 1]! * fx) * fy;
  };

  /** The 10 × 10 cells around and in the marker (the ring outside is the card's white edge), read at their centres. */
  const readCells = (width: number, height: number, corners: Point[]): Float64Array => {
    const map = squareToQuad(corners);
    const values = new Float64Array(100);
    const offsets = [-0.18, 0, 0.18];
    for (let cy = -1; cy <= 8; cy++) {
      for (let cx = -1; cx <= 8; cx++) {
        let sum = 0;
        for (const oy of offsets) {
          for (const ox of offsets) {
            const p = map((cx + 0.5 + ox) / 8, (cy + 0.5 + oy) / 8);
            sum += sample(width, height, p.x, p.y);
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
  const decode = (width: number, height: number, corners: Point[]): FoundMarker | null => {
    const cells = readCells(width, height, corners);
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
    const id = best.hypothesis >> 2;
    const turn = best.hypothesis & 3;
    let code = 0;
    for (let j = 0; j < 36; j++) code = code * 2 + (seen[j]! < 0.5 ? 1 : 0);
    // Read turned by `turn` quarters clockwise: the marker's own corner k is corners[(k + turn) % 4].
    const own = [0, 1, 2, 3].map((k) => corners[(k + turn) % 4]!);
    return { id, corners: own, wrongBits: popcount(xor36(code, codes[id]![turn]!)), error: best.error, gap: second - best.error };
  };

  return {
    detect({ width, height, data }) {
      const size = width * height;
      if (grey.length !== size) {
        grey = new Uint8Array(size);
        dark = new Uint8Array(size);
        sums = new Uint32Array((width + 1) * (height + 1));
        binary = new Int32Array((width + 2) * (height + 2));
      }
      // Grey, and at once its integral image (each entry the sum of all grey values above and left of it).
      const stride = width + 1;
      for (let y = 0, i = 0; y < height; y++) {
        let row = 0;
        const above = y * stride + 1;
        const here = above + stride;
        for (let x = 0; x < width; x++, i++) {
          const o = i * 4;
          const value = (data[o]! * 77 + data[o + 1]! * 150 + data[o + 2]! * 29) >> 8;
          grey[i] = value;
          row += value;
          sums[here + x] = sums[above + x]! + row;
        }
      }
      // Dark: the mean of a pixel's 3 × 3 neighbourhood clearly below the mean of its window. The small mean takes the
      // sensor's noise out: single dark specks would otherwise become tens of thousands of contours to follow.
      const r = settings.radius;
      const margin = settings.margin;
      const window = (2 * r + 1) ** 2;
      for (let y = 0; y < height; y++) {
        const y0 = y > r ? y - r : 0;
        const y1 = y + r + 1 < height ? y + r + 1 : height;
        const s0 = y > 1 ? y - 1 : 0;
        const s1 = y + 2 < height ? y + 2 : height;
        const [w0, w1, n0, n1] = [y0 * stride, y1 * stride, s0 * stride, s1 * stride];
        const inside = y1 - y0 === 2 * r + 1 && s1 - s0 === 3;
        for (let x = 0; x < width; x++) {
          const i = y * width + x;
          if (inside && x > r && x + r + 1 < width) {
            // Away from the frame's edges: fixed window sizes, no clamping.
            const total = sums[w1 + x + r + 1]! - sums[w0 + x + r + 1]! - sums[w1 + x - r]! + sums[w0 + x - r]!;
            const own = sums[n1 + x + 2]! - sums[n0 + x + 2]! - sums[n1 + x - 1]! + sums[n0 + x - 1]!;
            dark[i] = own * window < (total - margin * window) * 9 ? 255 : 0;
            continue;
          }
          const x0 = x > r ? x - r : 0;
          const x1 = x + r + 1 < width ? x + r + 1 : width;
          const t0 = x > 1 ? x - 1 : 0;
          const t1 = x + 2 < width ? x + 2 : width;
          const area = (y1 - y0) * (x1 - x0);
          const ownArea = (s1 - s0) * (t1 - t0);
          const total = sums[w1 + x1]! - sums[w0 + x1]! - sums[w1 + x0]! + sums[w0 + x0]!;
          const own = sums[n1 + t1]! - sums[n0 + t1]! - sums[n1 + t0]! + sums[n0 + t0]!;
          dark[i] = own * area < (total - margin * area) * ownArea ? 255 : 0;
        }
      }
      const contours = tools.findContours({ width, height, data: dark }, binary);
      const found = new Map<number, FoundMarker>();
      for (const contour of contours) {
        if (contour.hole || contour.length < settings.minPerimeter) continue;
        const polygon = tools.approxPolyDP(contour, contour.length * 0.05);
        if (polygon.length !== 4 || !tools.isContourConvex(polygon)) continue;
        let shortest = Infinity;
        for (let i = 0; i < 4; i++) shortest = Math.min(shortest, Math.hypot(polygon[i]!.x - polygon[(i + 1) % 4]!.x, polygon[i]!.y - polygon[(i + 1) % 4]!.y));
        if (shortest < settings.minPerimeter / 8) continue;
        // Clockwise in the image (y grows downwards).
        const [a, b, c] = polygon as [Point, Point, Point];
        if ((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x) < 0) polygon.reverse();
        const lines = sideLines(contour, polygon);
        if (!lines) continue;
        // Where the edge lies beyond the contour depends on the light and the lens: try a few, keep the best read.
        let marker: FoundMarker | null = null;
        for (const push of pushes) {
          const corners = cornersAt(lines, polygon, push);
          const read = corners && decode(width, height, corners);
          if (read && (!marker || read.error < marker.error)) marker = read;
        }
        if (marker && (found.get(marker.id)?.error ?? Infinity) > marker.error) found.set(marker.id, marker);
      }
      return [...found.values()];
    },
  };
}

/** Exclusive or of two 36-bit numbers. */
function xor36(a: number, b: number): number {
  const high = (Math.floor(a / 2 ** 18) ^ Math.floor(b / 2 ** 18)) >>> 0;
  const low = ((a % 2 ** 18) ^ (b % 2 ** 18)) >>> 0;
  return high * 2 ** 18 + low;
}
