// The workshop bar under a module step (Presenteer, Vastleggen, the shortcuts switch, offline status) and the keys
// that start presenting: P, and F5 (Shift+F5), which presentation clickers send to start a show. The bar is HTML
// from the build (WorkshopBar.astro), hidden without JavaScript; this small starter shows it and listens. What
// opens and closes the presentation and the record panel (views.ts), with Preact and their styles, loads when the
// facilitator first opens one, or when this tab was presenting or recording before a reload. A phone that came
// through a QR code (?qr) gets no bar: it is a participant, not the facilitator.
import { nlWorkshopLauncher as w } from "../../i18n/nl-reading.ts";
import { isPlainKey } from "../../lib/clicker-keys.ts";
import { modalOpen, onShortcutsChange, shortcutsOn, startShortcutsSwitch, workshopModeKey } from "../../lib/keys.ts";
import { showOfflineStatus } from "./offline-status.ts";
import { fillPrintAddress } from "./print-address.ts";
import type { WorkshopMode } from "./types.ts";
import type { WorkshopViews } from "./views.ts";

const bar = document.querySelector<HTMLElement>("[data-workshop-launcher]");
if (bar && !new URLSearchParams(location.search).has("qr")) startWorkshopBar(bar);

function startWorkshopBar(bar: HTMLElement): void {
  const present = bar.querySelector<HTMLButtonElement>("[data-workshop='present']")!;
  const record = bar.querySelector<HTMLButtonElement>("[data-workshop='record']")!;
  let views: WorkshopViews | undefined;
  let shortcuts = shortcutsOn();
  let failed: HTMLElement | undefined;

  async function open(mode: WorkshopMode) {
    try {
      views ??= (await import("./views.ts")).workshopViews(record, () => shortcuts);
      await views.open(mode);
    } catch {
      failed ??= Object.assign(document.createElement("p"), { className: "utrecht-alert utrecht-alert--warning notice", textContent: w.loadFailed });
      failed.setAttribute("role", "alert");
      bar.append(failed);
      return;
    }
    failed?.remove();
  }

  const showShortcuts = () => {
    present.textContent = shortcuts ? `${w.present} (P)` : w.present;
    if (shortcuts) present.setAttribute("aria-keyshortcuts", "P");
    else present.removeAttribute("aria-keyshortcuts");
    views?.show();
  };

  present.addEventListener("click", () => void open("present"));
  record.addEventListener("click", () => (views?.mode === "record" ? views.close() : void open("record")));
  startShortcutsSwitch(bar.querySelector<HTMLInputElement>("input[type=checkbox]")!);
  // Switched here, in the footer or in another window of the site (the presenter view): follow it.
  onShortcutsChange(() => {
    if (shortcuts === shortcutsOn()) return;
    shortcuts = !shortcuts;
    showShortcuts();
  });
  // F5 here would only reload the same step; Ctrl+R and the browser's button still reload, and switching the
  // shortcuts off gives F5 back to the browser.
  document.addEventListener("keydown", (event) => {
    if (!shortcuts || views?.mode === "present" || !/^([pP]|F5)$/.test(event.key)) return;
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
