// Finds the voting cards in camera frames, off the main thread (the laptop's vote and the phone's scan alike). The
// detector is src/lib/card-detector.ts; its contour tools come from js-aruco2's cv.js, a script for the global
// scope (it sets self.CV), which this classic worker loads as it ships, by its bundled URL.
/// <reference lib="webworker" />
import cvUrl from "js-aruco2/src/cv.js?url";
import { createCardDetector, type ContourTools } from "../../lib/card-detector.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope & { CV: ContourTools };
scope.importScripts(cvUrl);
const detector = createCardDetector(scope.CV);

/** A frame in (RGBA pixels), the cards out, with the time detection took. */
scope.onmessage = (event: MessageEvent<{ width: number; height: number; data: Uint8ClampedArray }>) => {
  const started = performance.now();
  const markers = detector.detect(event.data).map((m) => ({ id: m.id, corners: m.corners }));
  scope.postMessage({ markers, ms: performance.now() - started });
};
