// The site in a real room: QR codes hold the address the site is really served from (read back with a real QR
// decoder), or the dialog says phones cannot reach it; after one visit everything works without a connection
// (another module, presenting, a QR code, recording, the presenter window, the report, search); a new build is
// offered as an update; search that cannot run says so.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import jsQR from "jsqr";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { launchBrowser, useSession } from "./browser.ts";
import { serveSite, type StaticSite } from "../serve.ts";
import { buildSite, indexSite } from "../content/build-fixture.ts";
import { writeServiceWorker } from "../../src/offline/write-service-worker.ts";
import { searchStatus, shownResults } from "./search-helpers.ts";
import { visibleStepTitles, waitForStepper } from "./walk.ts";

/** A room test visits many pages (and builds once); on a busy machine each page may take many seconds. */
const slow = 300_000;

const session = useSession();

/** Draws a QR code (an <img> or an inline <svg>) onto a canvas in the page and decodes its pixels with jsQR. */
async function decodeQr(code: Locator): Promise<string | undefined> {
  const { size, pixels } = await code.evaluate(async (element) => {
    const size = 400;
    const image = element instanceof HTMLImageElement ? element : new Image();
    if (!(element instanceof HTMLImageElement)) image.src = `data:image/svg+xml,${encodeURIComponent(element.outerHTML)}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = size;
    const context = canvas.getContext("2d")!;
    context.fillStyle = "#fff";
    context.fillRect(0, 0, size, size);
    context.drawImage(image, 0, 0, size, size);
    return { size, pixels: Array.from(context.getImageData(0, 0, size, size).data) };
  });
  return jsQR(Uint8ClampedArray.from(pixels), size, size)?.data;
}

const qrDialog = (page: Page) => page.getByRole("dialog", { name: "Volg mee op je telefoon" });

async function openModule(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForStepper(page);
  await page.locator(".workshop-launcher").waitFor();
}

/** Presses P, then Q, and returns the dialog once it shows a QR code or a message. */
async function showQr(page: Page): Promise<Locator> {
  await page.keyboard.press("p");
  await page.locator(".presentation-bar").waitFor();
  await page.keyboard.press("q");
  const dialog = qrDialog(page);
  await expect.poll(() => dialog.isVisible()).toBe(true);
  await expect.poll(() => dialog.locator("img, .qr-dialog__warning").count()).toBe(1);
  return dialog;
}

/** The dialog fits the window whole: no part outside, nothing to scroll. */
async function fitsWindow(page: Page, dialog: Locator): Promise<void> {
  const box = (await dialog.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(await dialog.evaluate((d) => d.scrollHeight <= d.clientHeight + 1)).toBe(true);
}

async function waitUntilOfflineReady(page: Page): Promise<void> {
  await expect.poll(() => page.locator(".workshop-launcher").innerText(), { timeout: 30_000 }).toContain("Klaar voor offline gebruik");
}

/** What the workshop bar's live region says about working offline (not what it shows beside it). */
const offlineAnnouncement = (page: Page) => page.locator(".workshop-launcher [role=status]").innerText();

describe("QR codes in a build without SITE_URL", () => {
  it("says the address is unreachable for phones when the site runs on this machine (127.0.0.1), and prints no address", async () => {
    const page = await session.page({ viewport: { width: 1280, height: 720 } });
    await openModule(page, `${session.site.url}jeugdzorg/#wachtlijsten`);
    const dialog = await showQr(page);
    expect(await dialog.locator("img").count()).toBe(0);
    expect(await dialog.innerText()).toContain("Telefoons in de zaal kunnen dit adres niet openen");
    expect(await dialog.locator(".qr-dialog__url").innerText()).toBe(`${session.site.url}jeugdzorg/#wachtlijsten`);
    await fitsWindow(page, dialog);
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    // On paper: no QR code, and no localhost link that leads nowhere.
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".print-header").isVisible()).toBe(false);
    expect(await page.locator("body").innerText()).not.toContain("localhost");
    expect(await page.locator("body").innerText()).not.toContain("127.0.0.1");
    await page.context().close();
  }, slow);
});

describe("served on an address phones can reach (zaal.test), after one visit", () => {
  let browser: Browser;
  let context: BrowserContext;
  let site: string;
  beforeAll(async () => {
    const port = new URL(session.site.url).port;
    site = `http://zaal.test:${port}/`;
    // zaal.test stands for the laptop's address on the room's network; the flag makes it a secure context,
    // as https would be, so the service worker may run.
    browser = await launchBrowser([`--host-resolver-rules=MAP zaal.test 127.0.0.1`, `--unsafely-treat-insecure-origin-as-secure=http://zaal.test:${port}`]);
    context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  });
  afterAll(() => browser?.close());

  it("encodes the page's own address, prints it, and then works offline: another module, present, QR, record, presenter window, report, search", async () => {
    const problems: string[] = [];
    context.on("console", (message) => /Content Security Policy|Refused to/i.test(message.text()) && problems.push(message.text()));
    const page = await context.newPage();
    await openModule(page, `${site}jeugdzorg/#wachtlijsten`);
    await waitUntilOfflineReady(page);
    // Read out once, when it became true on this first visit; on the next page it is shown, not read out again.
    expect(await offlineAnnouncement(page)).toMatch(/^Klaar voor offline gebruik/);
    await openModule(page, `${site}wonen/`);
    await waitUntilOfflineReady(page);
    expect(await offlineAnnouncement(page)).toBe("");
    await openModule(page, `${site}jeugdzorg/#wachtlijsten`);
    const dialog = await showQr(page);
    expect(await decodeQr(dialog.getByRole("img", { name: "QR-code met de link naar ‘Dilemma 1: wachtlijsten en krapte’" }))).toBe(`${site}jeugdzorg/?qr#wachtlijsten`);
    expect(await dialog.locator(".qr-dialog__url").innerText()).toBe(`${site}jeugdzorg/#wachtlijsten`);
    await fitsWindow(page, dialog);
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".print-header").innerText()).toBe(`Deze module online:\n${site}jeugdzorg/`);
    await page.emulateMedia({ media: "screen" });

    await context.setOffline(true);
    // Another module, never opened before.
    await openModule(page, `${site}inburgering/`);
    const first = await page.locator("[data-step]").first().getAttribute("data-step");
    expect((await visibleStepTitles(page)).length).toBe(1);
    const offlineDialog = await showQr(page);
    const code = offlineDialog.locator("img");
    await expect.poll(() => code.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(await decodeQr(code)).toBe(`${site}inburgering/?qr#${first}`);
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator(".presentation-bar").count()).toBe(0);

    // Recording opens.
    await page.getByRole("button", { name: "Vastleggen" }).click();
    await expect.poll(() => page.getByLabel("Naam van de sessie").or(page.getByRole("button", { name: "Nieuwe sessie" })).first().isVisible()).toBe(true);

    // The presenter window, the report and the glossary.
    const presenter = await context.newPage();
    await presenter.goto(`${site}inburgering/begeleider/`);
    await expect.poll(() => presenter.locator("h1").innerText()).toMatch(/^Begeleidersscherm: /);
    await expect.poll(() => presenter.locator(".presenter-view__now .presenter-view__place").innerText()).toMatch(/^Stap 1 van/);
    await presenter.goto(`${site}workshop/verslag/`);
    expect(await presenter.locator("h1").innerText()).toBe("Verslag van de workshop");
    await presenter.close();

    // Search: the index comes from the stored site; a new query shows results for that query only.
    await page.goto(`${site}zoeken/?q=taaltoets`);
    const results = page.locator("main .search-results__list a");
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await searchStatus(page, "main")).toMatch(/resulta(at|ten) voor ‘taaltoets’$/);
    await page.locator("main input[type=search]").fill("wachtlijst");
    await expect.poll(() => searchStatus(page, "main")).toMatch(/resulta(at|ten) voor ‘wachtlijst’$/);
    expect((await shownResults(page, "main")).length).toBeGreaterThan(0);
    // An address the site does not have: the stored 404 page, not the browser's offline page.
    await page.goto(`${site}bestaat-niet/`);
    expect(await page.locator("h1").innerText()).toBe("Pagina niet gevonden");
    expect(problems).toEqual([]);
    await context.setOffline(false);
  }, slow);
});

describe("search that cannot run", () => {
  it("says so, and never shows the results of an earlier query under a new one", async () => {
    const page = await session.page();
    await page.goto(`${session.site.url}zoeken/`);
    const field = page.locator("main input[type=search]");
    await field.fill("taaltoets");
    await expect.poll(() => shownResults(page, "main"), { timeout: 15_000 }).not.toEqual([]);
    // The connection drops and nothing of the index can load any more.
    await page.context().route("**/pagefind/**", (route) => route.abort("internetdisconnected"));
    await field.fill("overbruggingszorg");
    await expect.poll(() => searchStatus(page, "main")).toContain("‘overbruggingszorg’");
    const status = await searchStatus(page, "main");
    const shown = await shownResults(page, "main");
    // Either the search still ran (from what was loaded) and shows its own results, or it says it could not.
    if (shown.length === 0 || /lukt nu niet/.test(status)) {
      expect(status).toMatch(/^Zoeken lukt nu niet/);
      expect(shown).toEqual([]);
    } else expect(status).toMatch(/resulta(at|ten) voor ‘overbruggingszorg’$/);
    await page.context().close();
  }, slow);

  it("without a connection before the first search, says that search cannot run", async () => {
    const page = await session.page();
    await page.goto(`${session.site.url}zoeken/`);
    // The search code has started (the search page starts it at once); Pagefind's index has not loaded yet.
    await page.locator("main form[data-site-search][data-mounted]").waitFor({ state: "attached" });
    await page.context().setOffline(true);
    await page.locator("main input[type=search]").fill("taaltoets");
    await expect.poll(() => searchStatus(page, "main")).toMatch(/^Zoeken lukt nu niet, dus er zijn geen resultaten voor ‘taaltoets’/);
    expect(await shownResults(page, "main")).toEqual([]);
    await page.context().close();
  }, slow);

  it("when even the search code cannot load, says so, keeps the page and the words, and searches once the connection is back", async () => {
    const page = await session.page();
    await page.goto(`${session.site.url}jeugdzorg/`);
    await waitForStepper(page);
    // The header field loads the search code on first focus: the connection is gone before that.
    await page.context().setOffline(true);
    const field = page.locator("header input[type=search]");
    await field.focus();
    await page.keyboard.type("taaltoets", { delay: 10 });
    await expect.poll(() => searchStatus(page, "header")).toMatch(/^Zoeken lukt nu niet, dus er zijn geen resultaten voor ‘taaltoets’/);
    expect(await page.locator("header .search-results").isVisible()).toBe(true);
    // Enter would go to the search page, which cannot load either: the reader stays, with what they typed.
    await page.keyboard.press("Enter");
    await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
    expect(new URL(page.url()).pathname).toBe("/jeugdzorg/");
    expect(await field.inputValue()).toBe("taaltoets");
    // Like the results, the message closes when the reader moves on, and comes back as they type again.
    await page.keyboard.press("Shift+Tab");
    await expect.poll(() => page.locator("header .search-results").isVisible()).toBe(false);
    await field.focus();
    await page.context().setOffline(false);
    await page.keyboard.press("Backspace");
    await expect.poll(() => searchStatus(page, "header"), { timeout: 15_000 }).toMatch(/resulta(at|ten) voor ‘taaltoet’$/);
    expect((await shownResults(page, "header")).length).toBeGreaterThan(0);
    await page.context().close();
  }, slow);
});

describe("a build with SITE_URL under a sub-path", () => {
  let site: StaticSite;
  beforeAll(async () => {
    const build = await buildSite({ SITE_URL: "https://uitleg.example.nl", BASE_PATH: "/kennisbank/" });
    expect(build.code, build.output).toBe(0);
    expect(build.output).not.toMatch(/SITE_URL is niet gezet/);
    expect((await indexSite(build.outDir, "/kennisbank/")).code).toBe(0);
    site = await serveSite(build.outDir, "/kennisbank/");
  }, 240_000);
  afterAll(() => site?.close());

  it("encodes SITE_URL with the path in the QR code and on paper, and works offline under the sub-path", async () => {
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      await openModule(page, `${site.url}jeugdzorg/#wachtlijsten`);
      await waitUntilOfflineReady(page);
      const dialog = await showQr(page);
      expect(await decodeQr(dialog.locator("img"))).toBe("https://uitleg.example.nl/kennisbank/jeugdzorg/?qr#wachtlijsten");
      expect(await dialog.locator(".qr-dialog__url").innerText()).toBe("https://uitleg.example.nl/kennisbank/jeugdzorg/#wachtlijsten");
      await page.keyboard.press("Escape");
      await page.keyboard.press("Escape");
      await page.emulateMedia({ media: "print" });
      const header = page.locator(".print-header");
      expect(await header.innerText()).toBe("Deze module online:\nhttps://uitleg.example.nl/kennisbank/jeugdzorg/");
      expect(await decodeQr(header.getByRole("img", { name: "QR-code met de link naar deze module" }))).toBe("https://uitleg.example.nl/kennisbank/jeugdzorg/?qr");
      // The draaiboek prints each step's full address; the participants' worksheet the site's, with a QR code.
      await page.goto(`${site.url}jeugdzorg/draaiboek/`);
      expect(await page.locator("#draaiboek-wachtlijsten .draaiboek-step__facts a").innerText()).toBe("https://uitleg.example.nl/kennisbank/jeugdzorg/#wachtlijsten");
      await page.goto(`${site.url}workshop/programma/werkblad/?p=jeugdzorg:wachtlijsten`);
      const sheet = page.locator(".print-header");
      expect(await sheet.innerText()).toBe("Lees alles na op:\nhttps://uitleg.example.nl/kennisbank/");
      expect(await decodeQr(sheet.getByRole("img", { name: "QR-code met de link naar deze site" }))).toBe("https://uitleg.example.nl/kennisbank/?qr");
      await page.emulateMedia({ media: "screen" });

      await context.setOffline(true);
      await openModule(page, `${site.url}wonen/`);
      expect((await visibleStepTitles(page)).length).toBe(1);
      await page.goto(`${site.url}zoeken/?q=taaltoets`);
      await expect.poll(() => page.locator("main .search-results__list a").count(), { timeout: 15_000 }).toBeGreaterThan(0);
    } finally {
      await browser.close();
    }
  }, slow);
});

describe("a new version", () => {
  it("is offered on the workshop bar, loads on request, and replaces the old stored version", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sdu-update-"));
    cpSync(process.env.OUT_DIR ?? "dist", dir, { recursive: true });
    const site = await serveSite(dir);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await openModule(page, `${site.url}jeugdzorg/`);
      await waitUntilOfflineReady(page);
      const before = await page.evaluate(() => caches.keys());
      expect(before).toHaveLength(1);
      // A new build: one page changed, so a new list and version.
      const file = join(dir, "begrippen", "index.html");
      writeFileSync(file, readFileSync(file, "utf8").replace("</main>", "<p>Nieuw begrip.</p></main>"));
      writeServiceWorker(dir, "/");
      await openModule(page, `${site.url}jeugdzorg/`);
      await expect.poll(() => page.locator(".workshop-launcher").innerText(), { timeout: 30_000 }).toContain("Er is een nieuwe versie van deze site.");
      await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "Nieuwe versie laden" }).click()]);
      await waitForStepper(page);
      await waitUntilOfflineReady(page);
      const after = await page.evaluate(() => caches.keys());
      expect(after).toHaveLength(1);
      expect(after[0]).not.toBe(before[0]);
      await page.goto(`${site.url}begrippen/`);
      expect(await page.getByText("Nieuw begrip.").isVisible()).toBe(true);
    } finally {
      await browser.close();
      await site.close();
    }
  }, slow);
});

describe("response headers", () => {
  it("allow the service worker from the site itself, with no unsafe sources", () => {
    const headers = readFileSync(join(process.env.OUT_DIR ?? "dist", "_headers"), "utf8");
    const csp = /Content-Security-Policy: (.+)/.exec(headers)![1]!;
    expect(csp).toContain("worker-src 'self'");
    expect(csp.replace("'wasm-unsafe-eval'", "")).not.toMatch(/unsafe/);
  }, slow);
});
