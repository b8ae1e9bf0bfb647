// Runs the relevance test set (tests/search/queries.json) against a built site: the real Pagefind index, searched
// with the site's own ranking (src/search/engine.ts). A result "lands" on a place when its anchor is that place
// or lies inside it (a heading inside a step, an option inside a carousel).
import { readFileSync } from "node:fs";
import { searchWith } from "../../src/search/engine.ts";
import { loadBuiltPagefind, placesOf } from "./built-index.ts";

export interface RelevanceQuery {
  query: string;
  /** Where the reader should land: "module#id" (a step, option, dialog or scene) or "begrippen#term-id"; any of them counts. */
  expect: string[];
  kind: "woord" | "deel van samenstelling" | "afkorting" | "voluit" | "twee woorden" | "typfout" | "begrip";
}

export interface QueryOutcome extends RelevanceQuery {
  top: string[];
  rank: number | null;
}

export interface Relevance {
  outcomes: QueryOutcome[];
  at1: number;
  at3: number;
}

export const relevanceQueries = JSON.parse(readFileSync(new URL("./queries.json", import.meta.url), "utf8")) as RelevanceQuery[];

export async function measureRelevance(dist: string, queries = relevanceQueries): Promise<Relevance> {
  const pagefind = await loadBuiltPagefind(dist);
  const placeMaps = new Map<string, Map<string, string[]>>();
  const holdersOf = (url: string): string[] => {
    const [path = "", hash = ""] = url.split("#");
    const module = path.replace(/\?.*$/, "").replace(/^\/|\/$/g, "");
    if (module === "begrippen") return [`begrippen#${hash}`];
    if (!placeMaps.has(module)) placeMaps.set(module, placesOf(dist, module));
    return (placeMaps.get(module)!.get(hash) ?? [hash]).map((id) => `${module}#${id}`);
  };
  const outcomes: QueryOutcome[] = [];
  for (const q of queries) {
    const { entries } = await searchWith(pagefind, q.query, undefined, 6);
    const top = entries.slice(0, 3).map((e) => e.url);
    const index = entries.findIndex((e) => holdersOf(e.url).some((place) => q.expect.includes(place)));
    outcomes.push({ ...q, top, rank: index < 0 ? null : index + 1 });
  }
  const share = (n: number) => outcomes.filter((o) => o.rank !== null && o.rank <= n).length / outcomes.length;
  return { outcomes, at1: share(1), at3: share(3) };
}

/** A short report: the figures, then every query that did not land first. */
export function describeRelevance({ outcomes, at1, at3 }: Relevance): string {
  const percent = (x: number) => `${(x * 100).toFixed(1)} %`;
  const misses = outcomes.filter((o) => o.rank !== 1).map((o) => `  ${o.query} (${o.kind}): plaats ${o.rank ?? "–"}; verwacht ${o.expect.join(" of ")}; kreeg ${o.top.join(", ")}`);
  return [`${outcomes.length} zoekvragen: precisie@1 ${percent(at1)}, precisie@3 ${percent(at3)}`, ...misses].join("\n");
}
