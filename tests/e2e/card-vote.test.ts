// Voting with cards in a real browser, with real detection: the card sheet is drawn into a room (tests/e2e/
// room-video.ts) and played as Chromium's camera; the dialog must count exactly the answers held up. Also: nothing
// of the detector loads before the button is pressed, the camera stops on Klaar, the result lands in the record,
// the report and the Markdown export, variants side by side, and a clear message without a camera or permission.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, openSession, type Session } from "./browser.ts";
import { axeViolations } from "./axe.ts";
import { waitForStepper } from "./walk.ts";
import { expectedCounts, roomCards, roomFrame, writeY4m } from "./room-video.ts";
import { voteShares } from "../../src/lib/card-vote.ts";

const cards = roomCards(30);
const expected = expectedCounts(cards);
const video = join(mkdtempSync(join(tmpdir(), "stemkaarten-")), "zaal.y4m");
const fakeCamera = ["--use-fake-device-for-media-stream", `--use-file-for-fake-video-capture=${video}`];

let session: Session;
let camera: Browser;
let cameraRefused: Browser;

beforeAll(async () => {
  session = await openSession();
  const sheet = await session.page();
  await sheet.goto(`${session.site.url}workshop/stemkaarten/`);
  writeY4m(video, [await roomFrame(sheet, cards)]);
  await sheet.context().close();
  // One browser whose camera shows the room and says yes when asked; one with the same camera that says no.
  [camera, cameraRefused] = await Promise.all([launchBrowser([...fakeCamera, "--use-fake-ui-for-media-stream"]), launchBrowser(fakeCamera)]);
});

afterAll(async () => {
  await Promise.all([camera?.close(), cameraRefused?.close()]);
  await session?.close();
});

/** The dilemma wachtlijsten in workshop mode, with every stream the page opens kept, to check it stops. */
async function openDilemma(browser: Browser | null): Promise<Page> {
  const page = browser ? await (await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: "block", reducedMotion: "reduce" })).newPage() : await session.page({ reducedMotion: "reduce" });
  await page.addInitScript(() => {
    const streams: MediaStream[] = [];
    (window as unknown as { openedStreams: MediaStream[] }).openedStreams = streams;
    const original = navigator.mediaDevices?.getUserMedia?.bind(navigator.mediaDevices);
    if (original) navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await original(constraints);
      streams.push(stream);
      return stream;
    };
  });
  await page.goto(`${session.site.url}jeugdzorg/#wachtlijsten`);
  await waitForStepper(page);
  await page.getByRole("button", { name: "Vastleggen" }).click();
  await page.getByRole("button", { name: "Stemmen met kaarten" }).waitFor();
  return page;
}

const liveTracks = (page: Page) =>
  page.evaluate(() => (window as unknown as { openedStreams: MediaStream[] }).openedStreams.flatMap((s) => s.getTracks()).filter((t) => t.readyState === "live").length);
const shownCounts = (page: Page) => page.locator("[data-vote-tally] [data-count]").allInnerTexts();
const tableRows = (page: Page) => page.locator(".vote-table tr").allInnerTexts();

describe("voting with cards", () => {
  it("counts exactly the answers of 30 cards held up in the room, then keeps them in the record, the report and the export", async () => {
    const page = await openDilemma(camera);
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (["script", "other"].includes(r.resourceType()) || r.url().endsWith(".js")) scripts.push(new URL(r.url()).pathname);
    });
    // Nothing of the detector is loaded before the button is pressed.
    expect(await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name).filter((n) => /aruco|cv-|card-detector|VoteDialog/.test(n)))).toEqual([]);
    await page.getByRole("button", { name: "Stemmen met kaarten" }).click();
    const dialog = page.getByRole("dialog", { name: "Stemmen met kaarten: Dilemma 1: wachtlijsten en krapte" });
    await dialog.waitFor();
    expect(await dialog.getByText(/er wordt niets bewaard of verstuurd/).isVisible()).toBe(true);
    await expect.poll(() => shownCounts(page), { timeout: 30_000 }).toEqual(expected.map(String));
    expect(await dialog.locator("[data-cards-seen]").innerText()).toBe("30 kaarten gezien");
    // The marks on the video carry card numbers only.
    const marks = await dialog.locator(".vote-dialog__marks text").allTextContents();
    expect(marks.every((m) => /^\d+$/.test(m))).toBe(true);
    expect(new Set(marks.map(Number))).toEqual(new Set(cards.map((c) => c.number)));
    // The tally is spoken politely, not on every frame.
    await expect.poll(() => dialog.locator("[aria-live=polite]").innerText()).toBe(`30 kaarten gezien: A ${expected[0]}, B ${expected[1]}, C ${expected[2]}, D ${expected[3]}.`);
    expect(await axeViolations(page)).toEqual([]);
    expect(scripts.some((s) => /card-detector\.worker/.test(s))).toBe(true);
    expect(scripts.some((s) => /aruco/.test(s))).toBe(true);

    // Klaar: the camera stops, the result is in the record.
    await dialog.getByRole("button", { name: "Klaar" }).press("Enter");
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await liveTracks(page)).toBe(0);
    await expect.poll(() => page.locator(".card-votes [role=status]").innerText()).toBe("De stemming is bewaard bij ‘Dilemma 1: wachtlijsten en krapte’.");
    const answers = ["Vooral zorgaanbieder", "Vooral gemeente", "Allebei", "Weet ik niet"];
    const dilemmaRows = ["Antwoord\tHet dilemma zelf", ...answers.map((a, i) => `${"ABCD"[i]}: ${a}\t${expected[i]}`), "Totaal\t30 kaarten"];
    expect(await tableRows(page)).toEqual(dilemmaRows);

    // A variant: the room votes again (the same cards here), and the two rounds stand side by side.
    await page.getByRole("button", { name: "Stemmen met kaarten" }).click();
    await dialog.waitFor();
    const variant = "Wat als het kind al maanden wacht en het thuis slechter gaat?";
    await dialog.getByLabel("Waarover stemt de zaal?").selectOption(variant);
    await expect.poll(() => shownCounts(page), { timeout: 30_000 }).toEqual(expected.map(String));
    await dialog.getByRole("button", { name: "Klaar" }).click();
    await expect.poll(() => tableRows(page)).toEqual([
      `Antwoord\tHet dilemma zelf\t${variant}`,
      ...answers.map((a, i) => `${"ABCD"[i]}: ${a}\t${expected[i]}\t${expected[i]}`),
      "Totaal\t30 kaarten\t30 kaarten",
    ]);

    // The Markdown export carries the same table.
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download als Markdown" }).click();
    const markdown = readFileSync((await (await download).path())!, "utf8");
    // The report and the Markdown export give each count its share of the round.
    const shares = voteShares(expected)!;
    expect(markdown).toContain(
      [
        "#### Stemming met kaarten",
        "",
        `| Antwoord | Het dilemma zelf | ${variant} |`,
        "| --- | ---: | ---: |",
        ...answers.map((a, i) => `| ${"ABCD"[i]}: ${a} | ${expected[i]} (${shares[i]} %) | ${expected[i]} (${shares[i]} %) |`),
        "| Totaal | 30 | 30 |",
      ].join("\n"),
    );

    // The printed report shows the votes per round side by side.
    const report = await page.context().newPage();
    await report.goto(`${session.site.url}workshop/verslag/`);
    await expect.poll(() => tableRows(report)).toEqual([
      `Antwoord\tHet dilemma zelf\t${variant}`,
      ...answers.map((a, i) => `${"ABCD"[i]}: ${a}\t${expected[i]} (${shares[i]} %)\t${expected[i]} (${shares[i]} %)`),
      "Totaal\t30 kaarten\t30 kaarten",
    ]);
    expect(await axeViolations(report)).toEqual([]);
    await page.context().close();
  });

  it("works without internet after one visit: the card sheet, the count, the record and the report", async () => {
    const context = await camera.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: "reduce" });
    const page = await context.newPage();
    await page.goto(`${session.site.url}jeugdzorg/#wachtlijsten`);
    await waitForStepper(page);
    await expect.poll(() => page.locator(".workshop-launcher").innerText(), { timeout: 30_000 }).toContain("Klaar voor offline gebruik");

    await context.setOffline(true);
    await page.goto(`${session.site.url}workshop/stemkaarten/`);
    expect(await page.locator(".vote-card svg").count()).toBe(48);
    await page.goto(`${session.site.url}jeugdzorg/#wachtlijsten`);
    await waitForStepper(page);
    await page.getByRole("button", { name: "Vastleggen" }).click();
    await page.getByRole("button", { name: "Stemmen met kaarten" }).click();
    const dialog = page.getByRole("dialog", { name: "Stemmen met kaarten: Dilemma 1: wachtlijsten en krapte" });
    await expect.poll(() => shownCounts(page), { timeout: 30_000 }).toEqual(expected.map(String));
    await dialog.getByRole("button", { name: "Klaar" }).click();
    await expect.poll(() => tableRows(page)).toContain(`A: Vooral zorgaanbieder\t${expected[0]}`);

    const report = await context.newPage();
    await report.goto(`${session.site.url}workshop/verslag/`);
    await expect.poll(() => tableRows(report)).toContain(`D: Weet ik niet\t${expected[3]} (${voteShares(expected)![3]} %)`);
    await context.close();
  });

  it("closing the dialog stops the camera and keeps nothing", async () => {
    const page = await openDilemma(camera);
    await page.getByRole("button", { name: "Stemmen met kaarten" }).click();
    // Counting has begun: the camera runs.
    await expect.poll(() => page.locator("[data-cards-seen]").innerText(), { timeout: 30_000 }).toBe("30 kaarten gezien");
    expect(await liveTracks(page)).toBe(1);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.getByRole("dialog").count()).toBe(0);
    expect(await liveTracks(page)).toBe(0);
    expect(await page.locator(".vote-table").count()).toBe(0);
    // Focus returns to the button that opened the dialog.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Stemmen met kaarten");
    await page.context().close();
  });

  it("says so when the camera is refused, and the manual record keeps working", async () => {
    const page = await openDilemma(cameraRefused);
    await page.getByRole("button", { name: "Stemmen met kaarten" }).click();
    await expect.poll(() => page.getByRole("dialog").getByRole("alert").innerText()).toMatch(/^De camera mag niet worden gebruikt: de toestemming is geweigerd\./);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("dialog").getByRole("button", { name: "Sluiten", exact: true }).click();
    await page.getByRole("radio", { name: "Neigt naar Gemeente" }).check();
    // After a reload the record panel opens again by itself, with the position kept.
    await page.reload();
    await waitForStepper(page);
    await page.locator(".record-panel").waitFor();
    expect(await page.getByRole("radio", { name: "Neigt naar Gemeente" }).isChecked()).toBe(true);
    await page.context().close();
  });

  it("says so on a computer without a camera", async () => {
    const page = await openDilemma(null);
    await page.getByRole("button", { name: "Stemmen met kaarten" }).click();
    await expect.poll(() => page.getByRole("dialog").getByRole("alert").innerText()).toMatch(/^Deze computer heeft geen camera die de site kan gebruiken\./);
    expect(await page.getByRole("button", { name: "Klaar" }).count()).toBe(0);
    await page.context().close();
  });
});
