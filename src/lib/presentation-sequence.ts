// The order in which a presentation clicker walks a module: a step, then its options one by one, then the
// next step. Built from the route (with its branches) and the ids of the options; dialogs are left out.
import { pathThrough, type Place, type RouteStep } from "./route.ts";

export interface SequenceItem {
  stepId: string;
  /** An option of a carousel in the step; absent for the step itself (carousel closed). */
  targetId?: string;
}

/** Steps on the path through `branch`, each followed by its options. */
export function presentationSequence(route: RouteStep[], isOption: (id: string) => boolean, branch?: string): SequenceItem[] {
  const path = pathThrough(route, branch);
  return path.flatMap((id) => {
    const step = route.find((s) => s.id === id);
    const options = (step?.targets ?? []).filter(isOption).map((targetId) => ({ stepId: id, targetId }));
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
 * From an open dialog, going back first returns to the step the dialog belongs to.
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
  isOption: (id: string) => boolean,
  place: Pick<Place, "stepId" | "targetId">,
  delta: 1 | -1,
  branchHint?: string,
): SequenceItem | null {
  return stepFrom(presentationSequence(route, isOption, branchAt(route, place, branchHint)), place, delta);
}
