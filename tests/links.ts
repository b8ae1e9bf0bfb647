// Link checker over a built site: every internal link, asset and #anchor must resolve. Pure Node, no browser.
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { htmlFiles } from "../src/integrations/built-pages.ts";

/** The URL path a file is served at: dist/jeugdzorg/index.html → <base>jeugdzorg/ */
export function urlOf(dir: string, file: string, base: string): string {
  const path = relative(dir, file).replace(/index\.html$/, "").replace(/\\/g, "/");
  return `${base}${path}`;
}

const attribute = /\s(?:href|src)="([^"]*)"/g;
const idPattern = /\sid="([^"]*)"/g;

export interface LinkReport {
  pages: number;
  links: number;
  broken: string[];
}

export function checkLinks(dir: string, base = "/"): LinkReport {
  const files = htmlFiles(dir);
  const ids = new Map<string, Set<string>>();
  for (const file of files) {
    const html = readFileSync(file, "utf8");
    ids.set(urlOf(dir, file, base), new Set([...html.matchAll(idPattern)].map((m) => m[1]!)));
  }
  const broken: string[] = [];
  let links = 0;
  for (const file of files) {
    const page = urlOf(dir, file, base);
    // Links inside <template> (the term definitions) are checked too: they become links in the page.
    const html = readFileSync(file, "utf8");
    for (const [, raw] of html.matchAll(attribute)) {
      const href = raw!.replace(/&amp;/g, "&");
      if (/^(https?:|mailto:|tel:|data:)/.test(href)) continue;
      links++;
      const url = new URL(href, `http://site${page}`);
      if (!url.pathname.startsWith(base)) {
        broken.push(`${page}: ${href} (buiten het basispad ${base})`);
        continue;
      }
      const target = decodeURIComponent(url.pathname);
      const onDisk = join(dir, target.slice(base.length));
      const isPage = target.endsWith("/");
      if (isPage ? !existsSync(join(onDisk, "index.html")) : !existsSync(onDisk)) {
        broken.push(`${page}: ${href} (bestaat niet)`);
        continue;
      }
      if (url.hash && isPage) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!ids.get(target)?.has(id)) broken.push(`${page}: ${href} (anker #${id} bestaat niet)`);
      }
    }
  }
  return { pages: files.length, links, broken };
}
