// The order in which a presentation clicker walks a module: a step, then its options and "Meer achtergrond" dialogs
// one by one (in the order of the text), then the next step. Built from the route (with its branches) and the kinds
// of place the clicker opens; checklists and scenes are left out.
import type { PlaceKind } from "./content-components.ts";
import { pathThrough, type Place, type RouteStep } from "./route.ts";

/** The places the clicker opens one by one: the options of a carousel and "Meer achtergrond" dialogs. */
export const clickerWalks: readonly PlaceKind[] = ["option", "dialog"];

export interface SequenceItem {
  stepId: string;
  /** An option of a carousel or a dialog in the step; absent for the step itself (carousel and dialog closed). */
  targetId?: string;
}

/** Steps on the path through `branch`, each followed by its options and dialogs. */
export function presentationSequence(route: RouteStep[], branch?: string, walks: readonly PlaceKind[] = clickerWalks): SequenceItem[] {
  const path = pathThrough(route, branch);
  return path.flatMap((id) => {
    const step = route.find((s) => s.id === id);
    const options = (step?.targets ?? []).filter((t) => walks.includes(t.kind)).map((t) => ({ stepId: id, targetId: t.id }));
    return [{ stepId: id }, ...options];
  });
}

/** The branch to walk from `place`: the branch of its step, else the one the presenter came through. */
export function branchAt(route: RouteStep[], place: Pick<Place, "stepId">, hint?: string): string | undefined {
  return route.find((s) => s.id === place.stepId)?.branch ?? hint;
}

/** Where `place` is in the sequence. A dialog or checklist inside a step counts as the step itself. */
export function indexOfPlace(sequence: SequenceItem[], place: Pick<Place, "stepId" | "targetId">): number {
  const exact = sequence.findIndex((item) => item.stepId === place.stepId && item.targetId === place.targetId);
  return exact !== -1 ? exact : sequence.findIndex((item) => item.stepId === place.stepId && item.targetId === undefined);
}

/**
 * The item `delta` places on from `place`; null past either end (or when the place is not on the path).
 * From a place that is not walked (a checklist, or a dialog the caller leaves out), going back first returns to its step.
 */
export function stepFrom(sequence: SequenceItem[], place: Pick<Place, "stepId" | "targetId">, delta: number): SequenceItem | null {
  const index = indexOfPlace(sequence, place);
  if (index === -1) return null;
  const inDialog = place.targetId !== undefined && sequence[index]!.targetId !== place.targetId;
  if (inDialog && delta < 0) return sequence[index]!;
  return sequence[index + delta] ?? null;
}

/** Convenience for the clicker: the next (or previous) item from the place, walking the right branch. */
export function clickerTarget(
  route: RouteStep[],
  place: Pick<Place, "stepId" | "targetId">,
  delta: 1 | -1,
  branchHint?: string,
  walks: readonly PlaceKind[] = clickerWalks,
): SequenceItem | null {
  return stepFrom(presentationSequence(route, branchAt(route, place, branchHint), walks), place, delta);
}
