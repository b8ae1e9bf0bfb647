// Marks the searched words on the page a search result opened (?markeer=…), inside the module's text only, and
// scrolls the first mark of the opened place into view once the page has shown and focused that place.
import { queryWords } from "../lib/search-results.ts";

/** How long to wait for the islands to show and focus the place before scrolling anyway. */
const settleMs = 3000;

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
  if (nodes.length > 0) bringMarkIntoView(root);
}

const isShown = (element: Element) => element.getClientRects().length > 0;

/**
 * Waits until the opened place (the #id) is shown and the stepper, carousel or dialog has focused its heading,
 * then scrolls the place's first visible mark into view. Scrolling does not move focus: a screen reader stays
 * on the heading.
 */
function bringMarkIntoView(root: Element): void {
  const started = performance.now();
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const enhanced = document.querySelector("[data-stepper-root]") !== null;
  const settled = () => {
    if (!target) return true;
    if (!isShown(target)) return false;
    const active = document.activeElement;
    return !enhanced || active === target || (active instanceof HTMLElement && /^H[1-6]$/.test(active.tagName) && active.closest("[data-step]") === target.closest("[data-step]"));
  };
  const step = () => {
    if (!settled() && performance.now() - started < settleMs) {
      requestAnimationFrame(step);
      return;
    }
    const place = target?.closest("dialog, [data-option], [data-scene], [data-step]") ?? root;
    const mark = [...place.querySelectorAll("mark"), ...root.querySelectorAll("mark")].find(isShown);
    if (!mark) return;
    const box = mark.getBoundingClientRect();
    const view = mark.closest("dialog")?.getBoundingClientRect() ?? { top: 0, bottom: window.innerHeight };
    if (box.top < view.top || box.bottom > view.bottom) mark.scrollIntoView({ block: "center" });
  };
  requestAnimationFrame(step);
}
