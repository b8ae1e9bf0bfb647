// Ticked checklist items, kept in this browser only (localStorage). Damaged saved data is backed up, never dropped.
import { atom } from "nanostores";
import { persistentAtom } from "@nanostores/persistent";
import { decodeSaved, isChecklistState, type ChecklistState } from "../lib/saved-state.ts";

const key = "sdu:checklists:v1";

/** Set when saved checklist data could not be read and was moved to a backup key. */
export const $checklistDamage = atom<{ backupKey: string; raw: string } | null>(null);

export const $checklists = persistentAtom<ChecklistState>(key, {}, {
  encode: JSON.stringify,
  decode: (raw) => {
    const decoded = decodeSaved(raw, key, isChecklistState, {});
    if (decoded.damaged) {
      try {
        localStorage.setItem(decoded.damaged.backupKey, decoded.damaged.raw);
      } catch {
        // Storage full or blocked: the raw text is still offered for download in the notice.
      }
      $checklistDamage.set(decoded.damaged);
    }
    return decoded.value;
  },
});

export function toggleItem(checklistKey: string, item: number, checked: boolean): void {
  const current = $checklists.get()[checklistKey] ?? [];
  const next = checked ? [...new Set([...current, item])].sort((a, b) => a - b) : current.filter((i) => i !== item);
  $checklists.set({ ...$checklists.get(), [checklistKey]: next });
}
