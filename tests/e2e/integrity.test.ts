// Trustworthy to host: no request leaves the site, no CSP violation, every link and anchor resolves (also under
// a sub-path, where search works too), a Dutch 404 page, and the theme's dark colour scheme (themes.test.ts: the other themes).
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { launchBrowser, useSession } from "./browser.ts";
import { axeViolations } from "./axe.ts";
import { serveSite } from "../serve.ts";
import { checkLinks, urlOf } from "../links.ts";
import { htmlFiles } from "../../src/integrations/built-pages.ts";
import { buildSite, indexSite } from "../content/build-fixture.ts";
import { searchStatus, shownResults, typeSearch } from "./search-helpers.ts";
import { modalOpen, visibleStepTitles, waitForStepper } from "./walk.ts";
import { loadTheme, builtTheme } from "./theme.ts";

const session = useSession();

/** A test that builds the site again (a sub-path, a theme): a build takes a minute or more on a busy machine. */
const buildingTest = 300_000;

/** Site-relative paths of every page in a build: dist/jeugdzorg/index.html → "jeugdzorg/" (404.html is visited as an unknown URL). */
function builtPages(dir: string): string[] {
  return htmlFiles(dir)
    .filter((file) => file.endsWith("index.html"))
    .map((file) => urlOf(dir, file, ""));
}

/** Records every request to another origin and every CSP violation the page reports. */
async function guard(page: Page, origin: string): Promise<string[]> {
  const problems: string[] = [];
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) problems.push(`verzoek naar ${url}`);
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`Refused to: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return problems;
}

describe("no third parties, no CSP violations", () => {
  it("walks every page, opens a step, a carousel, a dialog, a term and search: nothing leaves the origin, nothing is refused", async () => {
    const page = await session.page({ reducedMotion: "reduce" });
    const origin = new URL(session.site.url).origin;
    const problems = await guard(page, origin);
    // Every page the build made (home, modules, presenter views, glossary, search, handout) and an unknown URL.
    const pages = [...builtPages(process.env.OUT_DIR ?? "dist"), "bestaat-niet/"];
    expect(pages.length).toBeGreaterThanOrEqual(18);
    for (const path of pages) {
      await page.goto(session.site.url + path);
      expect(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute("content"), path).toMatch(/object-src 'none'/);
      if (await page.locator("[data-stepper-root]").count()) {
        await waitForStepper(page);
        await page.keyboard.press("ArrowRight");
        await expect.poll(() => new URL(page.url()).hash).not.toBe("");
        const carousel = page.locator("[data-step]:not([hidden]) .carousel__open");
        if (await carousel.count()) await carousel.first().click();
      }
    }
    await page.goto(`${session.site.url}inburgering/#azc`);
    await page.locator("[data-step='azc'] a.term[data-term='brede-intake']").click();
    await expect.poll(() => page.locator(".term-popover").evaluate((e) => e.matches(":popover-open"))).toBe(true);
    await page.goto(`${session.site.url}omgevingswet/#aan-de-slag-vergunning`);
    await waitForStepper(page);
    await expect.poll(() => modalOpen(page)).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Hoe ga je hiermee aan de slag?");
    await typeSearch(page, "wachtlijst");
    await expect.poll(() => shownResults(page), { timeout: 15_000 }).not.toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("scripts come only from the site or by hash: no 'unsafe-inline' or 'unsafe-eval'", async () => {
    const response = await fetch(`${session.site.url}jeugdzorg/`);
    const csp = /http-equiv="content-security-policy" content="([^"]+)"/.exec(await response.text())?.[1] ?? "";
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(csp).toMatch(/base-uri 'self'/);
  });
});

describe("response headers for the host", () => {
  it("the site is served with the headers the build wrote: CSP with frame-ancestors, HSTS, nosniff, referrer policy", async () => {
    const response = await fetch(`${session.site.url}wonen/`);
    expect(response.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
    expect(response.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    // The camera only for the site itself (voting with cards), the microphone for nobody.
    expect(response.headers.get("permissions-policy")).toMatch(/(^|, )camera=\(self\)(,|$)/);
    expect(response.headers.get("permissions-policy")).toMatch(/microphone=\(\)/);
    const securityTxt = await fetch(`${session.site.url}.well-known/security.txt`);
    expect(await securityTxt.text()).toMatch(/^Contact: mailto:/m);
  });
});

describe("links and anchors", () => {
  it("every internal link and #anchor in dist/ resolves", () => {
    const report = checkLinks(process.env.OUT_DIR ?? "dist", "/");
    expect(report.pages).toBeGreaterThanOrEqual(10);
    expect(report.links).toBeGreaterThan(500);
    expect(report.broken).toEqual([]);
  });
});

describe("an unknown URL", () => {
  it("gets a Dutch 404 page with search and the module list", async () => {
    const page = await session.page({ reducedMotion: "reduce" });
    const response = await page.goto(`${session.site.url}bestaat/niet/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator("h1").innerText()).toBe("Pagina niet gevonden");
    expect(await page.locator("main form[role=search] input[type=search]").count()).toBe(1);
    expect(await page.locator("main .module-card").count()).toBeGreaterThanOrEqual(7);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe("hosted under a sub-path (BASE_PATH=/kennisbank/)", () => {
  it("builds a site whose links, assets and search work under that path", async () => {
    const build = await buildSite({ BASE_PATH: "/kennisbank/" });
    expect(build.code, build.output).toBe(0);
    expect((await indexSite(build.outDir, "/kennisbank/")).code).toBe(0);
    const report = checkLinks(build.outDir, "/kennisbank/");
    expect(report.broken).toEqual([]);
    const site = await serveSite(build.outDir, "/kennisbank/");
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ reducedMotion: "reduce" });
      const problems = await guard(page, new URL(site.url).origin);
      const failed: string[] = [];
      page.on("response", (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
      await page.goto(site.url);
      await typeSearch(page, "taaltoets");
      await expect.poll(() => shownResults(page), { timeout: 15_000 }).not.toEqual([]);
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/kennisbank\/inburgering\/\?markeer=taaltoets#taaltoets-en-leerbaarheidstoets$/);
      await expect.poll(() => visibleStepTitles(page)).toEqual(["Het persoonlijk plan inburgering en participatie (PIP)"]);
      expect(failed).toEqual([]);
      expect(problems).toEqual([]);
      // A wrong base path gets the 404 page, not a blank page.
      const wrong = await page.goto(site.url.replace("/kennisbank/", "/verkeerd/"));
      expect(wrong?.status()).toBe(404);
      expect(await page.locator("h1").innerText()).toBe("Pagina niet gevonden");
      await searchStatus(page);
    } finally {
      await browser.close();
      await site.close();
    }
  }, buildingTest);
});

describe("the colour scheme", () => {
  it("follows a dark colour scheme where the theme has one (the default theme does), with AA contrast", async () => {
    const theme = await loadTheme(builtTheme);
    const page = await session.page({ colorScheme: "dark", reducedMotion: "reduce" });
    await page.goto(`${session.site.url}jeugdzorg/#wachtlijsten`);
    await waitForStepper(page);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(theme.colour("--basis-color-default-bg-document", "donker"));
    await page.locator(".carousel__open").first().click();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
