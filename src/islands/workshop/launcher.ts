// The workshop bar under a module step (Presenteer, Vastleggen, the shortcuts switch, offline status) and the P key.
// The bar is HTML from the build (WorkshopBar.astro), hidden without JavaScript; this small script brings it to
// life. The presentation and the record panel, with Preact and their styles, load only when the facilitator opens
// one (views.ts), or when this tab was presenting or recording before a reload.
import { nlWorkshopLauncher as w } from "../../i18n/nl-reading.ts";
import { isPlainKey } from "../../lib/clicker-keys.ts";
import { modalOpen, onShortcutsChange, shortcutsOn, startShortcutsSwitch } from "../../lib/keys.ts";
import { workshopModeKey } from "../../lib/stored-data.ts";
import { showOfflineStatus } from "./offline-status.ts";
import { fillPrintAddress } from "./print-address.ts";
import type { WorkshopMode, WorkshopProps } from "./types.ts";

const bar = document.querySelector<HTMLElement>("[data-workshop-launcher]");
if (bar) startWorkshopBar(bar);

function startWorkshopBar(bar: HTMLElement): void {
  const props = JSON.parse(bar.querySelector("script[type='application/json']")!.textContent!) as WorkshopProps;
  const present = bar.querySelector<HTMLButtonElement>("[data-workshop='present']")!;
  const record = bar.querySelector<HTMLButtonElement>("[data-workshop='record']")!;
  const switchBox = bar.querySelector<HTMLInputElement>("input[type=checkbox]")!;
  const viewBox = document.querySelector<HTMLElement>("[data-workshop-view]")!;
  let views: typeof import("./views.ts") | undefined;
  let mode: WorkshopMode | null = null;
  let shortcuts = shortcutsOn();
  let failed: HTMLElement | undefined;

  const show = () => views?.showView(viewBox, mode, { ...props, shortcuts, onClose: close });
  const showShortcuts = () => {
    present.textContent = shortcuts ? `${w.present} (P)` : w.present;
    if (shortcuts) present.setAttribute("aria-keyshortcuts", "P");
    else present.removeAttribute("aria-keyshortcuts");
    show();
  };
  const setMode = (next: WorkshopMode | null) => {
    mode = next;
    if (next) sessionStorage.setItem(workshopModeKey, next);
    else sessionStorage.removeItem(workshopModeKey);
    record.setAttribute("aria-expanded", String(next === "record"));
    show();
  };

  async function open(next: WorkshopMode) {
    try {
      views ??= await import("./views.ts");
      await views.loadView(next);
    } catch {
      failed ??= Object.assign(document.createElement("p"), { className: "notice", textContent: w.loadFailed });
      failed.setAttribute("role", "alert");
      bar.append(failed);
      return;
    }
    failed?.remove();
    setMode(next);
  }
  function close() {
    const was = mode;
    setMode(null);
    if (was === "record") record.focus();
  }

  present.addEventListener("click", () => void open("present"));
  record.addEventListener("click", () => (mode === "record" ? close() : void open("record")));
  startShortcutsSwitch(switchBox);
  // Switched here, in the footer or in another window of the site (the presenter view): follow it.
  onShortcutsChange(() => {
    if (shortcuts === shortcutsOn()) return;
    shortcuts = !shortcuts;
    showShortcuts();
  });
  document.addEventListener("keydown", (event) => {
    if (!shortcuts || mode === "present" || (event.key !== "p" && event.key !== "P")) return;
    if (event.defaultPrevented || !isPlainKey(event) || modalOpen()) return;
    event.preventDefault();
    void open("present");
  });

  fillPrintAddress();
  showOfflineStatus(bar.querySelector<HTMLElement>(".workshop-launcher__offline")!);
  showShortcuts();
  bar.hidden = false;
  const saved = sessionStorage.getItem(workshopModeKey);
  if (saved === "present" || saved === "record") void open(saved);
}
