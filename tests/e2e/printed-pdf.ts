// What a printed page says: Chromium prints it (page.pdf) and Mozilla's PDF.js reads the text back, page by page,
// so a test checks paper as a person holds it without any program outside npm.
import type { Page } from "playwright-core";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

type PdfOptions = Parameters<Page["pdf"]>[0];

/** The text of every printed page, whitespace made single. */
export async function printedPages(page: Page, options: PdfOptions = { format: "A4" }): Promise<string[]> {
  const data = new Uint8Array(await page.pdf(options));
  const loading = getDocument({ data, useSystemFonts: true });
  const pdf = await loading.promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    // Pieces of one line follow each other as printed; a line's end is a space.
    pages.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? " " : "") : "")).join("").replace(/\s+/g, " ").trim());
  }
  await loading.destroy();
  return pages;
}

/** The whole printout as one text. */
export async function printedText(page: Page, options?: PdfOptions): Promise<string> {
  return (await printedPages(page, options)).join(" ");
}
