// Turns Pagefind results into the entries a reader sees: one entry per place in a module (a step, option,
// dialog or term), with the module name, the place's title, an excerpt and a link that opens that place.

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindPage {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}

export interface SearchEntry {
  module: string;
  title: string;
  excerpt: string;
  url: string;
}

/**
 * One entry per sub-result (the page's own entry when it has none), best first, at most `limit`.
 * Entries from the page titled `demote` (the begrippenlijst) come after the places in modules: a reader who
 * searches a word wants the step that explains it; its short definition opens there in place too.
 */
export function toEntries(pages: PagefindPage[], limit = 50, perPage = 3, demote?: string): SearchEntry[] {
  const entries: SearchEntry[] = [];
  for (const page of pages) {
    const module = page.meta.title ?? "";
    const subs = (page.sub_results ?? []).filter((s) => s.url.includes("#"));
    const places = subs.length > 0 ? subs.slice(0, perPage) : [{ title: module, url: page.url, excerpt: page.excerpt }];
    for (const place of places) entries.push({ module, title: place.title, excerpt: place.excerpt, url: place.url });
  }
  const ranked = demote ? [...entries.filter((e) => e.module !== demote), ...entries.filter((e) => e.module === demote)] : entries;
  return ranked.slice(0, limit);
}

/** The words of a query, for highlighting on the page a result opens. */
export function queryWords(query: string): string[] {
  return [...new Set(query.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter((w) => w.length >= 2))];
}

/** Adds the highlight parameter to a result URL, before its hash. */
export function withHighlight(url: string, query: string, param = "markeer"): string {
  const words = queryWords(query);
  if (words.length === 0) return url;
  const [path, hash = ""] = url.split("#");
  const separator = path!.includes("?") ? "&" : "?";
  return `${path}${separator}${param}=${encodeURIComponent(words.join(" "))}${hash ? `#${hash}` : ""}`;
}
