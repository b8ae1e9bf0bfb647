// The registry of the components authors write in MDX: per tag its required attributes, the kind of place it makes
// (option, dialog, scene, checklist) and how the ids it puts on the page are formed. The outline, the content rules,
// the .astro components and the workshop data all ask this registry; nothing else derives these ids.

/** A deep-linkable place inside a step. */
export type PlaceKind = "option" | "dialog" | "checklist" | "scene";

/** A place as the islands get it from the page: its id (the URL hash) and what it is. */
export interface PlaceRef {
  id: string;
  kind: PlaceKind;
}

export interface ContentComponent {
  /** The tag authors write: <Option …>. */
  tag: string;
  /** Attributes without which the build stops, in the order the message names them. */
  required: readonly string[];
  /** The place the component makes, when it makes one; its `id` attribute is the place's id. */
  kind?: PlaceKind;
  /** The data attribute that marks the component's element in the rendered page. */
  marker?: string;
  /** Attributes whose text readers see on the page (a title, a button). */
  shown?: readonly string[];
  /** False for what readers never see (notes for the facilitator): rules about reading text skip it. */
  forReaders?: false;
}

const registry = {
  Options: { tag: "Options", required: ["title"], marker: "data-options", shown: ["title"] },
  Option: { tag: "Option", required: ["id", "title"], kind: "option", marker: "data-option", shown: ["title"] },
  Dialog: { tag: "Dialog", required: ["id", "title", "trigger"], kind: "dialog", marker: "data-dialog", shown: ["trigger", "title"] },
  Checklist: { tag: "Checklist", required: ["id", "title"], kind: "checklist", marker: "data-checklist", shown: ["title"] },
  Scenario: { tag: "Scenario", required: ["title"], marker: "data-scenario", shown: ["title"] },
  Situation: { tag: "Situation", required: ["id", "title"], kind: "scene", marker: "data-scene", shown: ["title"] },
  Outcome: { tag: "Outcome", required: ["id", "title"], kind: "scene", marker: "data-scene", shown: ["title"] },
  Choice: { tag: "Choice", required: ["goto"] },
  Perspective: { tag: "Perspective", required: ["title", "icon"], shown: ["title"] },
  Column: { tag: "Column", required: ["title"], shown: ["title"] },
  Begrip: { tag: "Begrip", required: ["id"] },
  Variant: { tag: "Variant", required: ["title"], marker: "data-variant", shown: ["title"] },
  Begeleidersnotitie: { tag: "Begeleidersnotitie", required: [], marker: "data-facilitator-notes", forReaders: false },
} as const satisfies Record<string, ContentComponent>;

export type ContentTag = keyof typeof registry;

export const contentComponents = registry;

type MarkedTag = { [T in ContentTag]: (typeof registry)[T] extends { marker: string } ? T : never }[ContentTag];

/** The marker attribute of a component's element, to spread onto it: <section {...markerOf("Option", id)}>. */
export function markerOf(tag: MarkedTag, value = ""): Record<string, string> {
  return { [registry[tag].marker]: value };
}

/** The registry entry of a tag an author wrote, or undefined for HTML and components without rules. */
export function componentOf(tag: string | null | undefined): ContentComponent | undefined {
  return tag && Object.hasOwn(registry, tag) ? registry[tag as ContentTag] : undefined;
}

/** The tags that make places of `kind`, for messages: "Situation/Outcome". */
export function tagsOfKind(kind: PlaceKind): string {
  return Object.values(registry)
    .filter((c: ContentComponent) => c.kind === kind)
    .map((c) => c.tag)
    .join("/");
}

/** The id of a carousel: named after its first option, so it is the same on the page and in the outline. */
export function optionGroupId(optionIds: readonly string[]): string {
  return `opties-${optionIds[0] ?? "leeg"}`;
}

/** The id of a scenario: named after its first situation. */
export function scenarioId(sceneIds: readonly string[]): string {
  return `scenario-${sceneIds[0] ?? "leeg"}`;
}

/** The id of the heading that names a carousel or scenario. */
export function groupTitleId(groupId: string): string {
  return `${groupId}-titel`;
}

/** The id of the checkbox of item `index` (0-based) in checklist `checklistId`. */
export function checklistItemId(checklistId: string, index: number): string {
  return `${checklistId}-${index}`;
}
