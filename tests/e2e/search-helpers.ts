// Searching as a person does: press "/" to reach the field, type, and read the results.
import type { Page } from "playwright-core";

export async function typeSearch(page: Page, words: string): Promise<void> {
  await page.keyboard.press("/");
  await page.keyboard.type(words, { delay: 20 });
}

/** The results as shown: "module · title" per entry. */
export function shownResults(page: Page, scope = "form[data-site-search]"): Promise<string[]> {
  return page.$$eval(`${scope} .search-results__list a`, (links) =>
    links.map((a) => `${a.querySelector(".search-results__module")?.textContent} · ${a.querySelector(".search-results__title")?.textContent}`),
  );
}

export function searchStatus(page: Page, scope = "form[data-site-search]"): Promise<string> {
  return page.$$eval(`${scope} [role=status]`, (nodes) => nodes.map((n) => n.textContent ?? "").join(" ").trim());
}
