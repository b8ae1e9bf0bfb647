// Reads and reshapes the HTML a content component gets as its slot, as a tree (ultrahtml), never with a regex:
// which options or scenes it holds, the facilitator notes of a step, the checkboxes of a checklist.
import { ELEMENT_NODE, h, parse, renderSync, walkSync, type ElementNode, type Node } from "ultrahtml";
import { checklistItemId } from "./content-components.ts";

const isElement = (node: Node): node is ElementNode => node.type === ELEMENT_NODE;

/** The elements carrying `marker` (e.g. "data-option"), in document order. */
function marked(html: string, marker: string): ElementNode[] {
  const found: ElementNode[] = [];
  walkSync(parse(html) as Node, (node) => {
    if (isElement(node) && Object.hasOwn(node.attributes, marker)) found.push(node);
  });
  return found;
}

/** The values of `marker` in the slot: the ids of its options (data-option) or scenes (data-scene), in order. */
export function markedIds(html: string, marker: string): string[] {
  return marked(html, marker).map((node) => node.attributes[marker] ?? "");
}

/** The inner HTML of each element carrying `marker` (the text of each facilitator note). */
export function markedContents(html: string, marker: string): string[] {
  return marked(html, marker).map((node) => node.children.map((child) => renderSync(child)).join(""));
}

const lists = new Set(["ul", "ol"]);

/**
 * Gives every list item in a checklist a checkbox with the item's own text as its label. A nested list stays
 * after the label (a label holds only phrasing content), and its items get checkboxes of their own.
 */
export function withCheckboxes(html: string, checklistId: string): { html: string; count: number } {
  let count = 0;
  const reshape = (node: Node): Node => {
    if (!isElement(node) || node.name !== "li") {
      if (Array.isArray(node.children)) node.children = (node.children as Node[]).map(reshape);
      return node;
    }
    const id = checklistItemId(checklistId, count);
    const box = h("input", { type: "checkbox", id, "data-item": String(count) });
    count += 1;
    const split = node.children.findIndex((child) => isElement(child) && lists.has(child.name));
    const own = split === -1 ? node.children : node.children.slice(0, split);
    const rest = split === -1 ? [] : node.children.slice(split);
    const label = h("label", { for: id });
    label.children = own;
    node.children = [box, label, ...rest.map(reshape)];
    return node;
  };
  const tree = reshape(parse(html) as Node);
  return { html: renderSync(tree), count };
}
