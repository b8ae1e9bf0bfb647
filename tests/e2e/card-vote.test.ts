// Voting with cards in a real browser, with real detection: the card sheet's cards drawn into a 1080p room
// (tests/e2e/room-video.ts) and played as Chromium's camera. A phone-sized page scans the back of the room and its
// result code is read by the laptop's camera and merged; the expected number and the cards not seen are right; clicker
// keys change nothing while the beamer shows the vote at 1280 × 720; a round voted twice is kept twice in the record,
// the report and the export; counts typed by hand are kept; the card sheet prints two cards (or one) per A4 page.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, openSession, type Session } from "./browser.ts";
import { axeViolations } from "./axe.ts";
import { printedPages } from "./printed-pdf.ts";
import { waitForStepper } from "./walk.ts";
import { expectedCounts, placeCards, roomCards, roomScene, writeSceneVideo, type HeldCard } from "./room-video.ts";
import { voteShares } from "../../src/lib/card-vote.ts";

/** 30 cards handed out (1–30). The laptop sees 28 (7 hides behind a head, 12 behind a thumb); the phone, at the back, sees 7 and 12 and three the laptop saw too. */
const handedOut = roomCards(30).map((card, i): HeldCard => ({ ...card, number: i + 1 }));
const laptopCards = handedOut.filter((c) => c.number !== 7 && c.number !== 12);
const phoneCards = handedOut.filter((c) => [7, 12, 20, 21, 22].includes(c.number));
const all = expectedCounts(handedOut).map(String);
const seenByLaptop = expectedCounts(laptopCards).map(String);
const answers = ["Vooral zorgaanbieder", "Vooral gemeente", "Allebei", "Weet ik niet"];
const dir = mkdtempSync(join(tmpdir(), "stemkaarten-"));
const video = { laptop: join(dir, "zaal.y4m"), phone: join(dir, "telefoon.y4m") };
const fakeCamera = (file: string) => ["--use-fake-device-for-media-stream", `--use-file-for-fake-video-capture=${file}`];

/** The laptop's room, with whatever else is held up to its camera (the phone's screen) in the lower right corner. */
const laptopScene = (extra?: string) =>
  roomScene(placeCards(laptopCards, { width: 1920, height: 1080, size: 66, seed: 4, area: { x: 0, y: 0, width: 1440, height: 1080 } }), extra ? { extra: { src: extra, x: 1680, y: 800, size: 360 } } : {});

let session: Session;
let phone: Browser;
let cameraRefused: Browser;
let laptop: Browser | undefined;

/** The laptop, whose camera shows the room and, once the phone has counted, the phone's result code. */
async function laptopBrowser(phoneCode?: string): Promise<Browser> {
  if (laptop) return laptop;
  const page = await session.page();
  await writeSceneVideo(page, video.laptop, [laptopScene(phoneCode)]);
  await page.context().close();
  laptop = await launchBrowser([...fakeCamera(video.laptop), "--use-fake-ui-for-media-stream"]);
  return laptop;
}

beforeAll(async () => {
  session = await openSession();
  const page = await session.page();
  await writeSceneVideo(page, video.phone, [roomScene(placeCards(phoneCards, { width: 1280, height: 720, size: 150, seed: 8 }), { width: 1280, height: 720, seed: 9 })]);
  await page.context().close();
  [phone, cameraRefused] = await Promise.all([launchBrowser([...fakeCamera(video.phone), "--use-fake-ui-for-media-stream"]), launchBrowser(fakeCamera(video.phone))]);
});

afterAll(async () => {
  await Promise.all([phone?.close(), cameraRefused?.close(), laptop?.close()]);
  await session?.close();
});

/** The dilemma wachtlijsten with the record panel open, every stream the page opens kept (to check it stops). */
async function openDilemma(browser: Browser | null, viewport = { width: 1280, height: 720 }): Promise<Page> {
  const page = browser ? await (await browser.newContext({ viewport, serviceWorkers: "block", reducedMotion: "reduce" })).newPage() : await session.page({ viewport, reducedMotion: "reduce" });
  await page.addInitScript(() => {
    const streams: MediaStream[] = [];
    (window as unknown as { openedStreams: MediaStream[] }).openedStreams = streams;
    const original = navigator.mediaDevices?.getUserMedia?.bind(navigator.mediaDevices);
    if (original)
      navigator.mediaDevices.getUserMedia = async (constraints) => {
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

const voteDialog = (page: Page) => page.getByRole("dialog", { name: /^Stemmen met kaarten: Dilemma 1: wachtlijsten en krapte/ });
const liveTracks = (page: Page) =>
  page.evaluate(() => (window as unknown as { openedStreams: MediaStream[] }).openedStreams.flatMap((s) => s.getTracks()).filter((t) => t.readyState === "live").length);
const shownCounts = (page: Page) => page.locator("[data-vote-tally] [data-count]").allInnerTexts();
const tableRows = (page: Page) => page.locator(".vote-table tr").allInnerTexts();
const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? "");
const clickerKeys = ["PageDown", "PageUp", "ArrowRight", "ArrowLeft", "ArrowDown", "ArrowUp", "b", "."];

describe("voting with cards", () => {
  it("a phone-sized page scans the back of the room; the laptop reads its result code with the camera and merges it, each card once", async () => {
    // The phone opens the scan page once online, then counts without a connection.
    const context = await phone.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, reducedMotion: "reduce" });
    const scan = await context.newPage();
    await scan.goto(`${session.site.url}workshop/tellen/?kaarten=30`);
    await scan.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await context.setOffline(true);
    await scan.reload();
    await scan.getByRole("button", { name: "Start de camera" }).click();
    await expect.poll(() => scan.locator("[data-cards-seen]").innerText(), { timeout: 30_000 }).toBe("5 van 30 kaarten gezien");
    expect(await shownCounts(scan)).toEqual(expectedCounts(phoneCards).map(String));
    expect(await scan.locator("[data-cards-missing]").innerText()).toMatch(/^Nog niet gezien: 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 13, /);
    expect(await axeViolations(scan)).toEqual([]);
    await scan.getByRole("button", { name: "Klaar met tellen" }).click();
    const code = scan.getByRole("img", { name: "QR-code met de telling van 5 kaarten" });
    await code.waitFor();
    const typed = await scan.locator("[data-scan-code]").innerText();
    expect(typed).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
    expect(await axeViolations(scan)).toEqual([]);
    const shown = `data:image/png;base64,${(await code.screenshot()).toString("base64")}`;
    await context.close();

    // The laptop counts the room, then reads the phone's screen held up to its camera.
    const page = await openDilemma(await laptopBrowser(shown));
    await page.getByRole("button", { name: "Stemmen met kaarten" }).click();
    const dialog = voteDialog(page);
    await dialog.getByLabel("Hoeveel kaarten zijn uitgedeeld?").fill("30");
    await dialog.getByRole("button", { name: "Tel: Het dilemma zelf" }).click();
    await expect.poll(() => shownCounts(page), { timeout: 30_000 }).toEqual(seenByLaptop);
    expect(await dialog.locator("[data-cards-seen]").innerText()).toBe("28 van 30 kaarten gezien");
    expect(await dialog.locator("[data-cards-missing]").innerText()).toBe("Nog niet gezien: 7, 12");
    // The marks on the video carry card numbers only.
    expect(new Set((await dialog.locator(".vote-dialog__marks text").allTextContents()).map(Number))).toEqual(new Set(laptopCards.map((c) => c.number)));
    await dialog.getByText("Telefoon als scanner").click();
    await dialog.getByRole("button", { name: "Lees de code van de telefoon" }).click();
    await expect.poll(() => dialog.locator(".phone-count [role=status]").innerText(), { timeout: 30_000 }).toBe("Van de telefoon: 2 kaarten erbij, 3 kaarten waren al geteld.");
    await expect.poll(() => shownCounts(page)).toEqual(all);
    expect(await dialog.locator("[data-cards-seen]").innerText()).toBe("30 van 30 kaarten gezien");
    expect(await dialog.locator("[data-cards-missing]").innerText()).toBe("Alle kaarten gezien.");
    // The same code typed: known already, nothing changes; a mistyped one is refused.
    await dialog.getByLabel("Of typ de code van de telefoon").fill(typed.slice(0, -1) + (typed.endsWith("7") ? "8" : "7"));
    await dialog.getByRole("button", { name: "Code toevoegen" }).click();
    await dialog.getByText("Deze code klopt niet.", { exact: false }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Klaar" }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await liveTracks(page)).toBe(0);
    expect(await tableRows(page)).toEqual(["Antwoord\tHet dilemma zelf", ...answers.map((a, i) => `${"ABCD"[i]}: ${a}\t${all[i]}`), "Totaal\t30 van 30 kaarten"]);
    await page.context().close();
  });

  it("clicker keys change nothing while the room votes; the beamer shows question, answers and count at 1280 × 720; a round voted twice is kept twice", async () => {
    const context = await (await laptopBrowser()).newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: "block", reducedMotion: "reduce" });
    const beamer = await context.newPage();
    await beamer.goto(`${session.site.url}jeugdzorg/#wachtlijsten`);
    await waitForStepper(beamer);
    await beamer.keyboard.press("p");
    await beamer.locator(".presentation-bar").waitFor();
    // Where the room is: the place, and how far a tall step is paged down.
    const place = () => beamer.evaluate(() => `${location.hash} ${Math.round(scrollY)}`);
    let at = await place();

    // The answers on the dilemma's slide, on a key; the next clicker press moves on as usual.
    await beamer.keyboard.press("a");
    const slide = beamer.getByRole("dialog", { name: "Stem met je kaart" });
    await slide.waitFor();
    expect(await slide.locator(".vote-screen__text").allTextContents()).toEqual(answers.map((a, i) => `${"ABCD"[i]}: ${a}`));
    await beamer.keyboard.press("PageDown");
    await expect.poll(() => slide.isVisible()).toBe(false);
    await expect.poll(place).not.toBe(at);
    at = await place();

    // The facilitator votes from the presenter view.
    const presenter = await context.newPage();
    await presenter.goto(`${session.site.url}jeugdzorg/begeleider/`);
    // The notes say what A–D mean, so the facilitator can read them out.
    await expect.poll(() => presenter.locator("[data-presenter-step='wachtlijsten'] .facilitation__answers li").allInnerTexts()).toEqual(answers.map((a, i) => `${"ABCD"[i]}: ${a}`));
    await presenter.getByRole("button", { name: "Stemmen met kaarten" }).click();
    const dialog = voteDialog(presenter);
    await dialog.waitFor();
    expect(await focused(presenter)).toBe("Tel: Het dilemma zelf");
    for (const key of clickerKeys) await presenter.keyboard.press(key);
    expect(await focused(presenter)).toBe("Tel: Het dilemma zelf");
    await dialog.getByLabel("Hoeveel kaarten zijn uitgedeeld?").fill("30");
    await dialog.getByRole("button", { name: "Tel: Het dilemma zelf" }).click();
    await expect.poll(() => shownCounts(presenter), { timeout: 30_000 }).toEqual(seenByLaptop);
    for (const key of clickerKeys) await presenter.keyboard.press(key);
    expect(await dialog.locator(".vote-dialog__round").innerText()).toBe("Het dilemma zelf");
    expect(await dialog.locator(".vote-screen__question").innerText()).toBe("Hoe houden jullie zicht op kinderen die op jeugdhulp wachten?");
    expect(await axeViolations(presenter)).toEqual([]);

    // The beamer shows the vote, all of it on screen in large type, and its clicker does nothing meanwhile.
    const screen = beamer.getByRole("dialog", { name: "De zaal stemt" });
    await screen.waitFor();
    await expect.poll(() => shownCounts(beamer)).toEqual(seenByLaptop);
    expect(await screen.locator("[data-cards-seen]").innerText()).toBe("28 van 30 kaarten gezien");
    const boxes = await screen.evaluate((el) =>
      [...el.querySelectorAll(".vote-screen__question, .vote-screen__text, .vote-screen__letter, .vote-screen__count, [data-cards-seen], [data-cards-missing]")].map((e) => {
        const box = e.getBoundingClientRect();
        return { text: (e as HTMLElement).innerText, size: parseFloat(getComputedStyle(e).fontSize), inside: box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth };
      }),
    );
    expect(boxes.filter((b) => !b.inside || b.size < 28)).toEqual([]);
    expect(boxes.map((b) => b.text)).toContain("Nog niet gezien: 7, 12");
    for (const key of clickerKeys) await beamer.keyboard.press(key);
    expect(await place()).toBe(at);
    expect(await screen.isVisible()).toBe(true);
    expect(await axeViolations(beamer)).toEqual([]);

    await dialog.getByRole("button", { name: "Klaar" }).click();
    await expect.poll(() => screen.isVisible()).toBe(false);
    // After the discussion the room votes on the same question again: both votes are kept.
    await presenter.getByRole("button", { name: "Stemmen met kaarten" }).click();
    await dialog.getByRole("button", { name: "Tel opnieuw: Het dilemma zelf (na het gesprek)" }).click();
    await expect.poll(() => shownCounts(presenter), { timeout: 30_000 }).toEqual(seenByLaptop);
    await dialog.getByRole("button", { name: "Klaar" }).click();
    const twice = [
      "Antwoord\tHet dilemma zelf, vóór het gesprek\tHet dilemma zelf, na het gesprek",
      ...answers.map((a, i) => `${"ABCD"[i]}: ${a}\t${seenByLaptop[i]}\t${seenByLaptop[i]}`),
      "Totaal\t28 van 30 kaarten\t28 van 30 kaarten",
    ];
    await expect.poll(() => tableRows(presenter)).toEqual(twice);

    const download = presenter.waitForEvent("download");
    await presenter.getByRole("button", { name: "Download als JSON" }).click();
    const exported = JSON.parse(readFileSync((await (await download).path())!, "utf8"));
    const votes = exported.session.records["jeugdzorg/wachtlijsten"].votes as { round: string; counts: number[]; expected: number }[];
    expect(votes.map((v) => [v.round, v.counts.join(), v.expected])).toEqual([
      ["", seenByLaptop.join(), 30],
      ["", seenByLaptop.join(), 30],
    ]);
    expect(exported.session.cards).toBe(30);
    const markdownDownload = presenter.waitForEvent("download");
    await presenter.getByRole("button", { name: "Download als Markdown" }).click();
    expect(readFileSync((await (await markdownDownload).path())!, "utf8")).toContain("| Antwoord | Het dilemma zelf, vóór het gesprek | Het dilemma zelf, na het gesprek |");
    const report = await context.newPage();
    await report.goto(`${session.site.url}workshop/verslag/`);
    // The report gives each count its share of the vote.
    const shares = voteShares(seenByLaptop.map(Number))!;
    await expect.poll(() => tableRows(report)).toEqual([
      twice[0],
      ...answers.map((a, i) => `${"ABCD"[i]}: ${a}\t${seenByLaptop[i]} (${shares[i]} %)\t${seenByLaptop[i]} (${shares[i]} %)`),
      twice.at(-1),
    ]);
    expect(await axeViolations(report)).toEqual([]);
    await context.close();
  });

  it("keeps counts typed by hand on a computer without a camera", async () => {
    const page = await openDilemma(null);
    await page.getByRole("button", { name: "Stemmen met kaarten" }).click();
    const dialog = voteDialog(page);
    await dialog.getByRole("button", { name: "Tel: Het dilemma zelf" }).click();
    await expect.poll(() => dialog.getByRole("alert").innerText()).toMatch(/^Deze computer heeft geen camera die de site kan gebruiken\. Tel de kaarten en vul hieronder/);
    for (const [i, n] of ["12", "7", "x", "0"].entries()) await dialog.getByLabel(`Aantal ${"ABCD"[i]}: ${answers[i]}`).fill(n);
    await dialog.getByRole("button", { name: "Klaar" }).click();
    await dialog.getByText("Vul bij elke letter een heel getal in, 0 of meer.").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByLabel("Aantal C: Allebei").fill("3");
    await dialog.getByRole("button", { name: "Klaar" }).click();
    await expect.poll(() => tableRows(page)).toEqual(["Antwoord\tHet dilemma zelf", "A: Vooral zorgaanbieder\t12", "B: Vooral gemeente\t7", "C: Allebei\t3", "D: Weet ik niet\t0", "Totaal\t22 kaarten"]);
    // A vote kept by mistake can go again.
    await page.getByRole("button", { name: "Verwijder de stemming ‘Het dilemma zelf’" }).click();
    await expect.poll(() => page.locator(".vote-table").count()).toBe(0);
    expect(await page.locator(".card-votes [role=status]").innerText()).toBe("De stemming ‘Het dilemma zelf’ is verwijderd.");
    await page.context().close();
  });

  it("says so when the camera is refused, and closing stops the camera and keeps nothing", async () => {
    const refused = await openDilemma(cameraRefused);
    await refused.getByRole("button", { name: "Stemmen met kaarten" }).click();
    await voteDialog(refused).getByRole("button", { name: "Tel: Het dilemma zelf" }).click();
    await expect.poll(() => voteDialog(refused).getByRole("alert").innerText()).toMatch(/^De camera mag niet worden gebruikt: de toestemming is geweigerd\./);
    expect(await axeViolations(refused)).toEqual([]);
    await refused.context().close();

    const page = await openDilemma(phone);
    await page.getByRole("button", { name: "Stemmen met kaarten" }).click();
    await voteDialog(page).getByRole("button", { name: "Tel: Het dilemma zelf" }).click();
    await expect.poll(() => page.locator("[data-cards-seen]").innerText(), { timeout: 30_000 }).toBe("5 kaarten gezien");
    expect(await liveTracks(page)).toBe(1);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.getByRole("dialog").count()).toBe(0);
    expect(await liveTracks(page)).toBe(0);
    expect(await page.locator(".vote-table").count()).toBe(0);
    expect(await focused(page)).toBe("Stemmen met kaarten");
    await page.context().close();
  });

  it("prints two cards on every A4 page, or one large card, each page saying how to hold it; the draaiboek names the answers", async () => {
    const page = await session.page();
    await page.goto(`${session.site.url}jeugdzorg/draaiboek/`);
    expect(await page.locator("#draaiboek-wachtlijsten .facilitation__answers li").first().innerText()).toBe("A: Vooral zorgaanbieder");
    for (const [path, perPage, pages] of [["workshop/stemkaarten/", 2, 25], ["workshop/stemkaarten/groot/", 1, 49]] as const) {
      await page.goto(`${session.site.url}${path}`);
      // The intro, then one page per section of cards, each page on paper with the instruction how to hold a card.
      const printed = await printedPages(page, { format: "A4", preferCSSPageSize: true });
      expect(printed.length, path).toBe(pages);
      for (const [number, text] of printed.slice(1).entries()) expect(text, `${path} pagina ${number + 2}`).toContain("Houd de kaart vast aan de witte rand.");
      await page.emulateMedia({ media: "print" });
      const sections = await page.locator(".vote-page").evaluateAll((list) => list.map((s) => [s.querySelectorAll(".vote-card svg").length, (s.querySelector(".vote-page__how") as HTMLElement).innerText]));
      expect(sections.length).toBe(pages - 1);
      for (const [cards, how] of sections) {
        expect(cards).toBe(perPage);
        expect(how).toMatch(/^Houd de kaart vast aan de witte rand\. Zet de letter van je antwoord bovenaan\. .* Afstand tot de camera: tot \d(,5)? meter/);
      }
      await page.emulateMedia({ media: null });
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.context().close();
  });
});
