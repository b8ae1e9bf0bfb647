// The checkbox that turns the single-key shortcuts on or off in the presenter window (the workshop bar on a module
// page has its own, in launcher.ts, so readers do not load Preact for it).
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
