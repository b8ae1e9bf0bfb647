// The presenter view (a second window on the facilitator's laptop): what is on screen now, what comes next,
// the notes of the current step and a timer. It follows the presentation over BroadcastChannel; its own
// Terug/Verder buttons and clicker keys move the presentation (or, with none open, just this view).
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { nl } from "../../i18n/nl.ts";
import { nlWorkshop } from "../../i18n/nl-workshop.ts";
import { isPlainKey } from "../../lib/keys.ts";
import { branchAt, clickerTarget, presentationSequence, type SequenceItem } from "../../lib/presentation-sequence.ts";
import { openPresenterChannel, type PresenterMessage } from "../../lib/presenter-messages.ts";
import { positionOf } from "../../lib/route.ts";
import { pageRoute } from "../../stores/place.ts";
import { $presenterPlace } from "../../stores/presenter.ts";
import { $shortcuts } from "../../stores/shortcuts.ts";
import ShortcutsSwitch from "./ShortcutsSwitch.tsx";
import StepCountdown from "./StepCountdown.tsx";
import StepGrid, { toggleOverview } from "./StepGrid.tsx";

interface Props {
  moduleId: string;
  options: Record<string, { title: string; label: string }>;
  /** Suggested minutes per step id (frontmatter `duration`). */
  durations?: Record<string, number>;
}

function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = String(Math.floor((seconds % 3600) / 60)).padStart(2, "0");
  const s = String(seconds % 60).padStart(2, "0");
  return h > 0 ? `${h}:${m}:${s}` : `${m}:${s}`;
}

export default function PresenterView({ moduleId, options, durations = {} }: Props) {
  const w = nlWorkshop;
  const route = pageRoute();
  const place = useStore($presenterPlace) ?? { stepId: route[0]?.id ?? "" };
  const shortcuts = useStore($shortcuts);
  const [connected, setConnected] = useState(false);
  const [ended, setEnded] = useState(false);
  const [blank, setBlank] = useState(false);
  const branch = useRef<string | undefined>(undefined);
  const channel = useRef<BroadcastChannel | null>(null);
  const [elapsed, setElapsed] = useState(0);
  const [running, setRunning] = useState(true);

  const describe = (item: SequenceItem): string => {
    const step = route.find((s) => s.id === item.stepId);
    const { index, total } = positionOf(route, item.stepId, branch.current);
    const option = item.targetId ? options[item.targetId] : undefined;
    return `${nl.stepOf(index, total)}: ${step?.title ?? ""}${option ? ` · ${option.label}: ${option.title}` : ""}`;
  };

  branch.current = branchAt(route, place, branch.current);
  const next = clickerTarget(route, place, 1, branch.current);

  // With a presentation open, it moves (and pages through tall steps) and this view follows its answer;
  // without one, this view walks the notes on its own.
  const linked = useRef(false);
  linked.current = connected;
  const move = (delta: 1 | -1) => {
    if (linked.current) return channel.current?.postMessage({ type: "move", delta } satisfies PresenterMessage);
    const target = clickerTarget(route, $presenterPlace.get() ?? place, delta, branch.current);
    if (target) $presenterPlace.set(target);
  };
  const overview = useRef<HTMLDialogElement>(null);
  const jump = (item: SequenceItem) => (linked.current ? channel.current?.postMessage({ type: "goto", ...item } satisfies PresenterMessage) : $presenterPlace.set(item));
  const blankScreen = () => channel.current?.postMessage({ type: "blank" } satisfies PresenterMessage);

  useEffect(() => {
    const bc = openPresenterChannel(moduleId, (message) => {
      if (message.type === "place") {
        $presenterPlace.set({ stepId: message.stepId, ...(message.targetId ? { targetId: message.targetId } : {}) });
        setBlank(message.blank);
        setConnected(true);
      } else if (message.type === "ended") {
        setConnected(false);
        setEnded(true);
      }
    });
    channel.current = bc;
    bc?.postMessage({ type: "hello" } satisfies PresenterMessage);
    const onKey = (event: KeyboardEvent) => {
      if (!isPlainKey(event) || document.querySelector("dialog:modal")) return;
      if (event.key === "ArrowRight" || event.key === "PageDown") move(1);
      else if (event.key === "ArrowLeft" || event.key === "PageUp") move(-1);
      else if ((event.key === "b" || event.key === "B" || event.key === ".") && $shortcuts.get()) blankScreen();
      else if ((event.key === "g" || event.key === "G") && $shortcuts.get()) toggleOverview(overview.current);
      else return;
      event.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("keydown", onKey);
      bc?.close();
    };
  }, []);

  // The timer counts from when this window opened; pausing keeps the time, "op nul" starts again.
  const [resets, setResets] = useState(0);
  useEffect(() => {
    if (!running) return;
    const startedAt = Date.now() - elapsed * 1000;
    const tick = setInterval(() => setElapsed(Math.floor((Date.now() - startedAt) / 1000)), 500);
    return () => clearInterval(tick);
  }, [running, resets]);

  // Show the notes of the current step only; the others stay in the page for reading without JavaScript.
  useLayoutEffect(() => {
    for (const section of document.querySelectorAll<HTMLElement>("[data-presenter-step]")) {
      section.hidden = section.dataset.presenterStep !== place.stepId;
    }
  }, [place.stepId]);

  return (
    <div class="presenter-view">
      <p class="presenter-view__status" role="status">
        {!connected ? (ended ? w.presentationEnded : w.presenterWaiting) : blank ? w.screenBlank : ""}
      </p>
      <div class="presenter-view__places">
        <section class="presenter-view__now" aria-labelledby="presenter-now">
          <h2 id="presenter-now">{w.now}</h2>
          <p aria-live="polite">{describe(place)}</p>
        </section>
        <section class="presenter-view__next" aria-labelledby="presenter-next">
          <h2 id="presenter-next">{w.upNext}</h2>
          <p>{next ? describe(next) : w.noNext}</p>
        </section>
      </div>
      <div class="presenter-view__controls">
        <button type="button" class="button button--secondary" onClick={() => move(-1)}>
          {w.back}
        </button>
        <button type="button" class="button" onClick={() => move(1)}>
          {w.forward}
        </button>
        <StepGrid dialog={overview} route={route} sequence={presentationSequence(route, branch.current)} options={options} place={place} onJump={jump} shortcuts={shortcuts} />
        <button type="button" class="button button--quiet" onClick={blankScreen}>
          {w.blank}
        </button>
        <p class="presenter-view__timer">
          <span id="presenter-timer">{w.timer}</span>: <span role="timer" aria-labelledby="presenter-timer">{clock(elapsed)}</span>
        </p>
        <StepCountdown stepKey={place.stepId} minutes={durations[place.stepId]} />
        <button type="button" class="button button--quiet" onClick={() => setRunning(!running)}>
          {running ? w.pauseTimer : w.resumeTimer}
        </button>
        <button
          type="button"
          class="button button--quiet"
          onClick={() => {
            setElapsed(0);
            setResets(resets + 1);
          }}
        >
          {w.resetTimer}
        </button>
        <ShortcutsSwitch />
      </div>
    </div>
  );
}
