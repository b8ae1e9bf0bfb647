// Ticked checklist items, kept in this browser only (localStorage). Damaged saved data is backed up, never dropped.
import { checklistsKey, decodeSaved, isChecklistState, type ChecklistState } from "../lib/saved-state.ts";
import { savedAtom } from "./saved.ts";

const saved = savedAtom<ChecklistState>(checklistsKey, {}, (raw) => decodeSaved(raw, checklistsKey, isChecklistState, {}));

export const $checklists = saved.$value;
/** Set when saved checklist data could not be read and was moved to a backup key. */
export const $checklistDamage = saved.$damage;

export function toggleItem(checklistKey: string, item: number, checked: boolean): void {
  const current = $checklists.get()[checklistKey] ?? [];
  const next = checked ? [...new Set([...current, item])].sort((a, b) => a - b) : current.filter((i) => i !== item);
  $checklists.set({ ...$checklists.get(), [checklistKey]: next });
}
