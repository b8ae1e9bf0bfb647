// Finds the voting cards in a camera frame, down to the back row of a council room: a card whose marker is only
// 20 pixels wide in a 1080p frame. Pure: the worker (src/islands/workshop/card-detector.worker.ts) hands it the
// contour tools of js-aruco2's cv.js, the bench and the unit tests do the same in Node.
//
// The steps, and why each differs from js-aruco2's own detector:
// 1. Grey, then dark where a pixel is clearly darker than the mean of a small window around it (an integral image,
//    so any window costs the same). The window and the margin are tuned on generated room scenes (npm run bench).
// 2. Outer contours of dark blobs that are convex quadrilaterals: a marker's black border. Small ones count too.
// 3. Each side of the quadrilateral is fitted as a straight line through its contour points, and the corners are
//    where those lines cross (marker-geometry.ts): far more exact than the contour's corner pixels, which a soft
//    lens rounds off. Where the true edge lies beyond the contour depends on light and lens: a few offsets are tried.
// 4. The cells are read at their centres and compared with each card as a soft lens would show it, scaled between
//    the black border and the card's white edge (marker-reading.ts), so dim light and small markers still read.
import type { Point, SeenMarker } from "./card-vote.ts";
import { cornersAt, sideLines } from "./marker-geometry.ts";
import { createMarkerReader, type ReaderSettings } from "./marker-reading.ts";

/** The contour tools of js-aruco2's cv.js (CV.findContours, CV.approxPolyDP, CV.isContourConvex). */
export interface ContourTools {
  findContours(image: { width: number; height: number; data: ArrayLike<number> }, binary: Int32Array): (Point[] & { hole?: boolean })[];
  approxPolyDP(contour: Point[], epsilon: number): Point[];
  isContourConvex(polygon: Point[]): boolean;
}

export interface DetectorSettings extends ReaderSettings {
  /** Half the window of the local mean, in pixels. */
  radius: number;
  /** How much darker than the local mean a pixel must be to count as dark, in grey levels. */
  margin: number;
  /** The smallest marker to look at: its perimeter in pixels. */
  minPerimeter: number;
}

export const detectorSettings: DetectorSettings = { radius: 3, margin: 6, minPerimeter: 56, maxError: 3, minGap: 2, minContrast: 24 };

/** A found card: its marker id, its corners (the marker's own top-left first, clockwise) and how far from perfect. */
export interface FoundMarker extends SeenMarker {
  error: number;
}

/** How far outwards of the contour's fitted sides the marker's edge may lie, in pixels. */
const pushes = [-0.25, 0, 0.25, 0.5];

export interface CardDetector {
  detect(image: { width: number; height: number; data: Uint8ClampedArray | Uint8Array }): FoundMarker[];
}

export function createCardDetector(tools: ContourTools, settings: DetectorSettings = detectorSettings): CardDetector {
  const read = createMarkerReader(settings);
  let grey = new Uint8Array(0);
  let dark = new Uint8Array(0);
  let sums = new Uint32Array(0);
  let binary = new Int32Array(0);

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
          const seen = corners && read(grey, width, height, corners);
          // Read turned by `turn` quarters clockwise: the marker's own corner k is corners[(k + turn) % 4].
          if (seen && (!marker || seen.error < marker.error)) marker = { id: seen.id, error: seen.error, corners: [0, 1, 2, 3].map((k) => corners[(k + seen.turn) % 4]!) };
        }
        if (marker && (found.get(marker.id)?.error ?? Infinity) > marker.error) found.set(marker.id, marker);
      }
      return [...found.values()];
    },
  };
}
