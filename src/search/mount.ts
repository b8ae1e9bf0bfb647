// Mounts search as you type on a search form; loaded only when a reader focuses a search field.
import { h, render } from "preact";
import { SearchResults, type ModuleLink } from "./SearchResults.tsx";

export function mountSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>("input[type=search]");
  const container = form.querySelector<HTMLElement>("[data-search-results]");
  if (!input || !container || form.dataset.mounted != null) return;
  form.dataset.mounted = "";
  const modules = JSON.parse(form.dataset.modules ?? "[]") as ModuleLink[];
  const variant = form.dataset.siteSearch === "page" ? "page" : "header";
  container.replaceChildren();
  render(h(SearchResults, { base: form.dataset.base ?? "/", input, form, variant, modules, filter: form.querySelector("select") }), container);
}
