// The checkbox that turns the single-key shortcuts on or off, in the workshop bar and in the presenter window.
import { useStore } from "@nanostores/preact";
import { nlWorkshopLauncher } from "../../i18n/nl-reading.ts";
import { $shortcuts, setShortcuts } from "../../stores/shortcuts.ts";
import "../../styles/workshop-launcher.css";

export default function ShortcutsSwitch() {
  const on = useStore($shortcuts);
  return (
    <label class="workshop-launcher__shortcuts">
      <input type="checkbox" checked={on} onChange={(e) => setShortcuts(e.currentTarget.checked)} />
      {nlWorkshopLauncher.shortcuts}
    </label>
  );
}
