// The reading order of a module's steps, with branches, and the mapping between a URL hash and a place.
// Pure functions: the stepper island and the build both use them.
import type { PlaceRef } from "./content-components.ts";

export interface RouteStep {
  id: string;
  title: string;
  branch?: string;
  next?: string;
  choices?: { label: string; goto: string }[];
  /** The deep-linkable places inside the step (options, dialogs, checklists, scenes), in the order of the text. */
  targets: PlaceRef[];
}

/** The step that follows `id` for a reader who is on `id`; null at the end of the module. */
export function nextStepId(steps: RouteStep[], id: string): string | null {
  const index = steps.findIndex((s) => s.id === id);
  const step = steps[index];
  if (!step) return null;
  if (step.next) return step.next;
  if (step.choices?.[0]) return step.choices[0].goto;
  // Walk on in file order, staying on the branch we are on (or on the main line).
  for (const candidate of steps.slice(index + 1)) {
    if (candidate.branch === undefined || candidate.branch === step.branch) return candidate.id;
  }
  return null;
}

/** All steps that lead to `id` directly. */
function predecessors(steps: RouteStep[], id: string): RouteStep[] {
  return steps.filter((s) => s.id !== id && (nextStepId(steps, s.id) === id || s.choices?.some((c) => c.goto === id)));
}

/**
 * The step before `id`. Where several branches meet, `branchHint` (the branch the reader came through)
 * decides; without a hint the first branch in file order wins.
 */
export function prevStepId(steps: RouteStep[], id: string, branchHint?: string): string | null {
  const before = predecessors(steps, id);
  if (before.length === 0) return null;
  const onHint = before.find((s) => s.branch !== undefined && s.branch === branchHint);
  return (onHint ?? before[0]!).id;
}

/** The branch a reader walks by default: the one of the first choice in the module. */
export function defaultBranch(steps: RouteStep[]): string | undefined {
  const choice = steps.find((s) => s.choices?.length)?.choices?.[0];
  return choice ? steps.find((s) => s.id === choice.goto)?.branch : undefined;
}

/** The full path from the first step to the end, through `branch` wherever there is a choice. */
export function pathThrough(steps: RouteStep[], branch = defaultBranch(steps)): string[] {
  const path: string[] = [];
  let current: string | null = steps[0]?.id ?? null;
  while (current && !path.includes(current)) {
    path.push(current);
    const step = steps.find((s) => s.id === current);
    const chosen = step?.choices?.find((c) => steps.find((s) => s.id === c.goto)?.branch === branch);
    current = chosen ? chosen.goto : nextStepId(steps, current);
  }
  return path;
}

/** "Stap 3 van 7": the position of `id` on the path the reader is on. */
export function positionOf(steps: RouteStep[], id: string, branchHint?: string): { index: number; total: number } {
  const branch = steps.find((s) => s.id === id)?.branch ?? branchHint ?? defaultBranch(steps);
  const path = pathThrough(steps, branch);
  const index = path.indexOf(id);
  if (index !== -1) return { index: index + 1, total: path.length };
  return { index: steps.findIndex((s) => s.id === id) + 1, total: steps.length };
}

export interface Place {
  stepId: string;
  /** An option, dialog, checklist or scene inside the step, when the hash points at one. */
  targetId?: string;
  /** The hash named nothing in this module: the reader sees the first step and a notice. */
  unknown?: string;
}

/** Maps a URL hash ("#taaltoets", "", "#onbekend") to a place in the module. */
export function placeFromHash(steps: RouteStep[], hash: string): Place {
  const first = steps[0]?.id ?? "";
  let id = hash.replace(/^#/, "");
  try {
    id = decodeURIComponent(id);
  } catch {
    // A malformed escape is treated like any unknown name.
  }
  if (id === "") return { stepId: first };
  const step = steps.find((s) => s.id === id);
  if (step) return { stepId: step.id };
  const holder = steps.find((s) => s.targets.some((t) => t.id === id));
  if (holder) return { stepId: holder.id, targetId: id };
  // A heading inside a step has an anchor that starts with the step id ("wachtlijsten-welke-afspraken…").
  const section = steps.filter((s) => id.startsWith(`${s.id}-`)).sort((a, b) => b.id.length - a.id.length)[0];
  if (section) return { stepId: section.id };
  return { stepId: first, unknown: id };
}

/** True when the hash names a place in the module (step, target or heading in a step), so the stepper handles it. */
export function isPlaceHash(steps: RouteStep[], hash: string): boolean {
  return placeFromHash(steps, hash).unknown === undefined;
}

/** The hash for a place: the target when there is one, else the step. */
export function hashForPlace(place: Pick<Place, "stepId" | "targetId">): string {
  return `#${place.targetId ?? place.stepId}`;
}

/** The route as the page carries it: JSON in a <script type="application/json">, with "<" escaped so it cannot end the script. */
export function serialiseRoute(steps: RouteStep[]): string {
  return JSON.stringify(steps).replace(/</g, "\\u003c");
}

/** Reads what serialiseRoute wrote; an empty route when the page has none. */
export function parseRoute(text: string | null | undefined): RouteStep[] {
  if (!text) return [];
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? (value as RouteStep[]) : [];
}
