// Reads the phone's result QR code from camera frames of the laptop, off the main thread. Loaded only when the
// facilitator asks to read a phone (about 15 KB), never for a vote without one.
/// <reference lib="webworker" />
import decodeQR from "qr/decode.js";

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** A frame in, the text of the QR code in it out (or null). */
scope.onmessage = (event: MessageEvent<{ width: number; height: number; data: Uint8ClampedArray }>) => {
  let text: string | null = null;
  try {
    text = decodeQR(event.data);
  } catch {
    // No code in this frame: the next one may have it.
  }
  scope.postMessage({ text });
};
