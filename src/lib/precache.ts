// What the service worker stores for use without a connection: every file of the built site that a reader can
// load, as URLs under the base path, and a version that changes whenever any of those files changes.
import { createHash } from "node:crypto";

/** Files the site never loads: host configuration, Pagefind's unused UIs and worker, the worker itself. */
const skipped = [
  /^_headers$/,
  /^security-headers\.nginx\.conf$/,
  /^sw\.js$/,
  /^\.well-known\//,
  /^pagefind\/pagefind-(ui|component-ui|modular-ui|highlight|worker)\.(js|css)$/,
  /^pagefind\/wasm\.unknown\.pagefind$/,
];

export function isPrecached(file: string): boolean {
  return !skipped.some((pattern) => pattern.test(file));
}

/** A built file (path relative to dist/, with /) as the URL a browser asks for: pages by their folder. */
export function urlOf(base: string, file: string): string {
  const root = base.endsWith("/") ? base : `${base}/`;
  return root + file.replace(/(^|\/)index\.html$/, "$1");
}

/** The version of a build: a hash over the names and contents of its stored files. */
export function versionOf(files: { file: string; content: Uint8Array }[]): string {
  const hash = createHash("sha256");
  for (const { file, content } of [...files].sort((a, b) => a.file.localeCompare(b.file))) hash.update(`${file}\0`).update(content);
  return hash.digest("hex").slice(0, 16);
}

/** The service worker's source: the build's values, then the worker's own code. */
export function serviceWorkerSource(code: string, version: string, urls: string[], notFound: string): string {
  return `const VERSION = ${JSON.stringify(version)};\nconst FILES = ${JSON.stringify(urls)};\nconst NOT_FOUND = ${JSON.stringify(notFound)};\n${code}`;
}
