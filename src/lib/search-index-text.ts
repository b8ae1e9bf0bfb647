// What the index step adds to a built page before Pagefind reads it (the page on the site stays as it is): after a
// compound word its parts ("jeugdhulp" ‹jeugd hulp›), after a begrip's name its other names ("Wmo" ‹Wet
// maatschappelijke ondersteuning›), once per place (a step, option, dialog, scene or begrip).
// The additions sit between ‹ and ›, so the search code can take them out of an excerpt again.
import { ELEMENT_NODE, TEXT_NODE, h, parse, renderSync, type ElementNode, type Node, type TextNode } from "ultrahtml";
import type { Decompounder } from "./decompound.ts";
import { aliasHits, type AliasGroup } from "./search-aliases.ts";

export const additionOpen = "‹";
export const additionClose = "›";

/** Pagefind weights: parts of a word in a heading count as a title; parts in running text less than the word itself. */
export const additionWeights = { heading: 5, text: 0.5, otherName: 1, ownName: 8 } as const;

export interface IndexTextOptions {
  decompounder: Decompounder;
  aliases: AliasGroup[];
  /** On the begrippenlijst: the heading id of each begrip → its other names, weighted as its title. */
  ownNames?: Map<string, string[]>;
}

const skipped = new Set(["script", "style", "template", "noscript", "svg"]);
const headings = /^h[1-6]$/;
const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Between the names in an addition of a begrip's own names, so search can tell one name from the next. */
export const nameSeparator = " · ";

function addition(words: string[], weight: number, separator = " "): ElementNode {
  return h("span", { "data-pagefind-weight": String(weight) }, ` ${additionOpen}${words.join(separator)}${additionClose} `);
}

/** Returns the page's HTML with the additions; a page without data-pagefind-body comes back unchanged. */
export function withIndexText(html: string, options: IndexTextOptions): string {
  if (!html.includes("data-pagefind-body")) return html;
  const tree = parse(html) as Node;
  let seen = new Set<string>();

  /** New words for this place: parts of compounds and other names not added before, at their offsets in the text. */
  const additionsFor = (text: string, withNames = true): { end: number; words: string[]; weight: number }[] => {
    const found: { end: number; words: string[]; weight: number }[] = [];
    for (const match of text.matchAll(wordPattern)) {
      const fresh = options.decompounder.parts(match[0]).filter((p) => !seen.has(p));
      fresh.forEach((p) => seen.add(p));
      if (fresh.length > 0) found.push({ end: match.index + match[0].length, words: fresh, weight: additionWeights.text });
    }
    for (const hit of withNames ? aliasHits(text, options.aliases) : []) {
      if (seen.has(`=${hit.group.id}`)) continue;
      seen.add(`=${hit.group.id}`);
      found.push({ end: hit.end, words: hit.others, weight: additionWeights.otherName });
    }
    return found.sort((a, b) => a.end - b.end);
  };

  const textOf = (node: Node): string => (node.type === TEXT_NODE ? node.value : "children" in node ? (node.children as Node[]).map(textOf).join("") : "");

  const visit = (node: Node, inBody: boolean): void => {
    if (node.type !== ELEMENT_NODE && node.type !== 0) return;
    const element = node as ElementNode;
    if (node.type === ELEMENT_NODE && (skipped.has(element.name) || "data-pagefind-ignore" in element.attributes)) return;
    const body = inBody || (node.type === ELEMENT_NODE && "data-pagefind-body" in element.attributes);
    // A place (step, option, dialog, scene, begrip: each a region labelled by its heading) gets its own additions;
    // the sub-headings in it share them.
    if (node.type === ELEMENT_NODE && "aria-labelledby" in element.attributes) seen = new Set();
    const children: Node[] = [];
    for (const child of element.children) {
      if (child.type === ELEMENT_NODE && headings.test(child.name) && body && !("data-pagefind-ignore" in child.attributes)) {
        // Additions follow a heading, never go in it: the heading's text is the result's title (and the h1 the page's).
        children.push(child);
        // Only the parts of its words: another name of a begrip follows the name in the running text, where the
        // excerpt can mark the name itself, and a heading that merely names a begrip ("De POK-middelen") does
        // not outrank the text about it.
        const words = additionsFor(textOf(child), false).flatMap((a) => a.words);
        if (words.length > 0) children.push(addition(words, additionWeights.heading));
        const own = child.attributes.id ? options.ownNames?.get(child.attributes.id) : undefined;
        if (own?.length) children.push(addition(own, additionWeights.ownName, nameSeparator));
      } else if (child.type === TEXT_NODE && body) {
        let last = 0;
        for (const a of additionsFor(child.value)) {
          children.push({ ...child, value: child.value.slice(last, a.end) } as TextNode, addition(a.words, a.weight));
          last = a.end;
        }
        children.push(last === 0 ? child : ({ ...child, value: child.value.slice(last) } as TextNode));
      } else {
        visit(child, body);
        children.push(child);
      }
    }
    element.children = children;
  };
  visit(tree, false);
  return renderSync(tree);
}
