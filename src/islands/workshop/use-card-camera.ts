// The camera that counts cards, for the laptop's vote and the phone's scan: asks for the camera at its full
// resolution (1080p where it has it), sends each frame to the detector worker, and keeps the tally (a card counts
// once, with the answer it showed last). Frames can also go to a second reader (the phone's result code). The camera
// and the worker stop when the component goes, or when `stop` is called. No frame leaves the page.
import { useEffect, useRef, useState } from "preact/hooks";
import type { RefObject } from "preact";
import { addFrame, type SeenMarker, type Tally } from "../../lib/card-vote.ts";
import { cardNumberOf } from "../../lib/vote-cards.ts";

export type CameraProblem = "noCamera" | "refused" | "failed" | "detectorFailed";
export type CameraState = "off" | "starting" | "counting" | CameraProblem;

/** A frame of pixels, as the detector and the code reader take it. */
export interface Frame {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

function problemOf(error: unknown): CameraProblem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : "";
  if (name === "NotAllowedError" || name === "SecurityError") return "refused";
  if (name === "NotFoundError" || name === "OverconstrainedError" || name === "TypeError") return "noCamera";
  return "failed";
}

interface Options {
  /** The laptop looks at the room ("user", its only camera); a phone uses the camera on its back. */
  facing: "user" | "environment";
  /** Starts the camera when true; stops it when it turns false. */
  on: boolean;
  /** Called now and then with a copy of a frame, for a second reader. */
  onFrame?: ((frame: Frame) => void) | null;
  /** Counting frames and detection time go on this element as data attributes (for the bench). */
  stats?: RefObject<HTMLElement | null>;
}

export function useCardCamera(video: RefObject<HTMLVideoElement | null>, { facing, on, onFrame, stats }: Options) {
  const [state, setState] = useState<CameraState>("off");
  const [tally, setTallyState] = useState<Tally>(new Map());
  const [marks, setMarks] = useState<SeenMarker[]>([]);
  const [size, setSize] = useState({ width: 1920, height: 1080 });
  const tallyRef = useRef<Tally>(tally);
  const frameReader = useRef(onFrame);
  frameReader.current = onFrame;
  const stopRef = useRef<() => void>(() => {});

  const setTally = (next: Tally) => {
    tallyRef.current = next;
    setTallyState(next);
  };

  useEffect(() => {
    if (!on) return;
    let stopped = false;
    let stream: MediaStream | null = null;
    let worker: Worker | null = null;
    let frame = 0;
    let lastCopy = 0;
    const totals = { frames: 0, ms: 0 };
    const stop = () => {
      stopped = true;
      cancelAnimationFrame(frame);
      worker?.terminate();
      worker = null;
      for (const track of stream?.getTracks() ?? []) track.stop();
      if (video.current) video.current.srcObject = null;
    };
    stopRef.current = () => {
      stop();
      setState("off");
    };
    setState("starting");

    (async () => {
      if (!navigator.mediaDevices?.getUserMedia) return setState("noCamera");
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { width: { ideal: 1920 }, height: { ideal: 1080 }, facingMode: facing }, audio: false });
      } catch (error) {
        return setState(problemOf(error));
      }
      if (stopped) return stop();
      const el = video.current!;
      el.srcObject = stream;
      try {
        await el.play();
      } catch {
        // Autoplay of a muted camera is allowed; a refusal here still shows frames once they arrive.
      }
      try {
        worker = new Worker(new URL("./card-detector.worker.ts", import.meta.url));
      } catch {
        stop();
        return setState("detectorFailed");
      }
      worker.onerror = () => {
        stop();
        setState("detectorFailed");
      };
      const canvas = document.createElement("canvas");
      const context = canvas.getContext("2d", { willReadFrequently: true })!;
      // The full frame goes to the detector: the back row's cards are only a few pixels per cell.
      const next = () => {
        if (stopped) return;
        if (el.readyState < 2 || el.videoWidth === 0) {
          frame = requestAnimationFrame(next);
          return;
        }
        const width = el.videoWidth;
        const height = el.videoHeight;
        if (canvas.width !== width || canvas.height !== height) {
          canvas.width = width;
          canvas.height = height;
          setSize({ width, height });
        }
        context.drawImage(el, 0, 0, width, height);
        const image = context.getImageData(0, 0, width, height);
        const reader = frameReader.current;
        if (reader && performance.now() - lastCopy > 250) {
          lastCopy = performance.now();
          reader({ width, height, data: new Uint8ClampedArray(image.data) });
        }
        worker?.postMessage({ width, height, data: image.data }, [image.data.buffer]);
      };
      worker.onmessage = (event: MessageEvent<{ markers: SeenMarker[]; ms: number }>) => {
        if (stopped) return;
        const found = event.data.markers.filter((m) => cardNumberOf(m.id) !== null);
        totals.frames += 1;
        totals.ms += event.data.ms;
        stats?.current?.setAttribute("data-frames", String(totals.frames));
        stats?.current?.setAttribute("data-detect-ms", String(Math.round(totals.ms)));
        setTally(addFrame(tallyRef.current, found));
        setMarks(found);
        frame = requestAnimationFrame(next);
      };
      setState("counting");
      next();
    })();
    return stop;
  }, [on]);

  return { state, tally, marks, size, setTally, tallyNow: () => tallyRef.current, stop: () => stopRef.current() };
}
