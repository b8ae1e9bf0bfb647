// Makes the camera of the card-vote tests: the real card sheet, "photographed" as a room would see it (cards held
// up with known answers, of different sizes, tilted, slightly sheared as seen from an angle, some blurred, on a busy
// background with noise), written as a Y4M video that Chromium plays as its fake camera.
import { writeFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { answerLetters, type AnswerLetter } from "../../src/lib/vote-cards.ts";

export interface HeldCard {
  number: number;
  answer: AnswerLetter;
}

/** A small seeded random generator, so the room is the same at every run. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** `count` cards with answers from a fixed random sequence; card numbers spread over the whole sheet. */
export function roomCards(count: number, seed = 17): HeldCard[] {
  const random = seeded(seed);
  return Array.from({ length: count }, (_, i) => ({ number: 1 + ((i * 7 + 3) % 48), answer: answerLetters[Math.floor(random() * 4)]! }));
}

export function expectedCounts(cards: HeldCard[]): number[] {
  return answerLetters.map((letter) => cards.filter((c) => c.answer === letter).length);
}

/**
 * Draws the room in `page` (which shows /workshop/stemkaarten/) at 1280 × 720 and returns it as one Y4M frame
 * (I420). `page` must be able to draw the card SVGs into a canvas.
 */
export async function roomFrame(page: Page, cards: HeldCard[], seed = 5): Promise<Buffer> {
  const yuv = await page.evaluate(
    async ({ cards, seed }) => {
      let s = seed >>> 0;
      const random = () => {
        s = (s * 1664525 + 1013904223) >>> 0;
        return s / 2 ** 32;
      };
      const width = 1280;
      const height = 720;
      const canvas = document.createElement("canvas");
      canvas.width = width;
      canvas.height = height;
      const ctx = canvas.getContext("2d")!;
      // A room: a wall, and people as dark and light shapes behind the cards.
      ctx.fillStyle = "#8a8478";
      ctx.fillRect(0, 0, width, height);
      for (let i = 0; i < 60; i++) {
        const grey = Math.floor(40 + random() * 170);
        ctx.fillStyle = `rgb(${grey},${grey - 10},${grey - 20})`;
        ctx.beginPath();
        ctx.ellipse(random() * width, random() * height, 20 + random() * 60, 30 + random() * 90, random() * 3, 0, Math.PI * 2);
        ctx.fill();
      }
      const svgs = [...document.querySelectorAll(".vote-card svg")].map((svg) => svg.outerHTML);
      const images = await Promise.all(
        cards.map(
          (card) =>
            new Promise<HTMLImageElement>((resolve, reject) => {
              const img = new Image();
              img.onload = () => resolve(img);
              img.onerror = reject;
              img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgs[card.number - 1]!)}`;
            }),
        ),
      );
      const turns = { A: 0, B: -Math.PI / 2, C: Math.PI, D: Math.PI / 2 };
      const columns = 6;
      const rows = Math.ceil(cards.length / columns);
      cards.forEach((card, i) => {
        const cellW = width / columns;
        const cellH = height / rows;
        const size = 118 + random() * 40; // card 118–158 px: marker 67–90 px, 8–11 px per cell
        const x = (i % columns) * cellW + cellW / 2 + (random() - 0.5) * 20;
        const y = Math.floor(i / columns) * cellH + cellH / 2 + (random() - 0.5) * 10;
        ctx.save();
        ctx.translate(x, y);
        ctx.transform(1, 0, (random() - 0.5) * 0.3, 0.85 + random() * 0.15, 0, 0); // seen at an angle
        ctx.rotate(turns[card.answer] + (random() - 0.5) * 0.35); // held a little askew (±10°)
        ctx.filter = i % 3 === 0 ? "blur(1px)" : i % 3 === 1 ? "blur(0.5px)" : "none";
        ctx.drawImage(images[i]!, -size / 2, -size / 2, size, size);
        ctx.restore();
      });
      const rgba = ctx.getImageData(0, 0, width, height).data;
      // Camera noise, then RGB → YUV 4:2:0 (BT.601, full range).
      const out = new Uint8Array(width * height * 1.5);
      const u = new Float32Array((width / 2) * (height / 2));
      const v = new Float32Array((width / 2) * (height / 2));
      for (let py = 0; py < height; py++) {
        for (let px = 0; px < width; px++) {
          const o = (py * width + px) * 4;
          const n = (random() - 0.5) * 16;
          const r = rgba[o]! + n;
          const g = rgba[o + 1]! + n;
          const b = rgba[o + 2]! + n;
          out[py * width + px] = Math.max(0, Math.min(255, Math.round(0.299 * r + 0.587 * g + 0.114 * b)));
          const c = (py >> 1) * (width / 2) + (px >> 1);
          u[c]! += (-0.168736 * r - 0.331264 * g + 0.5 * b + 128) / 4;
          v[c]! += (0.5 * r - 0.418688 * g - 0.081312 * b + 128) / 4;
        }
      }
      const quarter = (width / 2) * (height / 2);
      for (let i = 0; i < quarter; i++) {
        out[width * height + i] = Math.max(0, Math.min(255, Math.round(u[i]!)));
        out[width * height + quarter + i] = Math.max(0, Math.min(255, Math.round(v[i]!)));
      }
      let binary = "";
      for (let i = 0; i < out.length; i += 0x8000) binary += String.fromCharCode(...out.subarray(i, i + 0x8000));
      return btoa(binary);
    },
    { cards, seed },
  );
  return Buffer.from(yuv, "base64");
}

/** Writes frames as a Y4M file (1280 × 720, 10 frames a second); Chromium plays it in a loop. */
export function writeY4m(path: string, frames: Buffer[]): void {
  const header = Buffer.from("YUV4MPEG2 W1280 H720 F10:1 Ip A1:1 C420jpeg\n");
  writeFileSync(path, Buffer.concat([header, ...frames.flatMap((f) => [Buffer.from("FRAME\n"), f])]));
}
