// Reads the structure an author wrote in a step's MDX body (its MDX syntax tree): options, dialogs, checklists, scenes
// and perspectives. The build uses it to validate ids and to give the islands the map of deep-linkable places.
import { mdxToMdast, type MdastNode } from "satteri";
import { componentOf, optionGroupId, type PlaceKind } from "./content-components.ts";

export type TargetKind = PlaceKind;

export interface Target {
  kind: TargetKind;
  id: string;
  title: string;
  /** For options: the id of the carousel they belong to (see optionGroupId). */
  group?: string;
  /** 1-based line in the MDX body, for error messages. */
  line: number;
}

export interface PerspectiveBlock {
  title: string;
  /** The icon that tells this side apart from the other, besides its title (src/lib/icons.ts). */
  icon: string;
  empty: boolean;
  line: number;
}

export interface OptionGroup {
  /** The carousel's id on the page. */
  id: string;
  title: string;
  noun: string;
  /** Its options, in the order of the text. */
  options: Target[];
  optionCount: number;
  line: number;
}

/** A stretch of running text a reader sees (a paragraph, a heading, a title): its parts in order, each part
 *  marked with the begrip it is linked to, if any. Notes for the facilitator are left out. */
export interface TextBlock {
  line: number;
  runs: { text: string; term?: string }[];
}

export interface StepBodyOutline {
  targets: Target[];
  perspectives: PerspectiveBlock[];
  optionGroups: OptionGroup[];
  /** Glossary terms marked with <Begrip id="…">, in order of appearance. */
  terms: { id: string; line: number }[];
  /** Where <Choice goto="…"> in a scenario leads. */
  choiceTargets: { goto: string; line: number }[];
  /** "Wat als …?" variants of a dilemma (<Variant title="…">), each a round of a card vote. */
  variants: { title: string; line: number }[];
  /** The text as readers read it, block by block, for rules about wording (abbreviations). */
  text: TextBlock[];
  /** Tags with a missing required attribute, e.g. an <Option> without id. */
  missingAttributes: { tag: string; attribute: string; line: number }[];
  /** The MDX could not be read (an unclosed tag, an HTML comment): the message of the parser and its line. */
  syntaxError?: { message: string; line: number };
  words: number;
}

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: JsxNode[];
  position?: { start: { line: number } };
}

/** The attributes written as plain strings (title="…"); expressions ({…}) are left out. */
function attributesOf(node: JsxNode): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === "mdxJsxAttribute" && attribute.name && typeof attribute.value === "string") attributes[attribute.name] = attribute.value;
  }
  return attributes;
}

function isEmpty(node: JsxNode): boolean {
  return (node.children ?? []).every((child) => child.type === "text" && !String((child as { value?: unknown }).value ?? "").trim());
}

/** Extracts the outline from an MDX body; `lineOffset` is the number of frontmatter lines before it. */
export function outlineStepBody(body: string, lineOffset = 0): StepBodyOutline {
  const outline: StepBodyOutline = { targets: [], perspectives: [], optionGroups: [], terms: [], choiceTargets: [], variants: [], text: [], missingAttributes: [], words: countWords(body) };
  let tree: MdastNode;
  try {
    tree = mdxToMdast(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = Number(/^(\d+):\d+/.exec(message)?.[1] ?? 1);
    outline.syntaxError = { message: message.replace(/^\d+:\d+: /, ""), line: line + lineOffset };
    return outline;
  }
  const visit = (node: JsxNode, group: OptionGroup | undefined): void => {
    const component = node.type.startsWith("mdxJsx") ? componentOf(node.name) : undefined;
    if (!component) {
      for (const child of node.children ?? []) visit(child, group);
      return;
    }
    const attributes = attributesOf(node);
    const line = (node.position?.start.line ?? 1) + lineOffset;
    for (const attribute of component.required) {
      if (!attributes[attribute]?.trim()) outline.missingAttributes.push({ tag: component.tag, attribute, line });
    }
    let inner = group;
    if (component.tag === "Options") {
      inner = { id: "", title: attributes.title ?? "", noun: attributes.noun ?? "optie", options: [], optionCount: 0, line };
      outline.optionGroups.push(inner);
    } else if (component.kind) {
      const target: Target = { kind: component.kind, id: attributes.id ?? "", title: attributes.title ?? "", line };
      outline.targets.push(target);
      if (component.kind === "option") group?.options.push(target);
    }
    if (component.tag === "Choice" && attributes.goto) outline.choiceTargets.push({ goto: attributes.goto, line });
    if (component.tag === "Outcome" && attributes.back) outline.choiceTargets.push({ goto: attributes.back, line });
    if (component.tag === "Begrip" && attributes.id) outline.terms.push({ id: attributes.id, line });
    if (component.tag === "Variant" && attributes.title) outline.variants.push({ title: attributes.title, line });
    if (component.tag === "Perspective") outline.perspectives.push({ title: attributes.title ?? "", icon: attributes.icon ?? "", empty: isEmpty(node), line });
    for (const child of node.children ?? []) visit(child, inner);
  };
  visit(tree as JsxNode, undefined);
  outline.text = readerText(tree as JsxNode, lineOffset);
  for (const group of outline.optionGroups) {
    group.optionCount = group.options.length;
    group.id = optionGroupId(group.options.map((o) => o.id));
    for (const option of group.options) option.group = group.id;
  }
  return outline;
}

const blockTypes = new Set(["paragraph", "heading", "tableCell"]);

/** The running text of a tree in reading order, one block per paragraph, heading or shown attribute. */
function readerText(tree: JsxNode, lineOffset: number): TextBlock[] {
  const blocks: TextBlock[] = [];
  const lineOf = (node: JsxNode) => (node.position?.start.line ?? 1) + lineOffset;
  const walk = (node: JsxNode, block: TextBlock | undefined, term: string | undefined): void => {
    if (node.type === "text") {
      const target = block ?? { line: lineOf(node), runs: [] };
      if (!block) blocks.push(target);
      target.runs.push({ text: String((node as { value?: unknown }).value ?? ""), ...(term ? { term } : {}) });
      return;
    }
    if (node.type === "inlineCode" || node.type === "code") return;
    const component = node.type.startsWith("mdxJsx") ? componentOf(node.name) : undefined;
    if (component?.forReaders === false) return;
    const attributes = component ? attributesOf(node) : {};
    for (const name of component?.shown ?? []) {
      if (attributes[name]) blocks.push({ line: lineOf(node), runs: [{ text: attributes[name]! }] });
    }
    const inner = component?.tag === "Begrip" ? attributes.id : term;
    let own = block;
    if (blockTypes.has(node.type)) {
      own = { line: lineOf(node), runs: [] };
      blocks.push(own);
    }
    for (const child of node.children ?? []) walk(child, own, inner);
  };
  walk(tree, undefined, undefined);
  return blocks.filter((b) => b.runs.some((r) => r.text.trim()));
}

/** Words a reader reads: tags, attributes and Markdown syntax left out. */
export function countWords(body: string): number {
  const text = body.replace(/<[^>]+>/g, " ").replace(/[#*_>`|[\]()-]/g, " ");
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** Minutes to read at a calm B1 pace (about 180 words a minute), at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 180));
}
