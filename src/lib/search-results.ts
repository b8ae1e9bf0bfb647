// Turns Pagefind results into the entries a reader sees: one entry per place in a module (a step, option,
// dialog or term), with the module name, the place's title, an excerpt and a link that opens that place.
// Places are ranked across pages: a word in a title counts far more than the same word in running text.
import { additionClose, additionOpen, nameSeparator } from "./search-index-text.ts";

export interface WeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: WeightedLocation[];
}

export interface PagefindPage {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
  weighted_locations?: WeightedLocation[];
}

export interface SearchEntry {
  module: string;
  title: string;
  excerpt: string;
  url: string;
  /** Words the excerpt marks because of a part or another name: the page the entry opens marks them too. */
  alsoMark: string[];
  /** A begrip whose term (or one of its other names) is the query: shown first, as its definition. */
  isQueryTerm?: true;
}

const normal = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * Pagefind's score of a place: the sum over its matching words. Pagefind weighs a word by the square of its
 * weight (a step title counts 6, a begrip 5, running text 1), so titles come before text.
 */
export function placeScore(locations: WeightedLocation[] = []): number {
  return locations.reduce((sum, l) => sum + l.balanced_score, 0);
}

/** The names a begrip carries in its own addition (‹Wmo 2015 · Wet maatschappelijke ondersteuning›). */
function ownNames(excerpt: string): string[] {
  const names: string[] = [];
  for (const match of excerpt.replace(/<\/?mark>/g, "").matchAll(new RegExp(`${additionOpen}([^${additionClose}]*)${additionClose}`, "g"))) {
    if (match[1]!.includes(nameSeparator.trim())) names.push(...match[1]!.split(nameSeparator));
  }
  return names;
}

/**
 * An excerpt without what the index step added (between ‹ and ›). Where an addition matched, the real word
 * before it is marked instead: "jeugdhulp ‹jeugd <mark>hulp</mark>›" reads "<mark>jeugdhulp</mark>".
 */
export function cleanExcerpt(excerpt: string): { html: string; marked: string[] } {
  // Pagefind marks "‹hulp" or "tafel›" as one word: put the brackets outside the marks first.
  let text = excerpt.replaceAll(`<mark>${additionOpen}`, `${additionOpen}<mark>`).replaceAll(`${additionClose}</mark>`, `</mark>${additionClose}`);
  // An addition cut off at either end of the excerpt.
  const firstClose = text.indexOf(additionClose);
  if (firstClose >= 0 && !text.slice(0, firstClose).includes(additionOpen)) text = text.slice(firstClose + 1);
  const lastOpen = text.lastIndexOf(additionOpen);
  if (lastOpen >= 0 && !text.slice(lastOpen).includes(additionClose)) text = text.slice(0, lastOpen);
  const marked: string[] = [];
  const segment = new RegExp(`(<mark>)?([^\\s<>]*?)(</mark>)?\\s*${additionOpen}([^${additionClose}]*)${additionClose}\\s*`, "gu");
  text = text.replace(segment, (_all, open: string | undefined, word: string, close: string | undefined, added: string) => {
    if (!added.includes("<mark>") || open || !word) return `${open ?? ""}${word}${close ?? ""} `;
    const bare = word.replace(/[^\p{L}\p{N}-]+$/u, "");
    marked.push(bare.toLowerCase());
    return `<mark>${bare}</mark>${word.slice(bare.length)} `;
  });
  text = text
    .replace(/<mark>\s*<\/mark>/g, "")
    .replace(/\s+([,.;:!?)])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
  return { html: text, marked };
}

interface Ranked extends SearchEntry {
  score: number;
  order: number;
  exact: boolean;
}

/**
 * One entry per sub-result (the page's own entry when it has none), best first, at most `limit`, at most
 * `perPage` from one page. Entries from the page titled `demote` (the begrippenlijst) come after the places in
 * modules: a reader who searches a word wants the step that explains it; its short definition opens there in
 * place too. But the begrip whose term (or one of its other names) is the query is the first of them, and always
 * shown. Its other names sit right after its term in the index (‹Wmo 2015 · Wet maatschappelijke ondersteuning›):
 * the query must be the term or one of those names as a whole. A word of a longer name ("taal" of "Nederlands als
 * tweede taal") or the start of one (a reader typing "toe" on the way to "toegang") is not yet that begrip.
 */
export function toEntries(pages: PagefindPage[], limit = 50, perPage = 3, demote?: string, query = ""): SearchEntry[] {
  const q = normal(query);
  const ranked: Ranked[] = [];
  for (const page of pages) {
    const module = page.meta.title ?? "";
    const subs = (page.sub_results ?? []).filter((s) => s.url.includes("#"));
    const places = subs.length > 0 ? subs : [{ title: module, url: page.url, excerpt: page.excerpt, weighted_locations: page.weighted_locations }];
    for (const place of places) {
      const { html, marked } = cleanExcerpt(place.excerpt);
      const names = [place.title, ...ownNames(place.excerpt)];
      ranked.push({
        module,
        title: place.title,
        excerpt: html,
        url: place.url,
        alsoMark: marked,
        score: placeScore(place.weighted_locations),
        order: ranked.length,
        exact: q !== "" && module === demote && names.some((n) => normal(n) === q),
      });
    }
  }
  ranked.sort((a, b) => b.score - a.score || a.order - b.order);
  const perModule = new Map<string, number>();
  const kept = ranked.filter((e) => {
    const n = (perModule.get(e.module) ?? 0) + 1;
    perModule.set(e.module, n);
    return n <= perPage || e.exact;
  });
  const places = kept.filter((e) => !demote || e.module !== demote);
  const terms = kept.filter((e) => demote && e.module === demote).sort((a, b) => Number(b.exact) - Number(a.exact));
  const exact = terms.filter((e) => e.exact);
  const shown = [...places, ...terms].slice(0, limit);
  // The begrip that is the query stays in view, even when the places in modules fill the list.
  for (const e of exact) if (!shown.includes(e)) shown.splice(Math.max(0, limit - exact.length), 1, e);
  return shown.map(({ module, title, excerpt, url, alsoMark, exact }) => ({ module, title, excerpt, url, alsoMark, ...(exact ? { isQueryTerm: true as const } : {}) }));
}

/**
 * The definition of a begrip as the search shows it above the places: without the term it starts with (the card
 * names it already), and with "…" where Pagefind's excerpt stops mid-sentence.
 */
export function definitionExcerpt(title: string, excerpt: string): string {
  const term = title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const rest = excerpt.replace(new RegExp(`^(?:<mark>)?${term}(?:</mark>)?\\.?(?:</mark>)?\\s*`, "i"), "");
  return /[.!?]$/.test(rest.replace(/<\/?mark>/g, "")) ? rest : `${rest} …`;
}

/** The words of a query, for highlighting on the page a result opens. */
export function queryWords(query: string): string[] {
  return [...new Set(query.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter((w) => w.length >= 2))];
}

/** Adds the highlight parameter to a result URL, before its hash: the query's words, then `alsoMark`. */
export function withHighlight(url: string, query: string, param = "markeer", alsoMark: string[] = []): string {
  const words = queryWords([query, ...alsoMark].join(" "));
  if (words.length === 0) return url;
  const [path, hash = ""] = url.split("#");
  const separator = path!.includes("?") ? "&" : "?";
  return `${path}${separator}${param}=${encodeURIComponent(words.join(" "))}${hash ? `#${hash}` : ""}`;
}
