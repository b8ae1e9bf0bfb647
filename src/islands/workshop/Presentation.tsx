// Presentation mode: the current step fills the screen in large type. Clicker keys walk steps and options in
// order (through the $place store, like the stepper), B or . blanks the screen, F goes fullscreen, Q shows the
// step's QR code, Escape stops at the same step. A presenter view in another window follows over BroadcastChannel.
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { nl } from "../../i18n/nl.ts";
import { nlWorkshop } from "../../i18n/nl-workshop.ts";
import { clickerStep, isPlainKey, popoverOpen } from "../../lib/clicker-keys.ts";
import { modalOpen } from "../../lib/keys.ts";
import { branchAt, clickerTarget, presentationSequence } from "../../lib/presentation-sequence.ts";
import { stepForKey } from "../../lib/step-grid.ts";
import StepGrid, { toggleOverview } from "./StepGrid.tsx";
import { programmeOfPage, programmeTarget } from "./programme-clicker.ts";
import { openPresenterChannel, type PresenterMessage } from "../../lib/presenter-messages.ts";
import { positionOf, type Place } from "../../lib/route.ts";
import { shareUrl } from "../../lib/share-url.ts";
import { $branch, $place, announce, goTo, pageRoute } from "../../stores/place.ts";
import BlankScreen from "./BlankScreen.tsx";
import QrCode from "./QrCode.tsx";
import { pageWithin, sectionOf, showPlaceInReading, watchBar } from "./presentation-screen.ts";
import type { WorkshopViewProps } from "./types.ts";
import { qrDialogTitleId } from "../../lib/page-ids.ts";
import DialogClose from "./DialogClose.tsx";
import RoomVote from "./RoomVote.tsx";
import { nlVotes } from "../../i18n/nl-votes.ts";
import { $answersShown } from "../../stores/vote-screen.ts";

/** Focus the heading of the step or option on screen, so keyboard and screen reader users are where the room is. */
function focusPlace(place: Place): void {
  const heading = document.getElementById(place.targetId ?? place.stepId);
  if (heading && document.activeElement !== heading) heading.focus({ preventScroll: true });
}

export default function Presentation({ moduleId, dilemmas, links, options: optionLabels, shortcuts, onClose }: WorkshopViewProps) {
  const w = nlWorkshop;
  const route = pageRoute();
  const place = useStore($place);
  const branch = useStore($branch);
  const [blank, setBlank] = useState(false);
  const [notice, setNotice] = useState("");
  const [qrShown, setQrShown] = useState(false);
  const qrDialog = useRef<HTMLDialogElement>(null);
  const overview = useRef<HTMLDialogElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const channel = useRef<BroadcastChannel | null>(null);
  // Handlers registered once read the latest values through this ref.
  const live = useRef({ blank, shortcuts });
  live.current = { blank, shortcuts };

  const stepId = place?.stepId ?? route[0]?.id ?? "";
  const stepTitle = route.find((s) => s.id === stepId)?.title ?? "";
  const dilemma = dilemmas.find((d) => d.stepId === stepId) ?? null;
  const { index, total } = positionOf(route, stepId, branch);

  const go = (target: Place) => {
    goTo(target);
    // A dialog opens above the page where the room left it; anything else is shown from its top.
    const overPage = target.targetId !== undefined && sectionOf(target) === null;
    // The stepper and the carousel render a moment later and move focus too; then settle focus on what the
    // room now sees.
    setTimeout(() =>
      requestAnimationFrame(() => {
        focusPlace(target);
        if (!overPage) scrollTo(0, 0);
      }),
    );
  };

  const walk = () => presentationSequence(route, branchAt(route, $place.get() ?? { stepId }, $branch.get()));

  const move = (delta: 1 | -1) => {
    if (qrDialog.current?.open) qrDialog.current.close();
    if (overview.current?.open) overview.current.close();
    // A black screen comes back first, like in slide software; the next press moves on.
    if (live.current.blank) return toggleBlank();
    const current = $place.get();
    if (!current || pageWithin(current, delta)) return;
    const leave = (next: { moduleId: string; stepId: string }) => channel.current?.postMessage({ type: "module", ...next } satisfies PresenterMessage);
    const target = programmeTarget(route, moduleId, current, delta, leave) ?? clickerTarget(route, current, delta, $branch.get());
    if (target === "handled") return;
    if (target) go(target);
    else announce(delta > 0 ? w.atEnd : w.atStart);
  };

  const toggleBlank = () => {
    const next = !live.current.blank;
    setBlank(next);
    announce(next ? w.blanked(live.current.shortcuts) : w.unblanked);
  };

  const toggleFullscreen = async () => {
    if (document.fullscreenElement) {
      await document.exitFullscreen().catch(() => undefined);
      return;
    }
    try {
      if (!document.fullscreenEnabled) throw new Error("refused");
      await document.documentElement.requestFullscreen();
      setNotice("");
    } catch {
      // Presentation mode already fills the window; say so instead of failing silently.
      setNotice(w.fullscreenRefused);
      announce(w.fullscreenRefused);
    }
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
    const programme = programmeOfPage();
    const opened = window.open(programme ? `${links.presenter}?p=${programme}` : links.presenter, "sdu-begeleidersscherm", "popup,width=1100,height=760");
    setNotice(opened ? "" : w.presenterBlocked);
    if (!opened) announce(w.presenterBlocked);
  };

  const stop = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    onClose();
  };

  // Layout effect: the page turns into the presentation in the same frame as the bar appears.
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.dataset.presenting = "";
    const current = $place.get();
    if (current) focusPlace(current);
    scrollTo(0, 0);
    announce(w.presentationStarted);

    // Capture phase: the presentation sees clicker keys before the stepper, which would leave the module at its end.
    const onKey = (event: KeyboardEvent) => {
      if (!isPlainKey(event)) return;
      // An open term pop-up keeps its keys: Escape closes only the pop-up (focus goes back to the term), and the
      // clicker waits until it is closed, as in reading mode; the room's screen does not scroll away under it.
      if (popoverOpen()) return void (clickerStep(event.key) !== 0 && event.preventDefault());
      const key = event.key;
      const letter = live.current.shortcuts ? key.toLowerCase() : "";
      let handled = true;
      const step = clickerStep(key);
      if (step !== 0) move(step);
      else if (letter === "b" || letter === ".") toggleBlank();
      else if (letter === "f") void toggleFullscreen();
      else if (letter === "q") toggleQr();
      else if (letter === "g") toggleOverview(overview.current, qrDialog.current);
      else if (stepForKey(letter, walk())) go(stepForKey(letter, walk())!);
      else if (key === "Escape" && !modalOpen()) stop();
      else handled = false;
      if (handled) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("keydown", onKey, true);
    const unwatchBar = bar.current ? watchBar(bar.current) : () => undefined;

    const bc = openPresenterChannel(moduleId, (message) => {
      if (message.type === "hello") post();
      else if (message.type === "blank") toggleBlank();
      else if (message.type === "move") move(message.delta);
      else if (message.type === "goto") go({ stepId: message.stepId, ...(message.targetId ? { targetId: message.targetId } : {}) });
    });
    channel.current = bc;

    return () => {
      window.removeEventListener("keydown", onKey, true);
      unwatchBar();
      delete root.dataset.presenting;
      bc?.postMessage({ type: "ended" } satisfies PresenterMessage);
      bc?.close();
      channel.current = null;
      const at = $place.get();
      if (at) showPlaceInReading(at);
      announce(w.presentationStopped);
    };
  }, []);

  const post = () => {
    const at = $place.get();
    if (!at || !channel.current) return;
    channel.current.postMessage({
      type: "place",
      stepId: at.stepId,
      ...(at.targetId ? { targetId: at.targetId } : {}),
      blank: live.current.blank,
    } satisfies PresenterMessage);
  };
  useEffect(post, [place?.stepId, place?.targetId, blank]);

  const key = (letter: string) => (shortcuts ? ` (${letter})` : "");
  return (
    <>
      <div class="presentation-bar" ref={bar} role="group" aria-label={w.presentationLabel}>
        <p class="presentation-bar__position">{nl.stepOf(index, total)}</p>
        {notice && <p class="presentation-bar__notice">{notice}</p>}
        <div class="presentation-bar__buttons">
          <button type="button" class="button button--quiet" onClick={openPresenter}>
            {w.openPresenter}
          </button>
          <button type="button" class="button button--quiet" aria-keyshortcuts={shortcuts ? "F" : undefined} onClick={() => void toggleFullscreen()}>
            {w.fullscreen + key("F")}
          </button>
          <StepGrid dialog={overview} route={route} sequence={walk()} options={optionLabels} place={place ?? { stepId }} onJump={go} shortcuts={shortcuts} />
          <button type="button" class="button button--quiet" aria-keyshortcuts={shortcuts ? "Q" : undefined} onClick={toggleQr}>
            {w.qr + key("Q")}
          </button>
          {dilemma?.vote && (
            <button type="button" class="button button--quiet" aria-keyshortcuts={shortcuts ? "A" : undefined} onClick={() => $answersShown.set(!$answersShown.get())}>
              {nlVotes.answersButton + key("A")}
            </button>
          )}
          <button type="button" class="button button--quiet" aria-keyshortcuts={shortcuts ? "B" : undefined} onClick={toggleBlank}>
            {w.blank + key("B")}
          </button>
          <button type="button" class="button button--quiet" aria-keyshortcuts="Escape" onClick={stop}>
            {`${w.stop} (Esc)`}
          </button>
        </div>
      </div>
      {blank && <BlankScreen label={w.blank} onCancel={toggleBlank} />}
      <RoomVote dilemma={dilemma} shortcuts={shortcuts} />
      <dialog class="qr-dialog" ref={qrDialog} aria-labelledby={qrDialogTitleId} onClose={() => setQrShown(false)}>
        <h2 id={qrDialogTitleId} class="qr-dialog__title">
          {w.qrTitle}
        </h2>
        {qrShown && <QrCode url={shareUrl(links.moduleUrl, location.href, stepId)} title={stepTitle} />}
        <DialogClose />
      </dialog>
    </>
  );
}
