// The workshop buttons under a module step (Presenteer, Vastleggen) and the P key. The presentation and the
// record panel are separate chunks, loaded by import() only when the facilitator asks for them.
import { useEffect, useRef, useState } from "preact/hooks";
import type { ComponentType } from "preact";
import { useStore } from "@nanostores/preact";
import { nlWorkshopLauncher } from "../../i18n/nl-reading.ts";
import { isPlainKey, modalOpen } from "../../lib/keys.ts";
import { workshopModeKey as modeKey } from "../../lib/stored-data.ts";
import { $shortcuts } from "../../stores/shortcuts.ts";
import OfflineStatus from "./OfflineStatus.tsx";
import { fillPrintAddress } from "./print-address.ts";
import ShortcutsSwitch from "./ShortcutsSwitch.tsx";
import { workshopLauncherLabelId } from "../../lib/page-ids.ts";
import type { DilemmaRef } from "../../lib/workshop-record/schema.ts";
import type { WorkshopLinks } from "../../data/workshop.ts";
import "../../styles/workshop-launcher.css";

export interface WorkshopProps {
  moduleId: string;
  dilemmas: DilemmaRef[];
  links: WorkshopLinks;
  /** Option and dialog id → title and place, for the overview while presenting. */
  options: Record<string, { title: string; label: string }>;
}

export interface WorkshopViewProps extends WorkshopProps {
  shortcuts: boolean;
  onClose: () => void;
}

type Mode = "present" | "record";
const views: Record<Mode, () => Promise<{ default: ComponentType<WorkshopViewProps> }>> = {
  present: () => import("./Presentation.tsx"),
  record: () => import("./ModuleRecorder.tsx"),
};
const load = async (mode: Mode) => {
  const [view] = await Promise.all([views[mode](), import("./styles.ts").then((s) => s.loadWorkshopStyles())]);
  return view;
};

export default function WorkshopLauncher(props: WorkshopProps) {
  const w = nlWorkshopLauncher;
  const [mode, setMode] = useState<Mode | null>(null);
  const [View, setView] = useState<ComponentType<WorkshopViewProps> | null>(null);
  const [failed, setFailed] = useState(false);
  const shortcuts = useStore($shortcuts);
  const buttons = { present: useRef<HTMLButtonElement>(null), record: useRef<HTMLButtonElement>(null) };

  const open = async (next: Mode) => {
    try {
      const view = (await load(next)).default;
      setView(() => view);
      setMode(next);
      setFailed(false);
      sessionStorage.setItem(modeKey, next);
    } catch {
      setFailed(true);
    }
  };
  const close = () => {
    const was = mode;
    setMode(null);
    setView(null);
    sessionStorage.removeItem(modeKey);
    if (was === "record") buttons.record.current?.focus();
  };

  useEffect(() => {
    fillPrintAddress();
    const saved = sessionStorage.getItem(modeKey);
    if (saved === "present" || saved === "record") void open(saved);
  }, []);

  useEffect(() => {
    if (!shortcuts || mode === "present") return;
    const onKey = (event: KeyboardEvent) => {
      if ((event.key !== "p" && event.key !== "P") || event.defaultPrevented || !isPlainKey(event)) return;
      if (modalOpen()) return;
      event.preventDefault();
      void open("present");
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [shortcuts, mode]);

  return (
    <>
      <div class="workshop-launcher" role="group" aria-labelledby={workshopLauncherLabelId}>
        <p class="workshop-launcher__label" id={workshopLauncherLabelId}>
          {w.launcherLabel}
        </p>
        <button type="button" class="button button--secondary" ref={buttons.present} aria-keyshortcuts={shortcuts ? "P" : undefined} onClick={() => open("present")}>
          {shortcuts ? `${w.present} (P)` : w.present}
        </button>
        <button
          type="button"
          class="button button--secondary"
          ref={buttons.record}
          aria-expanded={mode === "record"}
          onClick={() => (mode === "record" ? close() : open("record"))}
        >
          {w.record}
        </button>
        <ShortcutsSwitch />
        <OfflineStatus />
        {failed && (
          <p class="notice" role="alert">
            {w.loadFailed}
          </p>
        )}
      </div>
      {View && <View {...props} shortcuts={shortcuts} onClose={close} />}
    </>
  );
}
