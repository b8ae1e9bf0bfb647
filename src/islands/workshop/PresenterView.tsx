// The presenter view (a second window on the facilitator's laptop): what is on screen now, what comes next,
// the notes of the current step and a timer. It follows the presentation over BroadcastChannel; its own
// Terug/Verder buttons and clicker keys move the presentation (or, with none open, just this view). With a
// programme (?p=…) it walks that programme and opens the presenter page of the next module when the walk goes there.
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { nl } from "../../i18n/nl.ts";
import { nlWorkshop } from "../../i18n/nl-workshop.ts";
import { clickerStep, isPlainKey, modalOpen } from "../../lib/keys.ts";
import { branchAt, clickerTarget, presentationSequence, type SequenceItem } from "../../lib/presentation-sequence.ts";
import { openPresenterChannel, type PresenterMessage } from "../../lib/presenter-messages.ts";
import { freshClock, keepClock, pauseClock, readClock, resumeClock, secondsOn, tabStorage } from "../../lib/presenter-clock.ts";
import { parseProgramme } from "../../lib/programme.ts";
import { programmeStep, programmeStops, type ProgrammeStop } from "../../lib/programme-walk.ts";
import { positionOf, type Place } from "../../lib/route.ts";
import { pageRoute } from "../../stores/place.ts";
import { $presenterPlace } from "../../stores/presenter.ts";
import { $shortcuts } from "../../stores/shortcuts.ts";
import { programmeOfPage, programmePage } from "./programme-clicker.ts";
import ShortcutsSwitch from "./ShortcutsSwitch.tsx";
import StepCountdown from "./StepCountdown.tsx";
import StepGrid, { toggleOverview } from "./StepGrid.tsx";

interface Props {
  moduleId: string;
  options: Record<string, { title: string; label: string }>;
  /** Suggested minutes per step id (frontmatter `duration`). */
  durations?: Record<string, number>;
  /** Module id → its title and step titles, to name the next stop of a programme in another module. */
  modules?: Record<string, { title: string; steps: Record<string, string> }>;
}

function clockText(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = String(Math.floor((seconds % 3600) / 60)).padStart(2, "0");
  const s = String(seconds % 60).padStart(2, "0");
  return h > 0 ? `${h}:${m}:${s}` : `${m}:${s}`;
}

const placeOf = (stop: ProgrammeStop): Place => ({ stepId: stop.stepId, ...(stop.targetId ? { targetId: stop.targetId } : {}) });

export default function PresenterView({ moduleId, options, durations = {}, modules = {} }: Props) {
  const w = nlWorkshop;
  const route = pageRoute();
  // Opened on a step (a programme's next module opens its presenter page at that step): show its notes at once.
  const opened = decodeURIComponent(location.hash.slice(1));
  if ($presenterPlace.get() === null && route.some((s) => s.id === opened)) $presenterPlace.set({ stepId: opened });
  const place = useStore($presenterPlace) ?? { stepId: route[0]?.id ?? "" };
  const shortcuts = useStore($shortcuts);
  const [connected, setConnected] = useState(false);
  const [ended, setEnded] = useState(false);
  const [blank, setBlank] = useState(false);
  const branch = useRef<string | undefined>(undefined);
  const channel = useRef<BroadcastChannel | null>(null);
  const [stops] = useState(() => {
    const value = programmeOfPage();
    return value ? programmeStops(parseProgramme(value).entries, moduleId, route) : [];
  });
  /** The programme's stop `delta` places on; null without a programme or off it (the module's walk applies). */
  const programmeNext = (from: Place, delta: 1 | -1) => (stops.length > 0 ? programmeStep(stops, moduleId, from, delta) : null);
  const describe = (item: SequenceItem): string => {
    const step = route.find((s) => s.id === item.stepId);
    const { index, total } = positionOf(route, item.stepId, branch.current);
    const option = item.targetId ? options[item.targetId] : undefined;
    return `${nl.stepOf(index, total)}: ${step?.title ?? ""}${option ? ` · ${option.label}: ${option.title}` : ""}`;
  };

  branch.current = branchAt(route, place, branch.current);
  const nextStop = programmeNext(place, 1);
  const next = nextStop === null ? clickerTarget(route, place, 1, branch.current) : nextStop === "end" || nextStop.moduleId !== moduleId ? null : placeOf(nextStop);
  const nextText = (): string => {
    if (next) return describe(next);
    if (nextStop === "end") return w.programmeAtEnd;
    if (nextStop && nextStop.moduleId !== moduleId) {
      const other = modules[nextStop.moduleId];
      return w.programmeNextElsewhere(other?.steps[nextStop.stepId] ?? nextStop.stepId, other?.title ?? nextStop.moduleId);
    }
    return w.noNext;
  };

  // With a presentation open, it moves (and pages through tall steps) and this view follows its answer;
  // without one, this view walks the notes on its own.
  const linked = useRef(false);
  linked.current = connected;
  const move = (delta: 1 | -1) => {
    if (linked.current) return channel.current?.postMessage({ type: "move", delta } satisfies PresenterMessage);
    const from = $presenterPlace.get() ?? place;
    const stop = programmeNext(from, delta);
    if (stop === "end") return;
    if (stop && stop.moduleId !== moduleId) return location.assign(programmePage(stop.moduleId, stop.stepId, "begeleider/"));
    const target = stop ? placeOf(stop) : clickerTarget(route, from, delta, branch.current);
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
      } else if (message.type === "module") {
        // The presentation walks on into another module of the programme: follow it there.
        location.assign(programmePage(message.moduleId, message.stepId, "begeleider/"));
      } else if (message.type === "ended") {
        setConnected(false);
        setEnded(true);
      }
    });
    channel.current = bc;
    bc?.postMessage({ type: "hello" } satisfies PresenterMessage);
    const onKey = (event: KeyboardEvent) => {
      if (!isPlainKey(event) || modalOpen()) return;
      const step = clickerStep(event.key);
      if (step !== 0) move(step);
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

  // The clock counts from when this tab first showed a presenter view, across the modules of a programme;
  // pausing keeps the time, "op nul" starts again.
  const [clock, setClock] = useState(() => readClock(tabStorage() ?? { getItem: () => null }, Date.now()));
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const storage = tabStorage();
    if (storage) keepClock(storage, clock);
  }, [clock]);
  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(tick);
  }, []);
  const running = clock.runningSince !== null;
  const elapsed = secondsOn(clock, now);

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
          <p>{nextText()}</p>
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
          <span id="presenter-timer">{w.timer}</span>: <span role="timer" aria-labelledby="presenter-timer">{clockText(elapsed)}</span>
        </p>
        <StepCountdown stepKey={place.stepId} minutes={durations[place.stepId]} />
        <button type="button" class="button button--quiet" onClick={() => setClock(running ? pauseClock(clock, Date.now()) : resumeClock(clock, Date.now()))}>
          {running ? w.pauseTimer : w.resumeTimer}
        </button>
        <button
          type="button"
          class="button button--quiet"
          onClick={() => {
            const at = Date.now();
            setClock(running ? freshClock(at) : { elapsed: 0, runningSince: null });
            setNow(at);
          }}
        >
          {w.resetTimer}
        </button>
        <ShortcutsSwitch />
      </div>
    </div>
  );
}
