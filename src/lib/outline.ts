// Reads the structure an author wrote in a step's MDX body: options, dialogs, checklists and perspectives.
// The build uses it to validate ids and to give the islands the map of deep-linkable targets.

export type TargetKind = "option" | "dialog" | "checklist" | "scene";

export interface Target {
  kind: TargetKind;
  id: string;
  title: string;
  /** For options: the id of the carousel they belong to (the step id plus its position). */
  group?: string;
  /** 1-based line in the MDX body, for error messages. */
  line: number;
}

export interface PerspectiveBlock {
  title: string;
  empty: boolean;
  line: number;
}

export interface OptionGroup {
  title: string;
  noun: string;
  optionCount: number;
  line: number;
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
  /** Tags with a missing required attribute, e.g. an <Option> without id. */
  missingAttributes: { tag: string; attribute: string; line: number }[];
  words: number;
}

const attributePattern = /([A-Za-z]+)\s*=\s*"([^"]*)"/g;

export function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(attributePattern)) attributes[match[1]!] = match[2]!;
  return attributes;
}

function lineAt(body: string, index: number): number {
  return body.slice(0, index).split("\n").length;
}

const required: Record<string, string[]> = {
  Option: ["id", "title"],
  Dialog: ["id", "title", "trigger"],
  Checklist: ["id", "title"],
  Perspective: ["title"],
  Options: ["title"],
  Situation: ["id", "title"],
  Outcome: ["id", "title"],
  Choice: ["goto"],
  Begrip: ["id"],
  Scenario: ["title"],
  Variant: ["title"],
};

/** Extracts the outline from an MDX body. Tags are matched by name; attributes must use double quotes. */
export function outlineStepBody(body: string, stepId: string, lineOffset = 0): StepBodyOutline {
  const outline: StepBodyOutline = { targets: [], perspectives: [], optionGroups: [], terms: [], choiceTargets: [], variants: [], missingAttributes: [], words: 0 };
  const tagPattern = /<(Options|Option|Dialog|Checklist|Perspective|Scenario|Situation|Outcome|Choice|Begrip|Variant)\b([^>]*)>/g;
  let groupIndex = 0;
  let currentGroup: OptionGroup | undefined;
  for (const match of body.matchAll(tagPattern)) {
    const tag = match[1]!;
    const attributes = parseAttributes(match[2] ?? "");
    const line = lineAt(body, match.index) + lineOffset;
    for (const attribute of required[tag] ?? []) {
      if (!attributes[attribute]?.trim()) outline.missingAttributes.push({ tag, attribute, line });
    }
    if (tag === "Options") {
      groupIndex += 1;
      currentGroup = { title: attributes.title ?? "", noun: attributes.noun ?? "optie", optionCount: 0, line };
      outline.optionGroups.push(currentGroup);
    } else if (tag === "Option") {
      if (currentGroup) currentGroup.optionCount += 1;
      outline.targets.push({ kind: "option", id: attributes.id ?? "", title: attributes.title ?? "", group: `${stepId}-opties-${groupIndex}`, line });
    } else if (tag === "Dialog" || tag === "Checklist") {
      outline.targets.push({ kind: tag === "Dialog" ? "dialog" : "checklist", id: attributes.id ?? "", title: attributes.title ?? "", line });
    } else if (tag === "Situation" || tag === "Outcome") {
      outline.targets.push({ kind: "scene", id: attributes.id ?? "", title: attributes.title ?? "", line });
      if (attributes.back) outline.choiceTargets.push({ goto: attributes.back, line });
    } else if (tag === "Choice") {
      if (attributes.goto) outline.choiceTargets.push({ goto: attributes.goto, line });
    } else if (tag === "Variant") {
      if (attributes.title) outline.variants.push({ title: attributes.title, line });
    } else if (tag === "Begrip") {
      if (attributes.id) outline.terms.push({ id: attributes.id, line });
    } else if (tag === "Perspective") {
      const close = body.indexOf("</Perspective>", match.index);
      const inner = close === -1 ? "" : body.slice(match.index + match[0].length, close);
      outline.perspectives.push({ title: attributes.title ?? "", empty: inner.trim() === "", line });
    }
  }
  outline.words = countWords(body);
  return outline;
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
