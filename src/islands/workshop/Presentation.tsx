// Presentation mode: the current step fills the screen in large type. Clicker keys walk steps and options in
// order (through the $place store, like the stepper), B or . blanks the screen, F goes fullscreen, Q shows the
// QR code of what is on screen, H hides the bar, Escape stops at the same place (presentation-keys.ts); A shows the
// answers of a step the room votes on, and a vote from the presenter view fills the screen (RoomVote). A programme
// (?p=…) walks on into the next module without a page load (module-swap.ts). A presenter view in another window
// follows over BroadcastChannel.
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { nl } from "../../i18n/nl.ts";
import { nlRecord as r } from "../../i18n/nl-record.ts";
import { nlWorkshop } from "../../i18n/nl-workshop.ts";
import { branchAt, clickerTarget, presentationSequence } from "../../lib/presentation-sequence.ts";
import { programmePosition, programmeStep } from "../../lib/programme-walk.ts";
import { stepForKey } from "../../lib/step-grid.ts";
import type { PresenterMessage } from "../../lib/presenter-messages.ts";
import { positionOf, type Place } from "../../lib/route.ts";
import { shareUrl } from "../../lib/share-url.ts";
import { $branch, $optionsLeftOut, $place, announce, goTo, pageRoute } from "../../stores/place.ts";
import { $needsExport } from "../../stores/workshop.ts";
import StepGrid, { toggleOverview } from "./StepGrid.tsx";
import { leaveOutOptions, placeOf, presentModule, programmeStepText, useProgramme } from "./programme-clicker.ts";
import { followHistory } from "./module-swap.ts";
import BlankScreen from "./BlankScreen.tsx";
import PresentationBar from "./PresentationBar.tsx";
import { QrDialog } from "./QrCode.tsx";
import { useBarVisibility } from "./bar-visibility.ts";
import { usePresenterChannel } from "./presenter-channel.ts";
import { useBeamerLight } from "./beamer-light.ts";
import { presentationKey } from "./presentation-keys.ts";
import { focusPlace, pageWithin, settle, showPlaceInReading, toggleFullscreen, watchBar } from "./presentation-screen.ts";
import type { WorkshopViewProps } from "./types.ts";
import RoomVote from "./RoomVote.tsx";
import { $answersShown } from "../../stores/vote-screen.ts";

export default function Presentation({ moduleId, dilemmas, links, options: optionLabels, shortcuts, onClose, refresh }: WorkshopViewProps) {
  const w = nlWorkshop;
  const route = pageRoute();
  const place = useStore($place);
  const branch = useStore($branch);
  const programme = useProgramme(moduleId);
  const [blank, setBlank] = useState(false);
  const [notice, setNotice] = useState("");
  const [qrShown, setQrShown] = useState(false);
  const [light, setLight] = useBeamerLight();
  const qrDialog = useRef<HTMLDialogElement>(null);
  const overview = useRef<HTMLDialogElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  /** A module change is under way: the clicker waits for it. */
  const changing = useRef(false);
  const barShown = useBarVisibility(bar, notice !== "");

  const stepId = place?.stepId ?? route[0]?.id ?? "";
  const target = place?.targetId;
  const dilemma = dilemmas.find((d) => d.stepId === stepId) ?? null;
  const { index, total } = positionOf(route, stepId, branch);
  const position = (programme && programmeStepText(programme, { moduleId, stepId, targetId: target })) ?? nl.stepOf(index, total);

  const say = (text: string) => {
    setNotice(text);
    announce(text);
  };

  /** In a programme a new step is announced with the programme's numbering (the stepper says the module's). */
  const announceStep = (at: Place, module: string) => {
    const where = programme && !at.targetId ? programmePosition(programme.stops, { moduleId: module, ...at }) : null;
    const title = pageRoute().find((s) => s.id === at.stepId)?.title;
    if (where && title) announce(nl.announceStep(where.step, where.steps, title));
  };

  const go = (next: Place) => {
    goTo(next);
    // The stepper and the carousel render a moment later and move focus too; then settle focus on what the
    // room now sees.
    setTimeout(() =>
      requestAnimationFrame(() => {
        settle(next);
        announceStep(next, moduleId);
      }),
    );
  };

  const walk = () => {
    const steps = pageRoute();
    return presentationSequence(steps, branchAt(steps, $place.get() ?? { stepId }, $branch.get()));
  };

  /** Into another module of the programme (`to`; null after Back or Forward), while the room keeps the last slide. */
  const changeModule = async (id: string, to: Place | null, how: "push" | "pop") => {
    if (changing.current) return;
    changing.current = true;
    try {
      await presentModule(id, to, how, {
        onLeave: (next, at) => channel.current?.postMessage({ type: "module", moduleId: next, stepId: at.stepId } satisfies PresenterMessage),
        onSwap: refresh,
        onShown: (at) => {
          settle(at);
          announceStep(at, id);
        },
      });
      setNotice("");
    } catch {
      say(w.moduleLoadFailed);
    } finally {
      changing.current = false;
    }
  };

  const move = (delta: 1 | -1) => {
    if (qrDialog.current?.open) qrDialog.current.close();
    if (overview.current?.open) overview.current.close();
    // A black screen comes back first, like in slide software; the next press moves on.
    if (blank) return toggleBlank();
    const current = $place.get();
    if (changing.current || !current || pageWithin(current, delta)) return;
    const stop = programme ? programmeStep(programme.stops, { moduleId, ...current }, delta) : null;
    if (stop === "end") {
      // The end of a workshop: what was recorded goes home only as a file.
      const remind = delta > 0 && $needsExport.get();
      if (remind) setNotice(r.exportReminder);
      return announce(delta < 0 ? w.programmeAtStart : remind ? `${w.programmeAtEnd} ${r.exportReminder}` : w.programmeAtEnd);
    }
    if (stop && stop.moduleId !== moduleId) return void changeModule(stop.moduleId, placeOf(stop), "push");
    const next = stop ? placeOf(stop) : clickerTarget(pageRoute(), current, delta, $branch.get());
    if (next) go(next);
    else announce(delta > 0 ? w.atEnd : w.atStart);
  };

  const toggleBlank = () => {
    setBlank(!blank);
    announce(blank ? w.unblanked : w.blanked(shortcuts));
  };

  const fullscreen = async () => {
    const result = await toggleFullscreen();
    // Presentation mode already fills the window; say so instead of failing silently.
    if (result === "refused") say(w.fullscreenRefused);
    else if (result === "on") setNotice("");
  };

  const toggleQr = () => {
    const dialog = qrDialog.current;
    if (!dialog) return;
    if (dialog.open) dialog.close();
    else {
      setQrShown(true);
      dialog.showModal();
    }
  };

  const openPresenter = () => {
    // With a programme, the presenter view walks the same programme.
    const opened = window.open(`${links.presenter}${location.search}`, "sdu-begeleidersscherm", "popup,width=1100,height=760");
    if (opened) setNotice("");
    else say(w.presenterBlocked);
  };

  const stop = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    onClose();
  };

  const post = () => {
    const at = $place.get();
    if (!at || !channel.current) return;
    channel.current.postMessage({ type: "place", stepId: at.stepId, ...(at.targetId ? { targetId: at.targetId } : {}), blank } satisfies PresenterMessage);
  };

  const channel = usePresenterChannel(moduleId, (message) => {
    if (message.type === "hello") post();
    else if (message.type === "blank") toggleBlank();
    else if (message.type === "move") move(message.delta);
    else if (message.type === "goto") go({ stepId: message.stepId, ...(message.targetId ? { targetId: message.targetId } : {}) });
  });

  // Handlers registered once (keys, history) call the latest render's functions through this ref.
  const actions = {
    move,
    go,
    toggleBlank,
    fullscreen,
    toggleQr,
    stop,
    changeModule,
    shortcuts,
    toggleBar: barShown.toggle,
    jump: (letter: string) => stepForKey(letter, walk()),
    toggleOverview: () => toggleOverview(overview.current, qrDialog.current),
  };
  const latest = useRef(actions);
  latest.current = actions;

  // Layout effect: the page turns into the presentation in the same frame as the bar appears.
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.dataset.presenting = "";
    leaveOutOptions(moduleId, route);
    const current = $place.get();
    if (current) focusPlace(current);
    scrollTo(0, 0);
    announce(w.presentationStarted);

    // Capture phase: the presentation sees clicker keys before the stepper, which would leave the module at its end.
    const onKey = (event: KeyboardEvent) => presentationKey(event, latest.current);
    window.addEventListener("keydown", onKey, true);
    const unwatchBar = bar.current ? watchBar(bar.current) : () => undefined;
    followHistory((id) => void latest.current.changeModule(id, null, "pop"));

    return () => {
      window.removeEventListener("keydown", onKey, true);
      unwatchBar();
      followHistory(null);
      delete root.dataset.presenting;
      $optionsLeftOut.set([]);
      const at = $place.get();
      if (at) showPlaceInReading(at);
      announce(w.presentationStopped);
    };
  }, []);

  useEffect(post, [place?.stepId, place?.targetId, blank]);

  return (
    <>
      <PresentationBar
        bar={bar}
        hidden={barShown.hidden}
        position={position}
        notice={notice}
        shortcuts={shortcuts}
        light={light}
        onLight={setLight}
        onPresenter={openPresenter}
        onFullscreen={() => void fullscreen()}
        onQr={toggleQr}
        onBlank={toggleBlank}
        onAnswers={dilemma?.vote ? () => $answersShown.set(!$answersShown.get()) : undefined}
        onStop={stop}
        overview={<StepGrid dialog={overview} route={route} sequence={walk()} options={optionLabels} place={place ?? { stepId }} onJump={go} shortcuts={shortcuts} />}
      />
      {blank && <BlankScreen label={w.blank} onCancel={toggleBlank} />}
      {/* Its keys come first: it listens in the capture phase too, and a child's layout effect runs before this one's. */}
      <RoomVote dilemma={dilemma} shortcuts={shortcuts} />
      <QrDialog dialog={qrDialog} shown={qrShown} onClose={() => setQrShown(false)} url={shareUrl(links.moduleUrl, location.href, target ?? stepId)} title={(target && optionLabels[target]?.title) || (route.find((s) => s.id === stepId)?.title ?? "")} />
    </>
  );
}
