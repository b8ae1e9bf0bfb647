// Finds the voting cards in camera frames, off the main thread. The detector is js-aruco2, a script for the global
// scope (it sets self.CV and self.AR); this classic worker loads its two files as they ship, by their bundled URLs.
/// <reference lib="webworker" />
import cvUrl from "js-aruco2/src/cv.js?url";
import arucoUrl from "js-aruco2/src/aruco.js?url";
import { detectorConfig } from "../../lib/vote-cards.ts";
import type { SeenMarker } from "../../lib/card-vote.ts";

interface Detector {
  detect(image: { width: number; height: number; data: Uint8ClampedArray }): SeenMarker[];
}

const scope = self as unknown as DedicatedWorkerGlobalScope & { AR: { Detector: new (config: typeof detectorConfig) => Detector } };
scope.importScripts(cvUrl, arucoUrl);
const detector = new scope.AR.Detector(detectorConfig);

/** A frame in (RGBA pixels), the markers out, with the time detection took. */
scope.onmessage = (event: MessageEvent<{ width: number; height: number; data: Uint8ClampedArray }>) => {
  const { width, height, data } = event.data;
  const started = performance.now();
  const markers = detector.detect({ width, height, data }).map((m) => ({ id: m.id, corners: m.corners.map((c) => ({ x: c.x, y: c.y })) }));
  scope.postMessage({ markers, ms: performance.now() - started });
};
