// Loads Pagefind's own search bundle from this site, only when a reader starts to search, and runs queries.
import { nl } from "../i18n/nl.ts";
import { toEntries, type PagefindPage, type SearchEntry } from "../lib/search-results.ts";

interface PagefindResult {
  data(): Promise<PagefindPage>;
}

interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number; noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | undefined;

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
  entries: SearchEntry[];
  /** The search could not run (no connection, index not loaded): say so, show no results. */
  failed?: boolean;
}

/** Searches for `query` (optionally within one module) and returns the places to show, best first. */
export async function searchSite(base: string, query: string, module?: string, limit = 50): Promise<SearchOutcome> {
  const pagefind = await loadPagefind(base);
  const response = await pagefind.search(query, module ? { filters: { module } } : {});
  // Load result fragments a few at a time, only as many as the list shows.
  const results = response?.results ?? [];
  const pages: PagefindPage[] = [];
  for (let i = 0; i < results.length && toEntries(pages, limit).length < limit; i += 2) {
    pages.push(...(await Promise.all(results.slice(i, i + 2).map((r) => r.data()))));
  }
  return { query, entries: toEntries(pages, limit, 3, nl.glossaryTitle) };
}

export async function moduleFilters(base: string): Promise<string[]> {
  const pagefind = await loadPagefind(base);
  return Object.keys((await pagefind.filters()).module ?? {});
}
