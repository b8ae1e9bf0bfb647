// The geometry of a marker in a camera frame: straight lines fitted through the sides of its contour, the corners
// where they cross, and the perspective map from the marker's own square onto those corners. Pure.
import type { Point } from "./card-vote.ts";

/** The perspective map from the unit square (0..1 × 0..1) onto four corners, as a function. */
export function squareToQuad(q: Point[]): (u: number, v: number) => Point {
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
export interface Line {
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
 * Straight lines through each side's contour points (leaving out the rounded ends near a corner), each with its
 * normal pointing outwards: contour points are the centres of the outermost dark pixels, the edge lies beyond.
 */
export function sideLines(contour: Point[], corners: Point[]): Line[] | null {
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
export function cornersAt(lines: Line[], rough: Point[], push: number): Point[] | null {
  const moved = lines.map((l) => ({ ...l, x: l.x + l.nx * push, y: l.y + l.ny * push }));
  const corners: Point[] = [];
  for (let s = 0; s < 4; s++) {
    const p = crossing(moved[(s + 3) % 4]!, moved[s]!);
    if (!p || Math.hypot(p.x - rough[s]!.x, p.y - rough[s]!.y) > 3) return null;
    corners.push(p);
  }
  return corners;
}
