// The HTML files of a built site (Pagefind's own folder left out), for the header step and the link checker.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "pagefind" ? [] : htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}
