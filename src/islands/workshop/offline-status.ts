// On the workshop bar: whether this site works without a connection (the service worker has stored every page,
// the workshop code and the search index), and a button to load a newer version when one is ready.
import { nlWorkshopLauncher as w } from "../../i18n/nl-reading.ts";

export function showOfflineStatus(status: HTMLElement): void {
  const container = navigator.serviceWorker;
  if (!container) return;
  let registration: ServiceWorkerRegistration | undefined;
  let reloading = false;
  const update = Object.assign(document.createElement("button"), { type: "button", className: "utrecht-button utrecht-button--secondary-action", textContent: w.updateNow });
  update.addEventListener("click", () => {
    reloading = true;
    registration?.waiting?.postMessage("skip-waiting");
  });
  // What was already so when this page loaded (a later visit) is shown beside the live region, not read out again
  // on every page; what changes while the reader is here (ready on the first visit, a new version) is read out once.
  let quiet: HTMLElement | null = null;
  if (container.controller) {
    quiet = Object.assign(document.createElement("p"), { className: status.className });
    status.before(quiet);
  }
  let shown: string | undefined;
  // A worker is active only when it stored everything; the page uses it once it controls this page.
  const check = () => {
    const state = !container.controller ? "" : registration?.waiting ? "update" : registration?.active ? "ready" : "";
    if (state === shown) return;
    const target = shown === undefined && quiet ? quiet : status;
    if (target === status) quiet?.remove();
    shown = state;
    target.classList.toggle("workshop-launcher__offline--update", state === "update");
    if (state === "update") target.replaceChildren(`${w.updateReady} `, update);
    else target.textContent = state === "ready" ? w.offlineReady : "";
  };
  void container.ready.then((ready) => {
    registration = ready;
    ready.addEventListener("updatefound", () => ready.installing?.addEventListener("statechange", check));
    check();
  });
  container.addEventListener("controllerchange", () => (reloading ? location.reload() : check()));
}
