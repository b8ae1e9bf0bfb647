// Makes the camera of the card-vote tests and the bench: the real voting cards (src/lib/vote-cards.ts, the SVG the
// card sheet prints), "photographed" as a council room would look to a webcam: cards held up with known answers,
// tilted and seen at an angle, thumbs on the white edge, people and patterned clothes behind them, dim uneven light,
// a soft lens and sensor noise. Written as Y4M video that Chromium plays as its fake camera, or handed to the
// detector as pixels. Everything is seeded, so a scene is the same at every run.
import { writeFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { answerLetters, cardCount, cardSvg, type AnswerLetter } from "../../src/lib/vote-cards.ts";

export interface HeldCard {
  number: number;
  answer: AnswerLetter;
}

/** One card as drawn: where, how big (the printed card's edge, in pixels; its marker is 8/14 of it), how held. */
export interface PlacedCard extends HeldCard {
  x: number;
  y: number;
  size: number;
  /** Extra turn besides the answer's quarter turns, in radians (held askew). */
  tilt: number;
  /** Seen at an angle: horizontal shear and vertical squash. */
  shear: number;
  squash: number;
  /** A thumb on the card's lower white edge. */
  thumb: boolean;
  /** Edge cases, not meant to be counted: a thumb over a marker corner, motion blur, glare. */
  trouble?: "thumbOnMarker" | "motion" | "glare";
}

export interface Scene {
  width: number;
  height: number;
  cards: PlacedCard[];
  /** Light on the cards, 0–1: 1 is a bright room; the light also falls off towards the corners. */
  light: number;
  /** Lens softness: blur radius in pixels over the whole frame. */
  lens: number;
  /** Sensor noise: the spread of the added noise, in grey levels. */
  noise: number;
  /** People and their clothes (stripes, checks, text) behind the cards. */
  people: number;
  /** An image (data: URL) held up too, such as the phone's result code: centre and edge in pixels. */
  extra?: { src: string; x: number; y: number; size: number };
  seed: number;
}

/** A small seeded random generator, so the room is the same at every run. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** `count` cards with answers from a fixed random sequence; card numbers spread over the whole sheet. */
export function roomCards(count: number, seed = 17): HeldCard[] {
  const random = seeded(seed);
  return Array.from({ length: count }, (_, i) => ({ number: 1 + ((i * 7 + 3) % cardCount), answer: answerLetters[Math.floor(random() * 4)]! }));
}

export function expectedCounts(cards: HeldCard[]): number[] {
  return answerLetters.map((letter) => cards.filter((c) => c.answer === letter).length);
}

/**
 * Places `cards` in a grid over the frame, each `size` px (or a size from `sizes` per card), held a little askew
 * (up to ±12°), seen at an angle, most with a thumb on the white edge.
 */
export function placeCards(cards: HeldCard[], options: { width: number; height: number; size: number | ((i: number) => number); seed: number; columns?: number; area?: { x: number; y: number; width: number; height: number } }): PlacedCard[] {
  const random = seeded(options.seed);
  const area = options.area ?? { x: 0, y: 0, width: options.width, height: options.height };
  const columns = options.columns ?? Math.ceil(Math.sqrt((cards.length * area.width) / area.height));
  const rows = Math.ceil(cards.length / columns);
  const cellW = area.width / columns;
  const cellH = area.height / rows;
  return cards.map((card, i) => {
    const size = typeof options.size === "number" ? options.size : options.size(i);
    const room = (free: number) => Math.max(0, free - size * 1.3) * (random() - 0.5);
    return {
      ...card,
      size,
      x: area.x + (i % columns) * cellW + cellW / 2 + room(cellW),
      y: area.y + Math.floor(i / columns) * cellH + cellH / 2 + room(cellH),
      tilt: (random() - 0.5) * 0.42,
      shear: (random() - 0.5) * 0.3,
      squash: 0.82 + random() * 0.18,
      thumb: random() < 0.7,
    };
  });
}

/** A room scene: the light, lens and noise of a dim council room seen by a 1080p webcam. */
export function roomScene(cards: PlacedCard[], options: Partial<Omit<Scene, "cards">> = {}): Scene {
  return { width: 1920, height: 1080, light: 0.55, lens: 0.8, noise: 5, people: 40, seed: 5, ...options, cards };
}

/**
 * Draws `scene` in `page` (any page of the site: the card SVGs are passed in) and keeps the frame there as
 * `window.roomFrame` (ImageData). Returns nothing: the pixels stay in the page until asked for.
 */
export async function drawScene(page: Page, scene: Scene): Promise<void> {
  const svgs = Object.fromEntries([...new Set(scene.cards.map((c) => c.number))].map((n) => [n, cardSvg(n, `Stemkaart ${n}`)]));
  await page.evaluate(
    async ({ scene, svgs }) => {
      let s = scene.seed >>> 0;
      const random = () => {
        s = (s * 1664525 + 1013904223) >>> 0;
        return s / 2 ** 32;
      };
      const { width, height } = scene;
      const load = (src: string) =>
        new Promise<HTMLImageElement>((resolve, reject) => {
          const img = new Image();
          img.onload = () => resolve(img);
          img.onerror = reject;
          img.src = src;
        });
      const canvas = document.createElement("canvas");
      canvas.width = width;
      canvas.height = height;
      const ctx = canvas.getContext("2d", { willReadFrequently: true })!;
      // The room: a wall with a window, and people in patterned clothes, some with text on a shirt or a badge.
      ctx.fillStyle = "#9a9384";
      ctx.fillRect(0, 0, width, height);
      ctx.fillStyle = "#d8dde0";
      ctx.fillRect(width * 0.7, height * 0.05, width * 0.25, height * 0.3);
      ctx.strokeStyle = "#222";
      ctx.lineWidth = 6;
      for (let k = 0; k < 4; k++) ctx.strokeRect(width * 0.7 + (k % 2) * width * 0.125, height * 0.05 + Math.floor(k / 2) * height * 0.15, width * 0.125, height * 0.15);
      for (let i = 0; i < scene.people; i++) {
        const x = random() * width;
        const y = height * 0.2 + random() * height * 0.9;
        const w = 60 + random() * 90;
        const grey = Math.floor(30 + random() * 180);
        ctx.save();
        ctx.beginPath();
        ctx.ellipse(x, y, w, w * 1.6, 0, 0, Math.PI * 2);
        ctx.clip();
        ctx.fillStyle = `rgb(${grey},${grey - 15},${grey - 25})`;
        ctx.fillRect(x - w, y - w * 1.6, 2 * w, 3.2 * w);
        const pattern = Math.floor(random() * 4);
        ctx.fillStyle = random() < 0.5 ? "#111" : "#f4f4f4";
        const step = 4 + random() * 10;
        if (pattern === 1) for (let k = -w; k < w; k += step * 2) ctx.fillRect(x + k, y - w * 1.6, step, 3.2 * w);
        if (pattern === 2) for (let a = -w; a < w; a += step) for (let b = -w * 1.6; b < w * 1.6; b += step) if ((Math.floor(a / step) + Math.floor(b / step)) % 2 === 0) ctx.fillRect(x + a, y + b, step, step);
        if (pattern === 3) {
          ctx.font = `bold ${Math.round(step * 2)}px sans-serif`;
          ctx.fillText("SOCIAAL DOMEIN", x - w * 0.8, y);
          ctx.fillRect(x - 12, y - w * 0.6, 24, 24);
        }
        ctx.restore();
        // A head above the body.
        ctx.fillStyle = `rgb(${150 + Math.floor(random() * 60)},${110 + Math.floor(random() * 40)},${90 + Math.floor(random() * 30)})`;
        ctx.beginPath();
        ctx.ellipse(x, y - w * 1.9, w * 0.45, w * 0.55, 0, 0, Math.PI * 2);
        ctx.fill();
      }
      const images = new Map<number, HTMLImageElement>();
      for (const [n, svg] of Object.entries(svgs)) images.set(Number(n), await load(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`));
      const turns = { A: 0, B: -Math.PI / 2, C: Math.PI, D: Math.PI / 2 };
      for (const card of scene.cards) {
        const half = card.size / 2;
        ctx.save();
        ctx.translate(card.x, card.y);
        ctx.transform(1, 0, card.shear, card.squash, 0, 0);
        ctx.rotate(turns[card.answer] + card.tilt);
        if (card.trouble === "motion") {
          ctx.globalAlpha = 0.25;
          for (let k = -3; k <= 3; k++) ctx.drawImage(images.get(card.number)!, -half + k * card.size * 0.06, -half, card.size, card.size);
        } else ctx.drawImage(images.get(card.number)!, -half, -half, card.size, card.size);
        ctx.restore();
        ctx.save();
        ctx.translate(card.x, card.y);
        const skin = "rgb(196,146,122)";
        if (card.thumb) {
          // On the white edge, below the marker: the marker starts 3/14 of the card in from each edge.
          ctx.fillStyle = skin;
          ctx.beginPath();
          ctx.ellipse((random() - 0.5) * card.size * 0.3, half * card.squash + card.size * 0.02, card.size * 0.1, card.size * 0.16, 0, 0, Math.PI * 2);
          ctx.fill();
        }
        if (card.trouble === "thumbOnMarker") {
          ctx.fillStyle = skin;
          ctx.beginPath();
          ctx.ellipse(card.size * 0.22, card.size * 0.22, card.size * 0.12, card.size * 0.2, -0.6, 0, Math.PI * 2);
          ctx.fill();
        }
        if (card.trouble === "glare") {
          const glare = ctx.createRadialGradient(0, 0, 0, 0, 0, card.size * 0.35);
          glare.addColorStop(0, "rgba(255,255,255,0.95)");
          glare.addColorStop(1, "rgba(255,255,255,0)");
          ctx.fillStyle = glare;
          ctx.fillRect(-half, -half, card.size, card.size);
        }
        ctx.restore();
      }
      if (scene.extra) {
        const img = await load(scene.extra.src);
        ctx.fillStyle = "#fff";
        const e = scene.extra;
        ctx.fillRect(e.x - e.size / 2 - 8, e.y - e.size / 2 - 8, e.size + 16, e.size + 16);
        ctx.drawImage(img, e.x - e.size / 2, e.y - e.size / 2, e.size, e.size);
      }
      // The lens: a soft image, then the light (falling off towards the corners) and the sensor's noise.
      const lens = document.createElement("canvas");
      lens.width = width;
      lens.height = height;
      const soft = lens.getContext("2d", { willReadFrequently: true })!;
      soft.filter = scene.lens > 0 ? `blur(${scene.lens}px)` : "none";
      soft.drawImage(canvas, 0, 0);
      const frame = soft.getImageData(0, 0, width, height);
      const px = frame.data;
      const floor = 18;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const dx = x / width - 0.5;
          const dy = y / height - 0.5;
          const gain = scene.light * (1 - 0.6 * (dx * dx + dy * dy));
          const o = (y * width + x) * 4;
          const n = (random() + random() + random() - 1.5) * scene.noise * 2;
          for (let c = 0; c < 3; c++) px[o + c] = floor + gain * px[o + c]! + n;
        }
      }
      (window as unknown as { roomFrame: ImageData }).roomFrame = frame;
    },
    { scene, svgs },
  );
}

/** The frame drawn last in `page`, as RGBA bytes. */
export async function framePixels(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(() => {
    const data = (window as unknown as { roomFrame: ImageData }).roomFrame.data;
    let binary = "";
    for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
    return btoa(binary);
  });
  return Buffer.from(base64, "base64");
}

/** RGBA → one Y4M frame (I420, BT.601 full range, as Chromium's fake camera reads C420jpeg). */
export function toI420(rgba: Uint8Array, width: number, height: number): Buffer {
  const out = Buffer.alloc(width * height * 1.5);
  const quarter = (width / 2) * (height / 2);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      out[y * width + x] = Math.round(0.299 * rgba[o]! + 0.587 * rgba[o + 1]! + 0.114 * rgba[o + 2]!);
    }
  }
  for (let y = 0; y < height; y += 2) {
    for (let x = 0; x < width; x += 2) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (const [dx, dy] of [[0, 0], [1, 0], [0, 1], [1, 1]] as const) {
        const o = ((y + dy) * width + x + dx) * 4;
        r += rgba[o]!;
        g += rgba[o + 1]!;
        b += rgba[o + 2]!;
      }
      const c = (y / 2) * (width / 2) + x / 2;
      out[width * height + c] = Math.max(0, Math.min(255, Math.round((-0.168736 * r - 0.331264 * g + 0.5 * b) / 4 + 128)));
      out[width * height + quarter + c] = Math.max(0, Math.min(255, Math.round((0.5 * r - 0.418688 * g - 0.081312 * b) / 4 + 128)));
    }
  }
  return out;
}

/** Draws each scene in `page` and writes them as a Y4M video (10 frames a second); Chromium plays it in a loop. */
export async function writeSceneVideo(page: Page, path: string, scenes: Scene[]): Promise<void> {
  const { width, height } = scenes[0]!;
  const frames: Buffer[] = [];
  for (const scene of scenes) {
    await drawScene(page, scene);
    frames.push(toI420(await framePixels(page), width, height));
  }
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  writeFileSync(path, Buffer.concat([header, ...frames.flatMap((f) => [Buffer.from("FRAME\n"), f])]));
}
