// The JavaScript a built page loads before the reader does anything: its module scripts and islands with every
// chunk they import statically, plus inline scripts, gzipped as a host sends them. Chunks loaded by import() on
// first use (search, workshop, term pop-up) are left out. Used by the budget test; reads dist/ only.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";

const gzip = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** The static imports of a built chunk: import{a}from"./x.js", import"./y.js", export*from"./z.js". */
function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:^|[;}\n])\s*(?:import|export)\s*(?:[^"'();]*?from\s*)?["']([^"']+\.js)["']/g)].map((m) => m[1]!);
}

export interface PageJs {
  /** Gzipped bytes in all. */
  total: number;
  /** Each file with its gzipped bytes, largest first. */
  files: [string, number][];
}

/** `page` is a site-relative folder: "jeugdzorg/" or "" for the home page. */
export function pageJs(dist: string, page: string): PageJs {
  const htmlPath = join(dist, page, "index.html");
  const html = readFileSync(htmlPath, "utf8");
  const seen = new Set<string>();
  const visit = (url: string, from: string) => {
    const path = url.startsWith("/") ? join(dist, url) : join(dirname(from), url);
    if (seen.has(path) || !existsSync(path)) return;
    seen.add(path);
    for (const dependency of staticImports(readFileSync(path, "utf8"))) visit(dependency, path);
  };
  for (const m of html.matchAll(/(?:component-url|renderer-url|before-hydration-url|src)="([^"]+\.js)"/g)) visit(m[1]!, htmlPath);
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join("\n");
  const files: [string, number][] = [...seen].map((path) => [path.slice(dist.length), gzip(readFileSync(path))]);
  if (inline.trim()) files.push(["(inline)", gzip(inline)]);
  files.sort((a, b) => b[1] - a[1]);
  return { total: files.reduce((sum, [, bytes]) => sum + bytes, 0), files };
}
