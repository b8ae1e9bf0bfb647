// JavaScript is a budget: what a reading page loads before the reader does anything (tests/bench/page-js.ts), per
// built page. The budgets are the decided ones: a module page ≤ 16 KB (gzip; 14.4 to 16.0 KB today, the most on a
// page with a checklist), home ≤ 1.5 KB, tighter than the decided 2 KB (1.4 KB today). The term pop-up, the workshop
// views, search and the notice about damaged saved ticks load on first use.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pageJs } from "../bench/page-js.ts";

const dist = process.env.OUT_DIR ?? "dist";
const kb = 1024;
const budgets = { modulePage: 16 * kb, homePage: 1.5 * kb };
const modules = readdirSync("content/modules", { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

const overview = (page: string) => pageJs(dist, page).files.map(([file, bytes]) => `${file} ${bytes}`).join("\n");

describe("JavaScript on first load", () => {
  it.for(modules)("module page %s stays within its budget", (slug) => {
    expect(pageJs(dist, `${slug}/`).total, overview(`${slug}/`)).toBeLessThanOrEqual(budgets.modulePage);
  });

  it("the home page stays within its budget", () => {
    expect(pageJs(dist, "").total, overview("")).toBeLessThanOrEqual(budgets.homePage);
  });

  it("loads no preload helper: no dynamic import needs a file preloaded before it runs (src/integrations/no-preload.ts)", () => {
    const scripts = readdirSync(`${dist}/_astro`).filter((file) => file.endsWith(".js"));
    // The helper's one line sits in the chunks that use it: no file of its own, and no chunk imports one.
    expect(scripts.filter((file) => file.startsWith("preload-helper."))).toEqual([]);
    expect(scripts.filter((file) => /preload-helper|__vite__mapDeps/.test(readFileSync(`${dist}/_astro/${file}`, "utf8")))).toEqual([]);
  });

  it("counts the islands and the chunks they import", () => {
    const { files, total } = pageJs(dist, "jeugdzorg/");
    expect(files.map(([file]) => file)).toEqual(expect.arrayContaining([expect.stringMatching(/\/_astro\/Stepper\.[\w-]+\.js$/), expect.stringMatching(/\/_astro\/preact\.[\w-]+\.js$/)]));
    expect(total).toBeGreaterThan(5 * kb);
  });
});
