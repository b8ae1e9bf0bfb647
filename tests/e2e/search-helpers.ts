// Searching as a person does: press "/" to reach the field, type, and read the results.
import type { Page } from "playwright-core";
import { expect } from "vitest";

export async function typeSearch(page: Page, words: string): Promise<void> {
  await page.keyboard.press("/");
  await page.keyboard.type(words, { delay: 20 });
}

/** Types a query and waits for its results: those of the whole query, not of the letters typed on the way. */
export async function searchFor(page: Page, words: string): Promise<void> {
  await typeSearch(page, words);
  await expect.poll(() => searchStatus(page), { timeout: 15_000 }).toContain(`voor ‘${words}’`);
  await expect.poll(() => shownResults(page)).not.toEqual([]);
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
