// Registers the service worker (src/offline/service-worker.js, written to <base>sw.js by the build) on every
// page, so one visit is enough for the whole site to work without a connection.
export function registerServiceWorker(base: string): void {
  if (!("serviceWorker" in navigator) || !isSecureContext) return;
  const start = () => navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
  // After the page has loaded: storing the site never competes with what the reader opened first.
  if (document.readyState === "complete") void start();
  else addEventListener("load", () => void start(), { once: true });
}
