// The built site's own Pagefind bundle (dist/pagefind/pagefind.js) loaded in Node, so the relevance test and the
// bench search the real index with the site's own ranking, without a browser. Also maps every anchor on a module
// page to the step, option, dialog or scene that holds it.
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ELEMENT_NODE, parse, walkSync, type Node } from "ultrahtml";
import type { Pagefind } from "../../src/search/engine.ts";

/** Pagefind's browser bundle fetches its files relative to itself: in Node those are file: URLs. */
export async function loadBuiltPagefind(dist: string): Promise<Pagefind> {
  const networkFetch = globalThis.fetch;
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    return url.startsWith("file:") ? new Response(await readFile(fileURLToPath(url))) : networkFetch(input, init);
  };
  const pagefind = (await import(pathToFileURL(join(dist, "pagefind", "pagefind.js")).href)) as Pagefind & { init(language?: string): Promise<void> };
  await pagefind.options({ baseUrl: "/", excerptLength: 24, noWorker: true });
  // Node has no <html lang>: name the language the site is indexed in.
  await pagefind.init("nl");
  return pagefind;
}

const placeAttributes = ["data-step", "data-option", "data-dialog", "data-scene"];

/** For a module page: each id on it → the ids of the places that hold it (itself first, then outward). */
export function placesOf(dist: string, module: string): Map<string, string[]> {
  const tree = parse(readFileSync(join(dist, module, "index.html"), "utf8"));
  const places = new Map<string, string[]>();
  const holders = (node: Node): string[] => {
    const ids: string[] = [];
    for (let n: Node | undefined = node; n; n = n.parent) {
      if (n.type !== ELEMENT_NODE) continue;
      for (const attribute of placeAttributes) if (n.attributes[attribute]) ids.push(n.attributes[attribute]);
    }
    return ids;
  };
  walkSync(tree, (node) => {
    if (node.type === ELEMENT_NODE && node.attributes.id) places.set(node.attributes.id, [node.attributes.id, ...holders(node)]);
  });
  return places;
}
