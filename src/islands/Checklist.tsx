// Keeps the ticks of a server-rendered checklist in this browser, shows progress, and says so when
// saved data was damaged (it is kept under a backup key and can be downloaded; the notice loads only then).
import { useEffect, useState } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { nlReading as nl } from "../i18n/nl-reading.ts";
import type { DamagedDataNotice } from "./DamagedDataNotice.tsx";
import { $checklistDamage, $checklists, toggleItem } from "../stores/checklists.ts";

export default function Checklist({ checklistKey, total }: { checklistKey: string; total: number }) {
  const state = useStore($checklists);
  const damage = useStore($checklistDamage);
  const ticked = state[checklistKey] ?? [];
  const [Notice, setNotice] = useState<typeof DamagedDataNotice>();

  useEffect(() => {
    if (damage) void import("./DamagedDataNotice.tsx").then((m) => setNotice(() => m.DamagedDataNotice));
  }, [damage]);

  useEffect(() => {
    const inputs = document.querySelectorAll<HTMLInputElement>(`[data-checklist="${checklistKey}"] input[data-item]`);
    for (const input of inputs) {
      input.checked = ticked.includes(Number(input.dataset.item));
      input.onchange = () => toggleItem(checklistKey, Number(input.dataset.item), input.checked);
    }
  }, [ticked.join(",")]);

  return (
    <div class="checklist__status">
      {damage && Notice && <Notice message={nl.savedDamaged} linkLabel={nl.downloadDamaged} raw={damage.raw} fileName="checklist-beschadigd.json" />}
      <p aria-live="polite">{nl.checklistProgress(ticked.length, total)}</p>
      <p class="checklist__note">{nl.checklistSaved}</p>
    </div>
  );
}
