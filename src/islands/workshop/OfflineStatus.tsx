// On the workshop bar: whether this site works without a connection (the service worker has stored every page,
// the workshop code and the search index), and a button to load a newer version when one is ready.
import { useEffect, useRef, useState } from "preact/hooks";
import { nlWorkshopLauncher } from "../../i18n/nl-reading.ts";

type State = "unknown" | "ready" | "update";

export default function OfflineStatus() {
  const w = nlWorkshopLauncher;
  const [state, setState] = useState<State>("unknown");
  const startUpdate = useRef<() => void>(() => undefined);

  useEffect(() => {
    const container = navigator.serviceWorker;
    if (!container) return;
    let registration: ServiceWorkerRegistration | undefined;
    let reloading = false;
    // A worker is active only when it stored everything; the page uses it once it controls this page.
    const check = () => {
      if (registration?.waiting && container.controller) setState("update");
      else if (registration?.active && container.controller) setState("ready");
    };
    const onControllerChange = () => {
      if (reloading) location.reload();
      else check();
    };
    void container.ready.then((ready) => {
      registration = ready;
      ready.addEventListener("updatefound", () => ready.installing?.addEventListener("statechange", check));
      check();
    });
    container.addEventListener("controllerchange", onControllerChange);
    startUpdate.current = () => {
      reloading = true;
      registration?.waiting?.postMessage("skip-waiting");
    };
    return () => container.removeEventListener("controllerchange", onControllerChange);
  }, []);

  if (state === "ready") return <p class="workshop-launcher__offline" role="status">{w.offlineReady}</p>;
  if (state === "update") {
    return (
      <p class="workshop-launcher__offline workshop-launcher__offline--update" role="status">
        {w.updateReady}{" "}
        <button type="button" class="button button--secondary" onClick={() => startUpdate.current()}>
          {w.updateNow}
        </button>
      </p>
    );
  }
  return <p class="workshop-launcher__offline" role="status" />;
}
