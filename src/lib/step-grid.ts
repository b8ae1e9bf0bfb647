// The overview while presenting: the walk (presentation sequence) grouped per step, numbered as the room sees
// the steps, and the step a number key (1–9) jumps to.
import type { SequenceItem } from "./presentation-sequence.ts";
import type { RouteStep } from "./route.ts";

export interface StepGroup {
  number: number;
  title: string;
  step: SequenceItem;
  /** The step's options and dialogs, in the order of the walk. */
  targets: SequenceItem[];
}

export function stepGroups(route: RouteStep[], sequence: SequenceItem[]): StepGroup[] {
  const groups: StepGroup[] = [];
  for (const item of sequence) {
    if (item.targetId === undefined) {
      groups.push({
        number: groups.length + 1,
        title: route.find((s) => s.id === item.stepId)?.title ?? item.stepId,
        step: item,
        targets: [],
      });
    } else groups.at(-1)?.targets.push(item);
  }
  return groups;
}

/** The step behind a number key ("1" is the first step of the walk); null for other keys or too few steps. */
export function stepForKey(key: string, sequence: SequenceItem[]): SequenceItem | null {
  if (!/^[1-9]$/.test(key)) return null;
  return sequence.filter((item) => item.targetId === undefined)[Number(key) - 1] ?? null;
}
