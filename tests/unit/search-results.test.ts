// Pagefind results as the reader sees them (src/lib/search-results.ts).
import { describe, expect, it } from "vitest";
import { queryWords, toEntries, withHighlight } from "../../src/lib/search-results.ts";

const page = (title: string, subs: [string, string][]) => ({
  url: `/${title}/`,
  excerpt: "pagina",
  meta: { title },
  sub_results: subs.map(([t, u]) => ({ title: t, url: u, excerpt: `over ${t}` })),
});

describe("toEntries", () => {
  it("makes one entry per place in a module, best first", () => {
    const entries = toEntries([page("Wet inburgering", [["PIP", "/inburgering/#pip"], ["Taaltoets", "/inburgering/#taaltoets"]])]);
    expect(entries.map((e) => `${e.module} · ${e.title} · ${e.url}`)).toEqual([
      "Wet inburgering · PIP · /inburgering/#pip",
      "Wet inburgering · Taaltoets · /inburgering/#taaltoets",
    ]);
  });
  it("puts the begrippenlijst after the modules and respects the limit", () => {
    const entries = toEntries([page("Begrippenlijst", [["Taaltoets", "/begrippen/#taaltoets"]]), page("Wet inburgering", [["PIP", "/inburgering/#pip"]])], 50, 3, "Begrippenlijst");
    expect(entries.map((e) => e.module)).toEqual(["Wet inburgering", "Begrippenlijst"]);
    expect(toEntries([page("A", [["1", "/a/#1"], ["2", "/a/#2"], ["3", "/a/#3"], ["4", "/a/#4"]])], 2)).toHaveLength(2);
  });
  it("uses the page itself when it has no sub-results", () => {
    expect(toEntries([{ url: "/x/", excerpt: "e", meta: { title: "X" } }])).toEqual([{ module: "X", title: "X", excerpt: "e", url: "/x/" }]);
  });
});

describe("highlight parameter", () => {
  it("adds the words before the hash", () => {
    expect(withHighlight("/inburgering/#pip", "Taaltoets PIP")).toBe("/inburgering/?markeer=taaltoets%20pip#pip");
    expect(queryWords("  a wachtlijst, wachtlijst ")).toEqual(["wachtlijst"]);
  });
});
