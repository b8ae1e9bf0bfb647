// Starts Debian's Chromium through playwright-core for the browser tests, and serves the built site.
// No browser found is a failure with a clear message, never a skipped test.
import { existsSync } from "node:fs";
import { afterAll, beforeAll } from "vitest";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { serveSite, type StaticSite } from "../serve.ts";

const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export function findChromium(): string {
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)));
  if (!found) {
    throw new Error(
      "Geen browser gevonden voor de browsertests. Installeer Chromium (apt-get install -y chromium) " +
        "of zet CHROMIUM_PATH op het pad van een Chromium-browser. Gezocht: " + candidates.filter(Boolean).join(", "),
    );
  }
  return found;
}

export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", ...extraArgs],
  });
}

/** Serves dist/ (or OUT_DIR) under the base path the site was built with. */
export function serveBuiltSite(dir = process.env.OUT_DIR ?? "dist", base = process.env.BASE_PATH ?? "/"): Promise<StaticSite> {
  if (!existsSync(`${dir}/index.html`)) throw new Error(`Geen gebouwde site in ${dir}/. Draai eerst 'npm run build' (npm test doet dat zelf).`);
  return serveSite(dir, base);
}

export interface PageMode {
  /** false: the HTML arrives without its <script> elements, as a browser without JavaScript shows it, while
   *  the test can still run axe in the page (which a context with JavaScript disabled does not allow). */
  scripts?: boolean;
}

export interface Session {
  browser: Browser;
  site: StaticSite;
  page(options?: BrowserContextOptions, mode?: PageMode): Promise<Page>;
  close(): Promise<void>;
}

/** One browser and one server for a test file (dist/, or another built site); every page gets a fresh context (fresh storage). */
export async function openSession(dir?: string): Promise<Session> {
  const [browser, site] = await Promise.all([launchBrowser(), serveBuiltSite(dir)]);
  return {
    browser,
    site,
    async page(options = {}, mode = {}) {
      // The service worker stays off unless a test asks for it: it would store the whole site on every first
      // visit, which other tests would count as requests (tests/e2e/offline.test.ts turns it on).
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: "block", ...options });
      if (mode.scripts === false) {
        await context.route("**/*", async (route) => {
          if (route.request().resourceType() !== "document") return route.continue();
          const response = await route.fetch();
          const html = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/g, "");
          await route.fulfill({ response, body: html });
        });
      }
      const page = await context.newPage();
      if (process.env.STRESS_CPU) {
        const cdp = await context.newCDPSession(page);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: Number(process.env.STRESS_CPU) });
      }
      return page;
    },
    async close() {
      await browser.close();
      await site.close();
    },
  };
}

/** The session of a test file: opened before its first test, closed after its last. */
export function useSession(dir?: string): Session {
  let opened: Session | undefined;
  beforeAll(async () => {
    opened = await openSession(dir);
  });
  afterAll(() => opened?.close());
  const current = () => {
    if (!opened) throw new Error("De browsersessie is nog niet gestart: gebruik useSession() op het hoogste niveau van een testbestand.");
    return opened;
  };
  return {
    get browser() { return current().browser; },
    get site() { return current().site; },
    page: (options, mode) => current().page(options, mode),
    close: () => current().close(),
  };
}
