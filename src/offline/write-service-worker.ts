// Run by `npm run build` after Pagefind (which Astro's build hooks cannot see): lists the built site, including
// the search index, and writes dist/sw.js with that list and the build's version.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { isPrecached, serviceWorkerSource, urlOf, versionOf } from "../lib/precache.ts";

export function writeServiceWorker(outDir: string, base: string): { files: number; version: string } {
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .filter(isPrecached);
  const version = versionOf(files.map((file) => ({ file, content: readFileSync(join(outDir, file)) })));
  const code = readFileSync(new URL("./service-worker.js", import.meta.url), "utf8");
  writeFileSync(join(outDir, "sw.js"), serviceWorkerSource(code, version, files.map((file) => urlOf(base, file)), urlOf(base, "404.html")));
  return { files: files.length, version };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  writeServiceWorker(process.env.OUT_DIR ?? "dist", process.env.BASE_PATH ?? "/");
}
