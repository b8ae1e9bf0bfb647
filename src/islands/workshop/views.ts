// The workshop views and their styles, loaded when the facilitator first opens one (launcher.ts): which view is
// open in this tab, and Preact rendering it, or none, after the workshop bar.
import { h, render, type ComponentType } from "preact";
import { workshopModeKey } from "../../lib/keys.ts";
import { workshopDataId } from "../../lib/page-ids.ts";
import { loadWorkshopStyles } from "./styles.ts";
import type { WorkshopMode, WorkshopProps, WorkshopViewProps } from "./types.ts";

const loaders: Record<WorkshopMode, () => Promise<{ default: ComponentType<WorkshopViewProps> }>> = {
  present: () => import("./Presentation.tsx"),
  record: () => import("./ModuleRecorder.tsx"),
};
const loaded: Partial<Record<WorkshopMode, ComponentType<WorkshopViewProps>>> = {};

export interface WorkshopViews {
  /** The view open in this tab, if any. */
  readonly mode: WorkshopMode | null;
  /** Loads the view of `mode` with the workshop styles and shows it; rejects when they cannot load (no connection). */
  open(mode: WorkshopMode): Promise<void>;
  close(): void;
  /** Renders the open view again (the shortcuts were switched, or a programme brought the next module). */
  show(): void;
}

/** The views of this page's workshop bar; `record` is its Vastleggen button, which says whether the panel is open;
 *  `shortcuts` whether single-key shortcuts are on, as the bar shows it. */
export function workshopViews(record: HTMLButtonElement, shortcuts: () => boolean): WorkshopViews {
  const container = document.querySelector<HTMLElement>("[data-workshop-view]")!;
  let mode: WorkshopMode | null = null;
  // Read at every render: a programme's next module brings its own (module-swap.ts).
  const props = () => JSON.parse(document.getElementById(workshopDataId)!.textContent!) as WorkshopProps;
  const show = () => {
    const View = mode && loaded[mode];
    render(View ? h(View, { ...props(), shortcuts: shortcuts(), onClose: close, refresh: show }) : null, container);
  };
  const setMode = (next: WorkshopMode | null) => {
    mode = next;
    if (next) sessionStorage.setItem(workshopModeKey, next);
    else sessionStorage.removeItem(workshopModeKey);
    record.setAttribute("aria-expanded", String(next === "record"));
    show();
  };
  function close() {
    const was = mode;
    setMode(null);
    if (was === "record") record.focus();
  }
  return {
    get mode() {
      return mode;
    },
    async open(next) {
      const [view] = await Promise.all([loaders[next](), loadWorkshopStyles()]);
      loaded[next] = view.default;
      setMode(next);
    },
    close,
    show,
  };
}
