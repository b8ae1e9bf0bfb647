// The printed voting cards ("stemkaarten"): one ArUco marker (dictionary ARUCO_MIP_36h12) per card, with the answer
// letters A–D at its four edges. Pure: the card sheet page renders these SVG strings, the detector
// (card-detector.ts) reads these codes.

/**
 * The first codes of ARUCO_MIP_36h12 (js-aruco2, `AR.DICTIONARIES.ARUCO_MIP_36h12`): 36 bits, a 6 × 6 grid inside a
 * black border, any two codes at least 12 bits apart in every rotation. The unit test checks them against the detector.
 */
const markerCodes = [
  0xd2b63a09d, 0x6001134e5, 0x1206fbe72, 0xff8ad6cb4, 0x85da9bc49, 0xb461afe9c, 0x6db51fe13, 0x5248c541f, 0x8f34503, 0x8ea462ece,
  0xeac2be76d, 0x1af615c44, 0xb48a49f27, 0x2e4e1283b, 0x78b1f2fa8, 0x27d34f57e, 0x89222fff1, 0x4c1669406, 0xbf49b3511, 0xdc191cd5d,
  0x11d7c3f85, 0x16a130e35, 0xe29f27eff, 0x428d8ae0c, 0x90d548477, 0x2319cbc93, 0xc3b0c3dfc, 0x424bccc9, 0x2a081d630, 0x762743d96,
  0xd0645bf19, 0xf38d7fd60, 0xc6cbf9a10, 0x3c1be7c65, 0x276f75e63, 0x4490a3f63, 0xda60acd52, 0x3cc68df59, 0xab46f9dae, 0x88d533d78,
  0xb6d62ec21, 0xb3c02b646, 0x22e56d408, 0xac5f5770a, 0xaaa993f66, 0x4caa07c8d, 0x5c9b4f7b0, 0xaa9ef0e05,
];

/** How many cards the sheet prints: enough for a council room. Card n carries marker id n − 1. */
export const cardCount = markerCodes.length;

/** The four answers, in the order of the card's edges: A on top, then clockwise B, C, D. */
export const answerLetters = ["A", "B", "C", "D"] as const;
export type AnswerLetter = (typeof answerLetters)[number];

/** The marker id the detector reports for card `number` (1-based). */
export const markerIdOf = (number: number): number => number - 1;
/** The card number for a detected marker id, or null for a marker that is not one of our cards. */
export const cardNumberOf = (markerId: number): number | null => (markerId >= 0 && markerId < cardCount ? markerId + 1 : null);

/** The marker of card `number` as 8 × 8 cells (border included), row by row; true is black. */
export function markerCells(number: number): boolean[][] {
  const code = markerCodes[markerIdOf(number)];
  if (code === undefined) throw new Error(`Kaart ${number} bestaat niet: kies 1 tot ${cardCount}.`);
  const bits = code.toString(2).padStart(36, "0");
  return Array.from({ length: 8 }, (_, y) =>
    Array.from({ length: 8 }, (_, x) => (x === 0 || y === 0 || x === 7 || y === 7 ? true : bits[(y - 1) * 6 + (x - 1)] === "0")),
  );
}

/** The marker as SVG path data in cell units (one unit square per black cell), offset by (ox, oy). */
function markerPath(number: number, ox: number, oy: number): string {
  return markerCells(number)
    .flatMap((row, y) => row.flatMap((black, x) => (black ? [`M${ox + x} ${oy + y}h1v1h-1z`] : [])))
    .join("");
}

/**
 * One card as SVG: a white quiet zone around the marker (the detector needs it), the letters A–D at the edges, each
 * upright when its edge is on top, and the card number small in a corner. 14 × 14 units; the marker is 8 units.
 */
export function cardSvg(number: number, label: string): string {
  const size = 14;
  const centre = size / 2;
  const letters = answerLetters
    .map((letter, i) => `<text x="${centre}" y="1.55" transform="rotate(${i * 90} ${centre} ${centre})">${letter}</text>`)
    .join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${label}" class="vote-card__svg">` +
    `<rect width="${size}" height="${size}" fill="#fff"/>` +
    `<path d="${markerPath(number, 3, 3)}" fill="#000"/>` +
    `<g font-family="sans-serif" font-size="1.1" fill="#444" text-anchor="middle">${letters}</g>` +
    `<text x="0.5" y="13.5" font-family="sans-serif" font-size="0.7" fill="#444">${number}</text>` +
    `</svg>`
  );
}

/** The printed card's edge in millimetres: two cards per A4 page, or one ("groot") for a large room (as in vote-cards.css). */
export const cardMillimetres = { normal: 128, large: 190 } as const;
export type CardSize = keyof typeof cardMillimetres;

/**
 * The distance (metres, to half a metre down) at which a card of `millimetres` is `pixels` wide to a 1080p webcam
 * with a common field of view (70° across). The pixels come from the bench (npm run bench): 45 px is found almost
 * always, 38 px nearly always.
 */
export function readingDistance(millimetres: number, pixels: number): number {
  const pixelsPerMetreAtOneMetre = 1920 / (2 * Math.tan((70 / 2) * (Math.PI / 180)));
  return Math.floor(((millimetres / 1000) * pixelsPerMetreAtOneMetre) / pixels * 2) / 2;
}
