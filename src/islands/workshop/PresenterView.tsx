// The presenter view (a second window on the facilitator's laptop), after the notes of the step on screen (the page
// renders those): the clocks (the time of day, the workshop's time, the step's countdown), pictures of the slide in
// the room and the next one, the controls, and the programme with where the walk is. It follows the presentation over
// BroadcastChannel; its own Terug/Verder buttons and clicker keys move the presentation (or, with none open, just
// this view). With a programme (?p=…) it walks that programme and opens the presenter page of the next module when
// the walk goes there.
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { formatMoment } from "../../i18n/nl.ts";
import { nlRecord as r } from "../../i18n/nl-record.ts";
import { nlWorkshop } from "../../i18n/nl-workshop.ts";
import { clickerStep, isPlainKey } from "../../lib/clicker-keys.ts";
import { modalOpen } from "../../lib/keys.ts";
import { branchAt, clickerTarget, presentationSequence, type SequenceItem } from "../../lib/presentation-sequence.ts";
import { openPresenterChannel, type PresenterMessage } from "../../lib/presenter-messages.ts";
import { programmeStep, type ProgrammePlace } from "../../lib/programme-walk.ts";
import type { OptionLabel } from "../../data/workshop.ts";
import { hashForPlace, placeFromHash } from "../../lib/route.ts";
import { pageRoute } from "../../stores/place.ts";
import { $presenterPlace } from "../../stores/presenter.ts";
import { $shortcuts } from "../../stores/shortcuts.ts";
import { $needsExport } from "../../stores/workshop.ts";
import { moveOn } from "./export-guard.ts";
import { placeOf, programmePage, useProgramme } from "./programme-clicker.ts";
import { describePlace, programmeList, type ModuleTitles } from "./presenter-places.ts";
import ShortcutsSwitch from "./ShortcutsSwitch.tsx";
import SlidePreview from "./SlidePreview.tsx";
import StepCountdown from "./StepCountdown.tsx";
import StepGrid, { toggleOverview } from "./StepGrid.tsx";
import { usePresenterClocks } from "./use-presenter-clocks.ts";

interface Props {
  moduleId: string;
  options: Record<string, OptionLabel>;
  /** Suggested minutes per step id (frontmatter `duration`). */
  durations?: Record<string, number>;
  /** Module id → its title and step titles, to name the stops of a programme in other modules. */
  modules?: ModuleTitles;
}

function clockText(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = String(Math.floor((seconds % 3600) / 60)).padStart(2, "0");
  const s = String(seconds % 60).padStart(2, "0");
  return h > 0 ? `${h}:${m}:${s}` : `${m}:${s}`;
}

export default function PresenterView({ moduleId, options, durations = {}, modules = {} }: Props) {
  const w = nlWorkshop;
  const route = pageRoute();
  // Opened on a place (a programme's next module opens its presenter page there; a reload keeps where the
  // presentation was): show its notes, previews and countdown at once.
  const opened = placeFromHash(route, location.hash);
  if ($presenterPlace.get() === null && location.hash && opened.unknown === undefined) $presenterPlace.set(opened);
  const place = useStore($presenterPlace) ?? { stepId: route[0]?.id ?? "" };
  const shortcuts = useStore($shortcuts);
  const needsExport = useStore($needsExport);
  const [connected, setConnected] = useState(false);
  const [ended, setEnded] = useState(false);
  const [blank, setBlank] = useState(false);
  const branch = useRef<string | undefined>(undefined);
  const channel = useRef<BroadcastChannel | null>(null);
  const programme = useProgramme(moduleId);

  branch.current = branchAt(route, place, branch.current);
  const names = { moduleId, route, options, modules, branch: branch.current };
  const here: ProgrammePlace = { moduleId, ...place };
  const nextStop = programme ? programmeStep(programme.stops, here, 1) : null;
  const onPage = nextStop === null ? clickerTarget(route, place, 1, branch.current) : null;
  const next: ProgrammePlace | null = onPage ? { moduleId, ...onPage } : nextStop && nextStop !== "end" ? nextStop : null;
  const nextText = next ? describePlace(next, programme, names) : nextStop === "end" ? w.programmeAtEnd : w.noNext;

  // With a presentation open, it moves (and pages through tall steps) and this view follows its answer;
  // without one, this view walks the notes on its own.
  const linked = useRef(false);
  linked.current = connected;
  const move = (delta: 1 | -1) => {
    if (linked.current) return channel.current?.postMessage({ type: "move", delta } satisfies PresenterMessage);
    const from = $presenterPlace.get() ?? place;
    const stop = programme ? programmeStep(programme.stops, { moduleId, ...from }, delta) : null;
    if (stop === "end") return;
    if (stop && stop.moduleId !== moduleId) return moveOn(programmePage(stop.moduleId, stop.stepId, "begeleider/"));
    const target = stop ? placeOf(stop) : clickerTarget(route, from, delta, branch.current);
    if (target) $presenterPlace.set(target);
  };
  const overview = useRef<HTMLDialogElement>(null);
  const jump = (item: SequenceItem) => (linked.current ? channel.current?.postMessage({ type: "goto", ...item } satisfies PresenterMessage) : $presenterPlace.set(item));
  const blankScreen = () => channel.current?.postMessage({ type: "blank" } satisfies PresenterMessage);
  // Keys and messages are handled by the latest render (the programme's routes arrive after the first).
  const latest = useRef({ move, blankScreen });
  latest.current = { move, blankScreen };

  useEffect(() => {
    const bc = openPresenterChannel(moduleId, (message) => {
      if (message.type === "place") {
        const at = { stepId: message.stepId, ...(message.targetId ? { targetId: message.targetId } : {}) };
        $presenterPlace.set(at);
        history.replaceState(history.state, "", `${location.pathname}${location.search}${hashForPlace(at)}`);
        setBlank(message.blank);
        setConnected(true);
      } else if (message.type === "module") {
        // The presentation walks on into another module of the programme: follow it there.
        moveOn(programmePage(message.moduleId, message.stepId, "begeleider/"));
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
      if (step !== 0) latest.current.move(step);
      else if ((event.key === "b" || event.key === "B" || event.key === ".") && $shortcuts.get()) latest.current.blankScreen();
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

  const clocks = usePresenterClocks(`${moduleId}/${place.stepId}`);

  // Show the notes of the current step only; the others stay in the page for reading without JavaScript.
  useLayoutEffect(() => {
    for (const section of document.querySelectorAll<HTMLElement>("[data-presenter-step]")) {
      section.hidden = section.dataset.presenterStep !== place.stepId;
    }
  }, [place.stepId]);

  return (
    <div class="presenter-view">
      <div class="presenter-view__side">
        <p class="presenter-view__status" role="status">
          {!connected ? (ended ? w.presentationEnded : w.presenterWaiting) : blank ? w.screenBlank : ""}
        </p>
        <div class="presenter-view__clocks">
          <p class="presenter-view__wall">
            {w.wallClock}: <time>{formatMoment(new Date(clocks.now)).time}</time>
          </p>
          <p class="presenter-view__timer">
            <span id="presenter-timer">{w.timer}</span>: <span role="timer" aria-labelledby="presenter-timer">{clockText(clocks.elapsed)}</span>
          </p>
          <StepCountdown seconds={clocks.stepSeconds} minutes={durations[place.stepId]} />
        </div>
        <section class="presenter-view__now" aria-labelledby="presenter-now">
          <h2 id="presenter-now">{w.now}</h2>
          <SlidePreview moduleId={moduleId} place={place} blank={blank} />
          <p class="presenter-view__place" aria-live="polite">
            {describePlace(here, programme, names)}
          </p>
        </section>
        <section class="presenter-view__next" aria-labelledby="presenter-next">
          <h2 id="presenter-next">{w.upNext}</h2>
          <SlidePreview moduleId={next?.moduleId ?? moduleId} place={next && placeOf(next)} />
          <p class="presenter-view__place">{nextText}</p>
          {nextStop === "end" && needsExport && <p class="utrecht-alert utrecht-alert--warning notice">{r.exportReminder}</p>}
        </section>
      </div>
      <div class="presenter-view__controls">
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => move(-1)}>
          {w.back}
        </button>
        <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={() => move(1)}>
          {w.forward}
        </button>
        <StepGrid dialog={overview} route={route} sequence={presentationSequence(route, branch.current)} options={options} place={place} onJump={jump} shortcuts={shortcuts} />
        <button type="button" class="utrecht-button utrecht-button--subtle" onClick={blankScreen}>
          {w.blank}
        </button>
        <button type="button" class="utrecht-button utrecht-button--subtle" onClick={clocks.pauseOrResume}>
          {clocks.running ? w.pauseTimer : w.resumeTimer}
        </button>
        <button type="button" class="utrecht-button utrecht-button--subtle" onClick={clocks.reset}>
          {w.resetTimer}
        </button>
        <ShortcutsSwitch />
      </div>
      <section class="presenter-programme" aria-labelledby="presenter-programme">
        <h2 id="presenter-programme">{programme ? w.programmeHeading : w.overviewTitle}</h2>
        <ol>
          {programmeList(here, programme, names).map((item) => (
            <li key={item.key} aria-current={item.current ? "step" : undefined}>
              {item.text}
              {item.current && <strong> ({w.overviewNow})</strong>}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
