// Figures of voting with cards, on a room video like the browser test's (30 cards in a 1920 × 1080 frame, played as
// Chromium's camera): the JavaScript a module page loads before and after "Stemmen met kaarten", the time until all
// 30 are counted, and the frames a second the whole chain keeps up (camera → canvas → worker). Part of
// `npm run bench`; alone: `node tests/bench/card-vote.ts` (after a build).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { launchBrowser, serveBuiltSite } from "../e2e/browser.ts";
import { waitForStepper } from "../e2e/walk.ts";
import { expectedCounts, placeCards, roomCards, roomScene, writeSceneVideo } from "../e2e/room-video.ts";

export interface CardVoteFigures {
  /** JS (bytes as sent) a module page loads before the button is pressed, with the record panel open. */
  jsBefore: number;
  /** JS loaded by pressing "Stemmen met kaarten" (dialog, worker, detector). */
  jsOnPress: number;
  /** Names of the files loaded on press. */
  filesOnPress: string[];
  /** Milliseconds from the press until the tally shows all 30 cards right. */
  msToAllCounted: number;
  /** Detected frames a second over five seconds of counting, and the mean detection time per frame. */
  framesPerSecond: number;
  msPerFrame: number;
  /** Share of the 30 cards found in a single frame (the last one measured). */
  foundInOneFrame: number;
}

const dataAttribute = (page: Page, name: string) => page.locator(".vote-dialog").evaluate((d, n) => Number(d.getAttribute(n) ?? 0), name);

export async function measureCardVote(base: string): Promise<CardVoteFigures> {
  const cards = roomCards(30);
  const expected = expectedCounts(cards).map(String);
  const video = join(mkdtempSync(join(tmpdir(), "stemkaarten-")), "zaal.y4m");
  const plain = await launchBrowser();
  try {
    await writeSceneVideo(await plain.newPage(), video, [roomScene(placeCards(cards, { width: 1920, height: 1080, size: 60, seed: 4 }))]);
  } finally {
    await plain.close();
  }
  const browser = await launchBrowser(["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", `--use-file-for-fake-video-capture=${video}`]);
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: "block" })).newPage();
    const loaded: { url: string; body: number }[] = [];
    page.on("requestfinished", async (request) => {
      if (request.resourceType() === "script" || request.url().endsWith(".js")) loaded.push({ url: request.url(), body: (await request.sizes()).responseBodySize });
    });
    await page.goto(`${base}jeugdzorg/#wachtlijsten`, { waitUntil: "networkidle" });
    await waitForStepper(page);
    await page.getByRole("button", { name: "Vastleggen" }).click();
    await page.getByRole("button", { name: "Stemmen met kaarten" }).waitFor();
    await page.waitForLoadState("networkidle");
    const jsBefore = loaded.splice(0).reduce((s, l) => s + l.body, 0);
    const pressed = Date.now();
    await page.getByRole("button", { name: "Stemmen met kaarten" }).click();
    await page.getByRole("button", { name: "Tel: Het dilemma zelf" }).click();
    const counts = page.locator("[data-vote-tally] [data-count]");
    while ((await counts.allInnerTexts()).join() !== expected.join()) {
      if (Date.now() - pressed > 60_000) throw new Error(`Na 60 s nog niet alle 30 kaarten goed geteld: ${(await counts.allInnerTexts()).join(", ")}`);
      await page.waitForTimeout(50);
    }
    const msToAllCounted = Date.now() - pressed;
    const [frames0, ms0] = [await dataAttribute(page, "data-frames"), await dataAttribute(page, "data-detect-ms")];
    await page.waitForTimeout(5000);
    const [frames1, ms1] = [await dataAttribute(page, "data-frames"), await dataAttribute(page, "data-detect-ms")];
    const foundInOneFrame = (await page.locator(".vote-dialog__marks text").count()) / 30;
    await page.waitForLoadState("networkidle");
    const onPress = loaded.splice(0);
    return {
      jsBefore,
      jsOnPress: onPress.reduce((s, l) => s + l.body, 0),
      filesOnPress: onPress.map((l) => new URL(l.url).pathname.split("/").at(-1)!),
      msToAllCounted,
      framesPerSecond: (frames1 - frames0) / 5,
      msPerFrame: (ms1 - ms0) / Math.max(1, frames1 - frames0),
      foundInOneFrame,
    };
  } finally {
    await browser.close();
  }
}

if (import.meta.main) {
  const site = await serveBuiltSite();
  try {
    console.log(JSON.stringify(await measureCardVote(site.url), null, 2));
  } finally {
    await site.close();
  }
}
