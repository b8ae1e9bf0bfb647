// The checkbox that turns the single-key shortcuts on or off in the presenter view's controls (the footer and the
// workshop bar have their own without Preact, started by keys.ts; they all show and change one choice).
import { useStore } from "@nanostores/preact";
import { nl } from "../../i18n/nl.ts";
import { $shortcuts, setShortcuts } from "../../stores/shortcuts.ts";
import "../../styles/workshop-launcher.css";

export default function ShortcutsSwitch() {
  const on = useStore($shortcuts);
  return (
    <label class="workshop-launcher__shortcuts">
      <input type="checkbox" checked={on} onChange={(e) => setShortcuts(e.currentTarget.checked)} />
      {nl.shortcutsSwitch}
    </label>
  );
}
