// Marks the searched words on the page a search result opened (?markeer=…), inside the module's text only.
import { queryWords } from "../lib/search-results.ts";

export function highlightFromUrl(param = "markeer"): void {
  const words = queryWords(new URLSearchParams(location.search).get(param) ?? "");
  const root = document.querySelector("[data-pagefind-body]");
  if (!root || words.length === 0) return;
  const pattern = new RegExp(`(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`, "giu");
  const tester = new RegExp(pattern.source, "iu");
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest("script, template, mark, [data-pagefind-ignore]") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) if (tester.test((walker.currentNode as Text).data)) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    const fragment = document.createDocumentFragment();
    for (const [i, part] of node.data.split(pattern).entries()) {
      if (i % 2 === 1) {
        const mark = document.createElement("mark");
        mark.textContent = part;
        fragment.append(mark);
      } else if (part) fragment.append(part);
    }
    node.replaceWith(fragment);
  }
}
