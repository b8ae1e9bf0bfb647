// `npm run bench`: the one place where the site's figures come from. Builds the site (and one with 10× the
// modules), serves it with gzip as a host would, drives Chromium, and prints a table. Not part of `npm test`:
// figures vary per machine; budgets are shown next to them, not asserted.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { buildSite, indexSite } from "../content/build-fixture.ts";
import { findChromium, launchBrowser } from "../e2e/browser.ts";
import { waitForStepper } from "../e2e/walk.ts";
import { serveSite } from "../serve.ts";
import { generateContent } from "./generate-content.ts";
import { measureCardVote } from "./card-vote.ts";
import { measureCardDetection, targets } from "./card-detection.ts";
import { describeRelevance, measureRelevance } from "../search/relevance.ts";

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const rows: string[][] = [];
const figures: Record<string, unknown> = {};
const row = (...cells: (string | number)[]) => rows.push(cells.map(String));

function dirSize(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    const stat = statSync(path);
    return sum + (stat.isDirectory() ? dirSize(path) : stat.size);
  }, 0);
}

interface Transfer {
  bodies: { url: string; body: number }[];
  requests: number;
  js: number;
  css: number;
  total: number;
  urls: string[];
}

/** Counts what the page downloads from now on (sizes as sent: gzip where the server compressed). */
function meter(page: Page): { take(): Promise<Transfer> } {
  const pending: Promise<{ type: string; body: number; size: number; url: string }>[] = [];
  page.on("requestfinished", (request) => {
    pending.push(request.sizes().then((s) => ({ type: request.resourceType(), body: s.responseBodySize, size: s.responseBodySize + s.responseHeadersSize, url: request.url() })));
  });
  return {
    async take() {
      const done = await Promise.all(pending.splice(0));
      return {
        bodies: done.map((d) => ({ url: d.url, body: d.body })),
        requests: done.length,
        // Bytes of the files themselves (gzip); the total below adds the response headers.
        js: done.filter((d) => d.type === "script" || d.url.endsWith(".js")).reduce((s, d) => s + d.body, 0),
        css: done.filter((d) => d.type === "stylesheet").reduce((s, d) => s + d.body, 0),
        total: done.reduce((s, d) => s + d.size, 0),
        urls: done.map((d) => d.url),
      };
    },
  };
}

/** Inline <script> elements count as JavaScript too (gzip of their text); JSON data blocks (the route) do not run. */
async function inlineJs(page: Page): Promise<number> {
  const code = await page.$$eval("script:not([src]):not([type=\"application/json\"])", (scripts) => scripts.map((s) => s.textContent ?? "").join("\n"));
  return code.trim() ? gzipSync(code, { level: 9 }).length : 0;
}

async function pageWeights(browser: Browser, base: string, pages: [string, string][]): Promise<void> {
  row("**Pagina**", "**JS (gzip)**", "**waarvan inline**", "**CSS (gzip)**", "**Totaal over de lijn**", "**Verzoeken**");
  const weights: Record<string, unknown> = {};
  for (const [label, path] of pages) {
    const context = await browser.newContext({ serviceWorkers: "block" });
    const page = await context.newPage();
    const m = meter(page);
    await page.goto(base + path, { waitUntil: "networkidle" });
    const t = await m.take();
    const inline = await inlineJs(page);
    weights[label] = { js: t.js + inline, inline, css: t.css, total: t.total, requests: t.requests };
    row(label, kb(t.js + inline), kb(inline), kb(t.css), kb(t.total), t.requests);
    await context.close();
  }
  figures.pages = weights;
}

/** 20 clicks on "Volgende stap", never across a module boundary: requests made and the longest main-thread task. */
async function stepping(browser: Browser, base: string, modules: string[]): Promise<void> {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  let clicks = 0;
  let requests = 0;
  let longest = 0;
  for (const module of modules) {
    if (clicks >= 20) break;
    await page.goto(`${base}${module}/`, { waitUntil: "networkidle" });
    await waitForStepper(page);
    const m = meter(page);
    await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"] });
    const next = page.locator(".stepper button", { hasText: "Volgende stap" });
    while (clicks < 20 && (await next.count())) {
      const before = page.url();
      await next.click({ timeout: 5000 }).catch((error) => {
        throw new Error(`Klik op Volgende stap mislukt op ${before}: ${error}`);
      });
      // Wait until the stepper shows the step in the URL (and has drawn its buttons for that step).
      await page.waitForFunction(
        (url) => location.href !== url && document.querySelector("[data-step]:not([hidden])")?.getAttribute("data-step") === location.hash.slice(1),
        before,
      );
      clicks++;
    }
    await page.waitForTimeout(200);
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: { name: string; tid: number; pid: number; dur?: number; args?: { name?: string } }[] };
    const mainThreads = new Set(trace.traceEvents.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`));
    for (const e of trace.traceEvents) {
      if (e.name === "RunTask" && e.dur && mainThreads.has(`${e.pid}:${e.tid}`)) longest = Math.max(longest, e.dur / 1000);
    }
    requests += (await m.take()).requests;
  }
  await context.close();
  figures.stepping = { clicks, requests, longestTaskMs: Math.round(longest * 10) / 10 };
  row(`${clicks}× Volgende stap`, `${requests} verzoeken`, "", "", `langste taak ${longest.toFixed(1)} ms`, "");
}

async function firstSearch(browser: Browser, base: string, dist: string): Promise<void> {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto(`${base}jeugdzorg/`, { waitUntil: "networkidle" });
  const m = meter(page);
  const started = Date.now();
  await page.focus("#zoek-header");
  await page.fill("#zoek-header", "wachtlijst");
  await page.locator("form[data-site-search='header'] .search-results__list a").first().waitFor();
  const ms = Date.now() - started;
  const t = await m.take();
  const index = dirSize(join(dist, "pagefind", "index")) + dirSize(join(dist, "pagefind", "fragment")) + dirSize(join(dist, "pagefind", "filter"));
  const wasm = t.bodies.filter((b) => b.url.includes(".pagefind")).reduce((s, b) => s + b.body, 0);
  const chunks = t.bodies.filter((b) => b.url.includes(".pf_index") || b.url.includes(".pf_meta")).reduce((s, b) => s + b.body, 0);
  const fragments = t.bodies.filter((b) => b.url.includes(".pf_fragment")).reduce((s, b) => s + b.body, 0);
  const bodies = t.bodies.reduce((s, b) => s + b.body, 0);
  figures.search = { js: t.js, wasm, indexChunks: chunks, fragments, bodies, withHeaders: t.total, requests: t.requests, firstResultMs: ms, indexOnDisk: index };
  row("Eerste zoekopdracht", kb(t.js), `WASM ${kb(wasm)}`, `index ${kb(chunks)}`, `${kb(bodies - fragments)} + fragmenten ${kb(fragments)} = ${kb(bodies)}`, `${t.requests} verzoeken, ${ms} ms tot resultaat`);
  row("Pagefind-index op schijf", "", "", "", kb(index), "index, fragmenten, filters");
  await context.close();
}

const indexSize = (bundle: string) => dirSize(join(bundle, "index")) + dirSize(join(bundle, "fragment")) + dirSize(join(bundle, "filter"));

/** Precision of the relevance test set on the real index, and what the index step adds to the index. */
async function searchQuality(dist: string): Promise<void> {
  const relevance = await measureRelevance(dist);
  // The same site indexed by plain Pagefind, without parts of compounds or other names: the size to compare with.
  const plain = mkdtempSync(join(tmpdir(), "sdu-pagefind-"));
  spawnSync(process.execPath, ["node_modules/pagefind/lib/runner/bin.cjs", "--site", dist, "--output-path", plain, "--silent"]);
  const sizes = { plain: indexSize(plain), withAdditions: indexSize(join(dist, "pagefind")) };
  rmSync(plain, { recursive: true, force: true });
  figures.relevance = { queries: relevance.outcomes.length, at1: relevance.at1, at3: relevance.at3, indexBytes: sizes };
  const percent = (x: number) => `${(x * 100).toFixed(1)} %`;
  row("Zoekkwaliteit (tests/search/queries.json)", `${relevance.outcomes.length} vragen`, `precisie@1 ${percent(relevance.at1)}`, `precisie@3 ${percent(relevance.at3)}`, "", "doel ≥ 90 % en 100 %");
  row("Index: Pagefind kaal / met delen en namen", "", "", "", `${kb(sizes.plain)} → ${kb(sizes.withAdditions)}`, `+${percent(sizes.withAdditions / sizes.plain - 1)}`);
  console.log(describeRelevance(relevance));
}

async function workshopWeight(browser: Browser, base: string): Promise<void> {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const m = meter(page);
  await page.goto(`${base}jeugdzorg/`, { waitUntil: "networkidle" });
  const before = (await m.take()).js + (await inlineJs(page));
  await page.keyboard.press("p");
  await page.waitForTimeout(1000);
  await page.waitForLoadState("networkidle");
  const extra = (await m.take()).js;
  figures.workshop = { before, after: before + extra };
  row("Modulepagina vóór / na workshopmodus", kb(before), "", "", `${kb(before + extra)} na 'P'`, extra ? `+${kb(extra)}` : "geen extra JS geladen");
  await context.close();
}

/** What the service worker stores for offline use: every file in dist/sw.js's list, as a host sends it (gzip for text). */
function precacheWeight(dist: string): void {
  const source = readFileSync(join(dist, "sw.js"), "utf8");
  const files = JSON.parse(/const FILES = (.*);/.exec(source)![1]!) as string[];
  const base = files.find((url) => url.endsWith("404.html"))!.replace(/404\.html$/, "");
  let raw = 0;
  let wire = 0;
  const compressible = /\.(html|js|css|svg|json|txt|wasm)$/;
  for (const url of files) {
    const path = join(dist, url.slice(base.length) + (url.endsWith("/") ? "index.html" : ""));
    const body = readFileSync(path);
    raw += body.length;
    wire += compressible.test(path) ? gzipSync(body, { level: 9 }).length : body.length;
  }
  wire += gzipSync(source, { level: 9 }).length;
  figures.precache = { files: files.length, raw, wire };
  row("Offline-opslag (hele site met zoeken)", `${files.length} bestanden`, "", "", `${kb(wire)} gzip (${kb(raw)} op schijf)`, "doel < 1 MB");
}

async function lighthouseScores(base: string, pages: [string, string][]): Promise<void> {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const scores: Record<string, Record<string, number>> = {};
  try {
    for (const [label, path] of pages) {
      const result = await lighthouse(base + path, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
      });
      const categories = result?.lhr.categories ?? {};
      scores[label] = Object.fromEntries(Object.entries(categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]));
      const s = scores[label]!;
      row(`Lighthouse (mobiel): ${label}`, `prestaties ${s.performance}`, `toegankelijkheid ${s.accessibility}`, `best practices ${s["best-practices"]}`, `SEO ${s.seo}`, "");
    }
  } finally {
    chrome.kill();
  }
  figures.lighthouse = scores;
}

async function timedBuild(env: Record<string, string>): Promise<{ ms: number; outDir: string }> {
  const started = Date.now();
  const result = await buildSite(env);
  if (result.code !== 0) throw new Error(`Build mislukt:\n${result.output.slice(-3000)}`);
  return { ms: Date.now() - started, outDir: result.outDir };
}

const real = await timedBuild({});
const indexStarted = Date.now();
await indexSite(real.outDir);
const indexMs = Date.now() - indexStarted;
const tenfold = await timedBuild({ CONTENT_DIR: generateContent(10) });
figures.build = { realMs: real.ms, pagefindMs: indexMs, tenfoldMs: tenfold.ms, ratio: tenfold.ms / real.ms };

const site = await serveSite(real.outDir);
const browser = await launchBrowser();
try {
  const home = await browser.newPage();
  await home.goto(site.url);
  const chain = await home.$$eval(".module-card__title a", (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split("/").filter(Boolean).at(-1)!));
  await home.close();
  const pages: [string, string][] = [["Home", ""], ...chain.map((id): [string, string] => [`Module: ${id}`, `${id}/`]), ["Zoekpagina", "zoeken/"], ["Begrippenlijst", "begrippen/"]];
  await pageWeights(browser, site.url, pages);
  await stepping(browser, site.url, chain);
  await firstSearch(browser, site.url, real.outDir);
  await searchQuality(real.outDir);
  await workshopWeight(browser, site.url);
  const votes = await measureCardVote(site.url);
  figures.cardVote = votes;
  row("Stemmen met kaarten: JS vóór / bij de knop", kb(votes.jsBefore), "", "", `+${kb(votes.jsOnPress)} (${votes.filesOnPress.join(", ")})`, "vóór de knop niets van de herkenning");
  row("Stemmen met kaarten: 30 kaarten, camera 1920 × 1080", `${votes.framesPerSecond.toFixed(1)} beelden/s`, `${votes.msPerFrame.toFixed(0)} ms/beeld`, "", `alle 30 goed na ${(votes.msToAllCounted / 1000).toFixed(1)} s`, `${Math.round(votes.foundInOneFrame * 100)} % in één beeld`);
  const detection = await measureCardDetection(site.url, real.outDir);
  figures.cardDetection = detection;
  for (const s of detection.sizes) {
    const target = targets[s.size as keyof typeof targets];
    row(`Kaarten in een zaal: ${s.size} px (1920 × 1080)`, `${((100 * s.found) / s.cards).toFixed(1)} % gevonden`, `${s.wrongAnswer} fout antwoord`, `${s.phantom} spookkaart`, `${s.found} van ${s.cards} in één beeld`, target ? `doel ≥ ${target * 100} %, 0 spookkaarten` : "");
  }
  row("Kaarten in een zaal: herkenning in de worker", `${detection.framesPerSecond.toFixed(1)} beelden/s`, `${detection.msPerFrame.toFixed(0)} ms/beeld`, `${detection.cpuMsPerFrame.toFixed(0)} ms rekentijd (${(1000 / detection.cpuMsPerFrame).toFixed(1)} beelden/s op één kern)`, `spookkaarten: zaal zonder kaarten ${detection.phantomEmpty}, lastige gevallen ${detection.phantomTrouble}`, `${detection.troubleCounted} van ${detection.troubleCards} lastige gevallen toch geteld (goed antwoord)`);
  precacheWeight(real.outDir);
} finally {
  await browser.close();
}
try {
  // Lighthouse gets the machine to itself: its own Chromium, nothing else running.
  await lighthouseScores(site.url, [["home", ""], ["module jeugdzorg", "jeugdzorg/"]]);
} finally {
  await site.close();
}
row("Build echte site (astro)", `${(real.ms / 1000).toFixed(1)} s`, "", "", `Pagefind ${(indexMs / 1000).toFixed(1)} s`, "");
row("Build 10× zoveel modules", `${(tenfold.ms / 1000).toFixed(1)} s`, "", "", `verhouding ${(tenfold.ms / real.ms).toFixed(2)}×`, "doel ≤ 10×");

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
console.log(["", line(rows[0]!), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.slice(1).map(line), ""].join("\n"));
console.log("Doelen: modulepagina ≤ 16 KB JS (gzip); home ≤ 2 KB JS; 0 verzoeken bij stappen; eerste zoekopdracht ≤ 140 KB;");
console.log("offline-opslag < 1 MB; Lighthouse 100 op alle vier; 10× inhoud bouwt in ≤ 10× de tijd.");
mkdirSync("test-results", { recursive: true });
writeFileSync("test-results/bench.json", JSON.stringify(figures, null, 2));
