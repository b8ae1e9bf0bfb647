// Every built page is valid HTML (html-validate, recommended rules), and every page's footer links to the
// toegankelijkheidsverklaring and the privacy page. Runs over dist/ after the build.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { HtmlValidate } from "html-validate";
import { htmlFiles } from "../../src/integrations/built-pages.ts";

const dir = process.env.OUT_DIR ?? "dist";
const base = process.env.BASE_PATH ?? "/";

// Two rules of the preset are left out, because they judge the look of the source, not the HTML a browser and
// assistive technology get: the indentation Astro leaves on empty lines, and the length of a page title (a
// module's full title is the clearest title, even when it is long).
const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: { "no-trailing-whitespace": "off", "long-title": "off" },
});

describe("valid HTML", () => {
  const pages = htmlFiles(dir);

  it("builds the pages to check, including the two new ones", () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
    expect(pages.some((p) => p.endsWith("toegankelijkheid/index.html"))).toBe(true);
    expect(pages.some((p) => p.endsWith("privacy/index.html"))).toBe(true);
  });

  it("html-validate finds no error on any built page", async () => {
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(page);
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(errors).toEqual([]);
  });

  it("every page's footer links to the toegankelijkheidsverklaring and the privacy page", () => {
    const missing = pages.filter((page) => {
      const footer = /<footer[\s\S]*<\/footer>/.exec(readFileSync(page, "utf8"))?.[0] ?? "";
      return !footer.includes(`href="${base}toegankelijkheid/"`) || !footer.includes(`href="${base}privacy/"`);
    });
    expect(missing).toEqual([]);
  });

  it("no link on any page is named only with a word that does not say where it goes (WCAG 2.4.4)", () => {
    const generic = /^(hier|klik hier|lees meer|meer|link|deze link|verder|klik)$/i;
    const named = pages.flatMap((page) =>
      [...readFileSync(page, "utf8").matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g)].map(([, attributes, inner]) => {
        const label = /aria-label="([^"]*)"/.exec(attributes!)?.[1];
        return { page, name: (label ?? inner!.replace(/<[^>]+>/g, "")).replace(/\s+/g, " ").trim() };
      }),
    );
    expect(named.length).toBeGreaterThan(1000);
    expect(named.filter(({ name }) => name === "" || generic.test(name)).map(({ page, name }) => `${page}: ‘${name}’`)).toEqual([]);
  });

  it("every page where / jumps to search has the switch for single-key shortcuts in its footer (WCAG 2.1.4)", () => {
    const html = pages.map((page) => [page, readFileSync(page, "utf8")] as const);
    const withSearch = html.filter(([, text]) => text.includes("data-site-search"));
    // Only a tool window, the presenter view, has no search (and no site header); its switch is among its own
    // controls, and its footer carries none that nothing would start.
    const without = html.filter(([, text]) => !text.includes("data-site-search"));
    expect(without.map(([page]) => page).filter((page) => !page.endsWith("/begeleider/index.html"))).toEqual([]);
    expect(without.filter(([, text]) => text.includes("data-shortcuts-switch")).map(([page]) => page)).toEqual([]);
    expect(withSearch.length).toBeGreaterThan(without.length);
    expect(withSearch.filter(([, text]) => !/<footer[\s\S]*data-shortcuts-switch[\s\S]*<\/footer>/.test(text)).map(([page]) => page)).toEqual([]);
  });
});
