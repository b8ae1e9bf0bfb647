// The workshop views and their styles, loaded when the facilitator opens one (launcher.ts): Preact renders the open
// view, or none, after the workshop bar.
import { h, render, type ComponentType } from "preact";
import { loadWorkshopStyles } from "./styles.ts";
import type { WorkshopMode, WorkshopViewProps } from "./types.ts";

const loaders: Record<WorkshopMode, () => Promise<{ default: ComponentType<WorkshopViewProps> }>> = {
  present: () => import("./Presentation.tsx"),
  record: () => import("./ModuleRecorder.tsx"),
};
const loaded: Partial<Record<WorkshopMode, ComponentType<WorkshopViewProps>>> = {};

/** Loads a view and the workshop styles; rejects when they cannot load (no connection). */
export async function loadView(mode: WorkshopMode): Promise<void> {
  const [view] = await Promise.all([loaders[mode](), loadWorkshopStyles()]);
  loaded[mode] = view.default;
}

/** Shows the view of `mode` (loaded before) in `container`, or nothing. */
export function showView(container: HTMLElement, mode: WorkshopMode | null, props: WorkshopViewProps): void {
  const View = mode && loaded[mode];
  render(View ? h(View, props) : null, container);
}
