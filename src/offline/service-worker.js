// The service worker: after one visit the whole site works without a connection. It stores every page, asset,
// the workshop code and the search index in a cache named after this build's version; a new build installs
// next to it, the page offers to switch, and the old cache is removed. The build puts VERSION, FILES and
// NOT_FOUND above this file (src/offline/write-service-worker.ts).
/* global VERSION, FILES, NOT_FOUND */
const prefix = `sdu:${self.registration.scope}:`;
const current = prefix + VERSION;

self.addEventListener("install", (event) => {
  // All or nothing: a worker that could not store every file never becomes active.
  event.waitUntil(caches.open(current).then((cache) => cache.addAll(FILES.map((url) => new Request(url, { cache: "reload" })))));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith(prefix) && name !== current) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

// The page's "Nieuwe versie laden" button: the waiting version takes over, the page reloads.
self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") void self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(current);
      // Stored files first: a page, its assets and the search index always come from one and the same build.
      const stored = await cache.match(request, { ignoreSearch: true, ignoreVary: true });
      if (stored) return stored;
      try {
        return await fetch(request);
      } catch (error) {
        const missing = request.mode === "navigate" && (await cache.match(NOT_FOUND));
        if (missing) return missing;
        throw error;
      }
    })(),
  );
});
