// Pagefind results as the reader sees them (src/lib/search-results.ts): ranked places, clean excerpts, links.
import { describe, expect, it } from "vitest";
import { cleanExcerpt, definitionExcerpt, queryWords, toEntries, withHighlight } from "../../src/lib/search-results.ts";
import { additionWeights } from "../../src/lib/search-index-text.ts";

/** A place with the weights of its matching words (1 = running text, 6 = a step title), as Pagefind scores them. */
const place = (title: string, url: string, weights: number[] = [1], excerpt = `over ${title}`) => ({
  title,
  url,
  excerpt,
  weighted_locations: weights.map((w, location) => ({ weight: w, balanced_score: w * w * 100, location })),
});
const page = (title: string, subs: ReturnType<typeof place>[]) => ({ url: `/${title}/`, excerpt: "pagina", meta: { title }, sub_results: subs });
const shown = (entries: { module: string; title: string }[]) => entries.map((e) => `${e.module} · ${e.title}`);

describe("toEntries", () => {
  it("makes one entry per place in a module", () => {
    const entries = toEntries([page("Wet inburgering", [place("PIP", "/inburgering/#pip"), place("Taaltoets", "/inburgering/#taaltoets")])]);
    expect(entries.map((e) => `${e.module} · ${e.title} · ${e.url}`)).toEqual([
      "Wet inburgering · PIP · /inburgering/#pip",
      "Wet inburgering · Taaltoets · /inburgering/#taaltoets",
    ]);
  });
  it("ranks places across pages: a word in a title before the same word in running text, whatever page Pagefind put first", () => {
    const entries = toEntries([
      page("Omgevingswet", [place("Waarom", "/omgevingswet/#waarom", [1, 1, 1])]),
      page("Dienstverlening", [place("Toeslagen", "/dienstverlening/#toeslagen", [6])]),
    ]);
    expect(shown(entries)).toEqual(["Dienstverlening · Toeslagen", "Omgevingswet · Waarom"]);
  });
  it("puts the begrippenlijst after the modules, with the begrip that is the query (or one of its names) first of those", () => {
    const glossary = page("Begrippenlijst", [
      place("Taaltoets", "/begrippen/#taaltoets", [5]),
      place("Wmo", "/begrippen/#wmo", [1], "Wmo. ‹Wmo 2015 · Wet maatschappelijke <mark>ondersteuning</mark>›"),
    ]);
    const modules = page("Wet inburgering", [place("PIP", "/inburgering/#pip")]);
    expect(shown(toEntries([glossary, modules], 50, 3, "Begrippenlijst", "taaltoets"))).toEqual(["Wet inburgering · PIP", "Begrippenlijst · Taaltoets", "Begrippenlijst · Wmo"]);
    expect(shown(toEntries([glossary, modules], 50, 3, "Begrippenlijst", "Wet maatschappelijke ondersteuning"))).toEqual([
      "Wet inburgering · PIP",
      "Begrippenlijst · Wmo",
      "Begrippenlijst · Taaltoets",
    ]);
  });
  it("flags the begrip that is the query, and only that one, so its definition is shown first", () => {
    const glossary = page("Begrippenlijst", [
      place("Taaltoets", "/begrippen/#taaltoets", [5]),
      place("Wmo", "/begrippen/#wmo", [1], "Wmo. ‹Wmo 2015 · Wet maatschappelijke <mark>ondersteuning</mark>›"),
    ]);
    const flagged = (query: string) => toEntries([glossary], 50, 3, "Begrippenlijst", query).filter((e) => e.isQueryTerm).map((e) => e.title);
    expect(flagged("taaltoets")).toEqual(["Taaltoets"]);
    expect(flagged("Wet maatschappelijke ondersteuning")).toEqual(["Wmo"]);
    expect(flagged("toets")).toEqual([]);
    // Typing on the way: "toe" matched the start of the begrip's name, which is not yet its name; nor is one word of
    // a longer name.
    expect(flagged("ondersteuning")).toEqual([]);
    const toegang = page("Begrippenlijst", [place("Toegang", "/begrippen/#toegang", [additionWeights.ownName], "<mark>Toegang.</mark> ‹<mark>Toegang</mark>› De weg naar hulp.")]);
    const isTerm = (query: string) => toEntries([toegang], 50, 3, "Begrippenlijst", query).filter((e) => e.isQueryTerm).map((e) => e.title);
    expect(isTerm("toe")).toEqual([]);
    expect(isTerm("toegang")).toEqual(["Toegang"]);
  });
  it("keeps the begrip that is the query in view when places in modules fill the list", () => {
    const many = page("Jeugdzorg", [1, 2, 3].map((n) => place(`Stap ${n}`, `/jeugdzorg/#${n}`, [6])));
    const other = page("Toegang", [1, 2, 3].map((n) => place(`Stap ${n}`, `/toegang/#${n}`, [6])));
    const glossary = page("Begrippenlijst", [place("Triage", "/begrippen/#triage", [5])]);
    const entries = toEntries([many, other, glossary], 4, 3, "Begrippenlijst", "triage");
    expect(entries).toHaveLength(4);
    expect(shown(entries).at(-1)).toBe("Begrippenlijst · Triage");
    expect(toEntries([page("A", [1, 2, 3, 4].map((n) => place(`${n}`, `/a/#${n}`)))], 50)).toHaveLength(3);
  });
  it("shows a definition without the term it starts with, and marks where the excerpt stops", () => {
    expect(definitionExcerpt("Wmo", "<mark>Wmo.</mark> <mark>Wmo</mark> staat voor Wet maatschappelijke ondersteuning. Met deze wet")).toBe(
      "<mark>Wmo</mark> staat voor Wet maatschappelijke ondersteuning. Met deze wet …",
    );
    expect(definitionExcerpt("Taaltoets", "Taaltoets. Een <mark>taaltoets</mark> meet hoe goed iemand Nederlands kan.")).toBe("Een <mark>taaltoets</mark> meet hoe goed iemand Nederlands kan.");
    expect(definitionExcerpt("B1-route (leerroute)", "B1-route (leerroute). Een van de drie leerroutes.")).toBe("Een van de drie leerroutes.");
  });
  it("uses the page itself when it has no sub-results", () => {
    expect(toEntries([{ url: "/x/", excerpt: "e", meta: { title: "X" } }])).toEqual([{ module: "X", title: "X", excerpt: "e", url: "/x/", alsoMark: [] }]);
  });
});

describe("excerpts", () => {
  it("takes out what the index step added, and marks the real word a part or name matched", () => {
    expect(cleanExcerpt("krijgt jeugdhulp ‹jeugd <mark>hulp›</mark> , zegt")).toEqual({ html: "krijgt <mark>jeugdhulp</mark>, zegt", marked: ["jeugdhulp"] });
    expect(cleanExcerpt("zoals de Wmo ‹<mark>Wet</mark> maatschappelijke ondersteuning› .")).toEqual({ html: "zoals de <mark>Wmo</mark>.", marked: ["wmo"] });
    expect(cleanExcerpt("de <mark>intaketafel</mark> ‹intake <mark>tafel›</mark> en")).toEqual({ html: "de <mark>intaketafel</mark> en", marked: [] });
  });
  it("drops an addition cut off at either end", () => {
    expect(cleanExcerpt("hulp› Een gezin ‹jeugd").html).toBe("Een gezin");
  });
});

describe("highlight parameter", () => {
  it("adds the words before the hash, and the words the excerpt marked for a part or another name", () => {
    expect(withHighlight("/inburgering/#pip", "Taaltoets PIP")).toBe("/inburgering/?markeer=taaltoets%20pip#pip");
    expect(withHighlight("/toegang/#inleiding", "Wet maatschappelijke ondersteuning", "markeer", ["wmo"])).toBe(
      "/toegang/?markeer=wet%20maatschappelijke%20ondersteuning%20wmo#inleiding",
    );
    expect(queryWords("  a wachtlijst, wachtlijst ")).toEqual(["wachtlijst"]);
  });
});
