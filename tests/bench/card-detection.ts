// How well the built card detector (the worker the vote dialog uses) finds the cards of a council room: generated
// 1920 × 1080 scenes (tests/e2e/room-video.ts: the real card sheet's markers, tilted and seen at an angle, dim
// uneven light, thumbs on the white edge, people in striped and checked clothes, a soft lens, sensor noise), with
// all 48 cards at one size per scene. Per card size: the share found with the right answer in one frame, wrong
// answers, and phantom cards (a card number that is not held up), also in rooms without cards and with the cases
// that should not count (a thumb over the marker, motion blur, glare, a card half out of the frame).
// Part of `npm run bench`; alone: `node tests/bench/card-detection.ts` (after a build).
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { createCardDetector, type ContourTools } from "../../src/lib/card-detector.ts";
import type { Browser } from "playwright-core";
import { answerFromCorners, type SeenMarker } from "../../src/lib/card-vote.ts";
import { cardCount, cardNumberOf } from "../../src/lib/vote-cards.ts";
import { launchBrowser, serveBuiltSite } from "../e2e/browser.ts";
import { drawScene, framePixels, placeCards, roomCards, roomScene, type PlacedCard, type Scene } from "../e2e/room-video.ts";

/** Card edges in pixels in a 1080p frame; the marker is 8/14 of the card (54 px card: 31 px marker, 3.9 px a cell). */
export const cardSizes = [54, 45, 38, 32] as const;
/** The targets of the issue that asked for this: a share of cards found per size. */
export const targets: Partial<Record<(typeof cardSizes)[number], number>> = { 45: 0.95, 38: 0.75 };

export interface SizeFigures {
  size: number;
  cards: number;
  found: number;
  wrongAnswer: number;
  phantom: number;
}

export interface DetectionFigures {
  sizes: SizeFigures[];
  /** Phantom cards in rooms without cards, and in the scene of cases that should not count. */
  phantomEmpty: number;
  phantomTrouble: number;
  /** Of the cases that should not count, how many were counted anyway (with the right answer: harmless). */
  troubleCounted: number;
  troubleCards: number;
  /** Mean detection time of a 1080p frame in the worker, and the frames a second that allows. */
  msPerFrame: number;
  framesPerSecond: number;
  /**
   * The same detector's processor time per frame (Node, same JavaScript engine), least of five runs per scene: what
   * one core needs, whatever else the machine is doing. The worker's wall-clock time above grows with a busy machine.
   */
  cpuMsPerFrame: number;
}

const all48 = roomCards(cardCount, 3).map((card, i) => ({ ...card, number: i + 1 }));

/** The scenes: three rooms per card size (light 0.42–0.65), three rooms without cards, one of cases not to count. */
export function detectionScenes(): { label: string; scene: Scene }[] {
  const scenes: { label: string; scene: Scene }[] = [];
  for (const size of cardSizes) {
    for (const [k, light] of [0.55, 0.42, 0.65].entries()) {
      scenes.push({ label: `${size}`, scene: roomScene(placeCards(all48, { width: 1920, height: 1080, size, seed: k * 100 + size, columns: 8 }), { seed: k * 7 + size, light }) });
    }
  }
  for (const seed of [13, 26, 39]) scenes.push({ label: "empty", scene: roomScene([], { seed, people: 90 }) });
  const trouble: PlacedCard[] = placeCards(all48, { width: 1920, height: 1080, size: 54, seed: 77, columns: 8 }).map((card, i) => {
    const kind = (["thumbOnMarker", "motion", "glare", "edge"] as const)[i % 4];
    // Half out of the frame: moved to the nearest side, its centre on the edge.
    if (kind === "edge") return { ...card, x: card.x < 960 ? 0 : 1920 };
    return { ...card, trouble: kind };
  });
  scenes.push({ label: "trouble", scene: roomScene(trouble, { seed: 91 }) });
  return scenes;
}

/** Runs each scene through the built worker in a page of the site; the markers and time per scene. */
async function detectScenes(browser: Browser, base: string, outDir: string, scenes: Scene[]): Promise<{ markers: SeenMarker[]; ms: number }[]> {
  const worker = readdirSync(`${outDir}/_astro`).find((f) => /^card-detector\.worker-.*\.js$/.test(f));
  if (!worker) throw new Error(`Geen card-detector.worker-*.js in ${outDir}/_astro: draai eerst 'npm run build'.`);
  const page = await browser.newPage();
  try {
    await page.goto(`${base}workshop/stemkaarten/`);
    await page.evaluate((url) => {
      (window as unknown as { detector: Worker }).detector = new Worker(url);
    }, `${base}_astro/${worker}`);
    const results: { markers: SeenMarker[]; ms: number }[] = [];
    for (const scene of scenes) {
      await drawScene(page, scene);
      results.push(
        await page.evaluate(
          () =>
            new Promise<{ markers: SeenMarker[]; ms: number }>((resolve) => {
              const { detector, roomFrame } = window as unknown as { detector: Worker; roomFrame: ImageData };
              detector.onmessage = (event) => resolve(event.data);
              const data = new Uint8ClampedArray(roomFrame.data);
              detector.postMessage({ width: roomFrame.width, height: roomFrame.height, data }, [data.buffer]);
            }),
        ),
      );
    }
    return results;
  } finally {
    await page.close();
  }
}

/** Processor time of the detector on one frame of each card size, least of five runs each, in Node. */
async function cpuTime(browser: Browser, scenes: Scene[]): Promise<number> {
  const { CV } = createRequire(import.meta.url)("js-aruco2/src/cv.js") as { CV: ContourTools };
  const detector = createCardDetector(CV);
  const page = await browser.newPage();
  const times: number[] = [];
  try {
    for (const scene of scenes) {
      await drawScene(page, scene);
      const frame = { width: scene.width, height: scene.height, data: new Uint8ClampedArray(await framePixels(page)) };
      const runs: number[] = [];
      for (let i = 0; i < 5; i++) {
        const before = process.cpuUsage();
        detector.detect(frame);
        const used = process.cpuUsage(before);
        runs.push((used.user + used.system) / 1000);
      }
      times.push(Math.min(...runs));
    }
  } finally {
    await page.close();
  }
  return times.reduce((a, b) => a + b, 0) / times.length;
}

/** Scores one scene: found with the right answer, found with a wrong answer, and phantoms. */
function score(scene: Scene, markers: SeenMarker[]) {
  let found = 0;
  let wrongAnswer = 0;
  let phantom = 0;
  for (const marker of markers) {
    const card = scene.cards.find((c) => c.number === cardNumberOf(marker.id));
    if (!card) phantom++;
    else if (answerFromCorners(marker.corners) === card.answer) found++;
    else wrongAnswer++;
  }
  return { found, wrongAnswer, phantom };
}

export async function measureCardDetection(base: string, outDir = "dist"): Promise<DetectionFigures> {
  const scenes = detectionScenes();
  const browser = await launchBrowser();
  try {
    const results = await detectScenes(browser, base, outDir, scenes.map((s) => s.scene));
    const scored = scenes.map((s, i) => ({ label: s.label, cards: s.scene.cards.length, ...score(s.scene, results[i]!.markers) }));
    const sizes = cardSizes.map((size) => {
      const mine = scored.filter((s) => s.label === String(size));
      const sum = (key: "cards" | "found" | "wrongAnswer" | "phantom") => mine.reduce((total, s) => total + s[key], 0);
      return { size, cards: sum("cards"), found: sum("found"), wrongAnswer: sum("wrongAnswer"), phantom: sum("phantom") };
    });
    const ms = results.reduce((total, r) => total + r.ms, 0) / results.length;
    const cpuMsPerFrame = await cpuTime(browser, cardSizes.map((size) => scenes.find((s) => s.label === String(size))!.scene));
    const trouble = scored.find((s) => s.label === "trouble")!;
    return {
      sizes,
      phantomEmpty: scored.filter((s) => s.label === "empty").reduce((total, s) => total + s.phantom, 0),
      phantomTrouble: trouble.phantom + trouble.wrongAnswer,
      troubleCounted: trouble.found,
      troubleCards: trouble.cards,
      msPerFrame: ms,
      framesPerSecond: 1000 / ms,
      cpuMsPerFrame,
    };
  } finally {
    await browser.close();
  }
}

if (import.meta.main) {
  const site = await serveBuiltSite();
  try {
    console.log(JSON.stringify(await measureCardDetection(site.url), null, 2));
  } finally {
    await site.close();
  }
}
