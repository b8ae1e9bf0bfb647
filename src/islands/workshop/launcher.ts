// The workshop bar under a module step (Presenteer, Vastleggen, the shortcuts switch, offline status) and the keys
// that start presenting: P, and F5 (Shift+F5), which presentation clickers send to start a show. The bar is HTML
// from the build (WorkshopBar.astro), hidden without JavaScript; this small script brings it to life. The
// presentation and the record panel, with Preact and their styles, load only when the facilitator opens one
// (views.ts), or when this tab was presenting or recording before a reload. A phone that came through a QR code
// (?qr) gets no bar: it is a participant, not the facilitator.
import { nlWorkshopLauncher as w } from "../../i18n/nl-reading.ts";
import { isPlainKey } from "../../lib/clicker-keys.ts";
import { modalOpen, onShortcutsChange, shortcutsOn, startShortcutsSwitch, workshopModeKey } from "../../lib/keys.ts";
import { workshopDataId } from "../../lib/page-ids.ts";
import { showOfflineStatus } from "./offline-status.ts";
import { fillPrintAddress } from "./print-address.ts";
import type { WorkshopMode, WorkshopProps } from "./types.ts";

const bar = document.querySelector<HTMLElement>("[data-workshop-launcher]");
if (bar && !new URLSearchParams(location.search).has("qr")) startWorkshopBar(bar);

function startWorkshopBar(bar: HTMLElement): void {
  // Read at every render: a programme's next module brings its own (module-swap.ts).
  const props = () => JSON.parse(document.getElementById(workshopDataId)!.textContent!) as WorkshopProps;
  const present = bar.querySelector<HTMLButtonElement>("[data-workshop='present']")!;
  const record = bar.querySelector<HTMLButtonElement>("[data-workshop='record']")!;
  const switchBox = bar.querySelector<HTMLInputElement>("input[type=checkbox]")!;
  const viewBox = document.querySelector<HTMLElement>("[data-workshop-view]")!;
  let views: typeof import("./views.ts") | undefined;
  let mode: WorkshopMode | null = null;
  let shortcuts = shortcutsOn();
  let failed: HTMLElement | undefined;

  const show = () => views?.showView(viewBox, mode, { ...props(), shortcuts, onClose: close, refresh: show });
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
      failed ??= Object.assign(document.createElement("p"), { className: "utrecht-alert utrecht-alert--warning notice", textContent: w.loadFailed });
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
  // F5 here would only reload the same step; Ctrl+R and the browser's button still reload, and switching the
  // shortcuts off gives F5 back to the browser.
  document.addEventListener("keydown", (event) => {
    if (!shortcuts || mode === "present" || !/^([pP]|F5)$/.test(event.key)) return;
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
