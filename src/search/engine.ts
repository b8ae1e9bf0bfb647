// Loads Pagefind's own search bundle from this site, only when a reader starts to search, and runs queries.
import { nl } from "../i18n/nl.ts";
import { toEntries, type PagefindPage, type SearchEntry } from "../lib/search-results.ts";

interface PagefindResult {
  data(): Promise<PagefindPage>;
}

export interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number; noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

let loading: Promise<Pagefind> | undefined;
/** How many result pages (modules, the begrippenlijst) a search reads at least before it ranks their places. */
const firstPages = 2;

/** The Pagefind API, loaded once from `<base>pagefind/pagefind.js`. */
export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // No worker: the index is small, and it saves a download and a blob: worker in the CSP.
    await pagefind.options({ baseUrl: base, excerptLength: 24, noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  // A failed load (no connection) is tried again at the next search, not remembered.
  loading.catch(() => (loading = undefined));
  return loading;
}

export interface SearchOutcome {
  query: string;
  /** The places, best first; the arrow keys walk them. */
  entries: SearchEntry[];
  /** The begrip whose term or other name is the query: its definition comes first, above the places. */
  definition?: SearchEntry;
  /** The search could not run (no connection, index not loaded): say so, show no results. */
  failed?: boolean;
}

/** Searches for `query` (optionally within one module) and returns the places to show, best first. */
export async function searchSite(base: string, query: string, module?: string, limit = 50): Promise<SearchOutcome> {
  return searchWith(await loadPagefind(base), query, module, limit);
}

/** The search itself, on a loaded Pagefind: the browser and the relevance test (tests/search/) share it. */
export async function searchWith(pagefind: Pagefind, query: string, module?: string, limit = 50): Promise<SearchOutcome> {
  const response = await pagefind.search(query, module ? { filters: { module } } : {});
  // Places are ranked across pages, so read the best few pages' fragments, then more (two at a time) only until
  // the list is full.
  const results = response?.results ?? [];
  const pages: PagefindPage[] = [];
  const first = Math.min(results.length, firstPages);
  pages.push(...(await Promise.all(results.slice(0, first).map((r) => r.data()))));
  for (let i = first; i < results.length && toEntries(pages, limit).length < limit; i += 2) {
    pages.push(...(await Promise.all(results.slice(i, i + 2).map((r) => r.data()))));
  }
  const entries = toEntries(pages, limit, 3, nl.glossaryTitle, query);
  const definition = entries.find((e) => e.isQueryTerm);
  return { query, entries, ...(definition ? { definition } : {}) };
}
