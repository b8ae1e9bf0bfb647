// Relevance of search, measured on the built site (run `npm run build` first): the test set in queries.json
// must land first in at least 90 % of the queries and in the top three in all of them. Also the cases the
// search was built for: parts of compound words, other names of a begrip, and the pages left as built.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { htmlFiles } from "../../src/integrations/built-pages.ts";
import { searchWith, type Pagefind } from "../../src/search/engine.ts";
import { loadBuiltPagefind } from "./built-index.ts";
import { describeRelevance, measureRelevance } from "./relevance.ts";

const dist = process.env.OUT_DIR ?? "dist";
let pagefind: Pagefind;
beforeAll(async () => {
  pagefind = await loadBuiltPagefind(dist);
});

/** The places a reader sees for a query in the header: "module · title" and the link. */
async function results(query: string): Promise<{ shown: string; url: string; excerpt: string }[]> {
  const { entries } = await searchWith(pagefind, query, undefined, 6);
  return entries.map((e) => ({ shown: `${e.module} · ${e.title}`, url: e.url, excerpt: e.excerpt }));
}

describe("the relevance test set", () => {
  it("lands first in at least 90 % of the queries, and in the top three in all", async () => {
    const relevance = await measureRelevance(dist);
    const report = describeRelevance(relevance);
    console.log(report);
    expect(relevance.outcomes.length).toBeGreaterThanOrEqual(40);
    expect(relevance.at1, report).toBeGreaterThanOrEqual(0.9);
    expect(relevance.at3, report).toBe(1);
  });
});

describe("Dutch compound words", () => {
  it("toeslag: the text about the kinderopvangtoeslag comes first", async () => {
    expect((await results("toeslag"))[0]?.url).toMatch(/^\/dienstverlening\/#waarom/);
  });
  it("hulp finds the texts about jeugdhulp, with the whole word marked in the excerpt", async () => {
    const found = await results("hulp");
    expect(found.map((r) => r.url)).toContain("/jeugdzorg/#recht-op-jeugdhulp");
    expect(found.find((r) => r.url === "/jeugdzorg/#recht-op-jeugdhulp")?.excerpt).toMatch(/<mark>jeugdhulp<\/mark>/i);
  });
  it("tafel finds the intaketafel and the omgevingstafel", async () => {
    const urls = (await results("tafel")).map((r) => r.url);
    expect(urls.some((u) => /^\/omgevingswet\/#(aan-de-slag-)?intaketafel$/.test(u))).toBe(true);
    expect(urls.some((u) => /^\/omgevingswet\/#(aan-de-slag-)?omgevingstafel$/.test(u))).toBe(true);
  });
  it("vergunning finds the step about the omgevingsvergunning first", async () => {
    expect((await results("vergunning"))[0]?.url).toMatch(/^\/omgevingswet\/#(aan-de-slag-)?vergunning/);
  });
});

describe("other names of a begrip", () => {
  it("Wmo and Wet maatschappelijke ondersteuning find each other, in the begrippenlijst and in the steps", async () => {
    const short = await results("Wmo");
    const full = await results("Wet maatschappelijke ondersteuning");
    expect(short.map((r) => r.shown)).toContain("Begrippenlijst · Wmo");
    expect(full.map((r) => r.shown)).toContain("Begrippenlijst · Wmo");
    const steps = new Set(short.filter((r) => r.url.startsWith("/toegang/")).map((r) => r.url));
    expect(full.filter((r) => steps.has(r.url)).length).toBeGreaterThan(0);
    expect(full.find((r) => steps.has(r.url))?.excerpt).toMatch(/<mark>Wmo<\/mark>/);
  });
  it("an abbreviation finds its begrip and the step that uses it: COA and VNG", async () => {
    expect((await results("COA")).map((r) => r.shown)).toContain("Begrippenlijst · COA");
    expect((await results("COA"))[0]?.url).toMatch(/^\/inburgering\//);
    expect((await results("Vereniging van Nederlandse Gemeenten")).map((r) => r.shown)).toContain("Begrippenlijst · VNG");
  });
});

describe("what is not a place to land", () => {
  it("Bronnen en stand van zaken: a law's name leads to the steps that explain it, not to the list of sources", async () => {
    for (const query of ["Wmo", "Wet maatschappelijke ondersteuning", "COA", "Participatiewet"]) {
      const urls = (await results(query)).map((r) => r.url);
      expect(urls.length, query).toBeGreaterThan(0);
      expect(urls.filter((u) => u.includes("#bronnen")), query).toEqual([]);
    }
  });
});

describe("the sources under a step", () => {
  it("are on the page but not in the index: a word only in a source's title does not lead to the step", async () => {
    expect(readFileSync(join(dist, "wonen", "index.html"), "utf8")).toMatch(/class="step__source"[^>]*>[\s\S]*?Valleiregio/);
    const found = await results("Valleiregio");
    expect(found.filter((r) => r.url.startsWith("/wonen/#drie-vormen") || /valleiregio/i.test(r.excerpt))).toEqual([]);
  });
});

describe("the pages on the site", () => {
  it("carry none of what the index step adds: it is not visible, not read out, and takes no space", () => {
    const pages = htmlFiles(dist).filter((f) => readFileSync(f, "utf8").includes("data-pagefind-body"));
    expect(pages.length).toBeGreaterThan(5);
    for (const file of pages) expect(readFileSync(file, "utf8"), file).not.toMatch(/[‹›]/);
    expect(readFileSync(join(dist, "jeugdzorg", "index.html"), "utf8")).toContain("jeugdhulp");
  });
});
