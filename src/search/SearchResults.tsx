// Search as you type over an existing search field: results as links (module, place, excerpt), arrow keys
// between them, Escape to close, the count announced. Used in the site header and on the search page.
import { useEffect, useRef, useState } from "preact/hooks";
import { nlSearch } from "../i18n/nl-search.ts";
import { definitionExcerpt, withHighlight } from "../lib/search-results.ts";
import { searchSite, type SearchOutcome } from "./engine.ts";

/** How long the field must be left alone before the number of results is announced. */
const announceAfterMs = 1000;

export interface ModuleLink {
  title: string;
  href: string;
}

interface Props {
  base: string;
  input: HTMLInputElement;
  form: HTMLFormElement;
  /** "header": a panel under the field with the best places; "page": the full list with a module filter. */
  variant: "header" | "page";
  modules: ModuleLink[];
  filter?: HTMLSelectElement | null;
}

export function SearchResults({ base, input, form, variant, modules, filter }: Props) {
  const [outcome, setOutcome] = useState<SearchOutcome | null>(null);
  const [open, setOpen] = useState(false);
  const list = useRef<HTMLOListElement>(null);
  /** When the reader last typed in the field (ms). */
  const typedAt = useRef(0);
  // The header shows the six best places (two result pages' worth, so a first search stays small).
  const limit = variant === "header" ? 6 : 50;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let latest = 0;
    const run = () => {
      const query = input.value.trim();
      clearTimeout(timer);
      if (query.length < 2) {
        setOutcome(null);
        return;
      }
      const ticket = ++latest;
      timer = setTimeout(async () => {
        const result = await searchSite(base, query, filter?.value || undefined, limit).catch(
          (): SearchOutcome => ({ query, entries: [], failed: true }),
        );
        if (ticket === latest) {
          setOutcome(result);
          setOpen(true);
        }
      }, 120);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "ArrowDown") {
        event.preventDefault();
        const first = list.current?.querySelector<HTMLAnchorElement>("a");
        if (first) first.focus();
        else {
          // The list was closed with Escape: show it again, then go to its first result.
          setOpen(true);
          requestAnimationFrame(() => list.current?.querySelector<HTMLAnchorElement>("a")?.focus());
        }
      } else if (event.key === "Escape") {
        setOpen(false);
      }
    };
    const onSubmit = (event: SubmitEvent) => {
      if (variant === "page") {
        event.preventDefault();
        const url = new URL(location.href);
        url.searchParams.set("q", input.value.trim());
        history.replaceState(null, "", url);
        run();
      }
    };
    const onFocusOut = (event: FocusEvent) => {
      if (variant === "header" && !form.contains(event.relatedTarget as Node | null)) setOpen(false);
    };
    const typed = () => {
      typedAt.current = Date.now();
      run();
    };
    input.addEventListener("input", typed);
    input.addEventListener("keydown", onKey);
    filter?.addEventListener("change", run);
    form.addEventListener("submit", onSubmit);
    form.addEventListener("focusout", onFocusOut);
    if (input.value.trim()) run();
    return () => {
      input.removeEventListener("input", typed);
      input.removeEventListener("keydown", onKey);
      filter?.removeEventListener("change", run);
      form.removeEventListener("submit", onSubmit);
      form.removeEventListener("focusout", onFocusOut);
    };
  }, []);

  // Arrow keys move between results; Escape returns to the search field.
  const onListKey = (event: KeyboardEvent) => {
    const links = [...(list.current?.querySelectorAll<HTMLAnchorElement>("a") ?? [])];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const next = event.key === "ArrowDown" ? Math.min(index + 1, links.length - 1) : index - 1;
      (next < 0 ? input : links[next])?.focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      setOpen(false);
      input.focus();
    }
  };

  const query = outcome?.query ?? "";
  const count = outcome?.entries.length ?? 0;
  const definition = outcome?.definition;
  const status = !outcome ? "" : outcome.failed ? nlSearch.failed(query) : count === 0 ? nlSearch.none(query) : definition ? nlSearch.countWithDefinition(count, query) : nlSearch.count(count, query);
  const showPanel = outcome !== null && (variant === "page" || open);
  // The status is read out once typing has settled, not for every letter ("Begrip ‘taa’ gevonden", …); a search
  // that did not come from typing (a link with ?q=, the filter) says it at once.
  const [announced, setAnnounced] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(status), status ? Math.max(0, typedAt.current + announceAfterMs - Date.now()) : 0);
    return () => clearTimeout(timer);
  }, [status]);
  return (
    <div class={`search-results search-results--${variant}`} hidden={!showPanel && variant === "header"}>
      <p class={variant === "page" ? "search-results__status" : "visually-hidden"} role="status">
        {announced}
      </p>
      {showPanel && definition && (
        <section class="search-definition" aria-label={nlSearch.definitionLabel}>
          <p class="search-definition__kind">{nlSearch.definitionLabel}</p>
          <p class="search-definition__term">
            <a href={withHighlight(definition.url, query, "markeer", definition.alsoMark)} aria-label={nlSearch.definitionLink(definition.title)}>
              {definition.title}
            </a>
          </p>
          <p class="search-definition__text" dangerouslySetInnerHTML={{ __html: definitionExcerpt(definition.title, definition.excerpt) }} />
        </section>
      )}
      {showPanel && count > 0 && (
        <ol class="search-results__list" ref={list} onKeyDown={onListKey} aria-label={nlSearch.resultsLabel}>
          {outcome!.entries.map((entry) => (
            <li>
              <a href={withHighlight(entry.url, query, "markeer", entry.alsoMark)}>
                <span class="search-results__module">{entry.module}</span>
                <span class="search-results__title">{entry.title}</span>
                <span class="search-results__excerpt" dangerouslySetInnerHTML={{ __html: entry.excerpt }} />
              </a>
            </li>
          ))}
        </ol>
      )}
      {showPanel && outcome!.failed && variant === "header" && <p class="search-results__failed">{status}</p>}
      {showPanel && count === 0 && !outcome!.failed && (
        <div class="search-results__empty">
          <p>{nlSearch.suggest}</p>
          <ul>
            {modules.map((m) => (
              <li>
                <a href={m.href}>{m.title}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {showPanel && variant === "header" && count > 0 && (
        <p class="search-results__all">
          <a href={`${base}zoeken/?q=${encodeURIComponent(query)}`}>{nlSearch.allResults}</a>
        </p>
      )}
    </div>
  );
}
