// The stepper: shows one step at a time over the server-rendered article, with Vorige/Volgende stap,
// clicker keys, focus on the new heading and a live announcement. Without JavaScript it is absent.
import { useEffect, useLayoutEffect, useRef } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { nlReading as nl } from "../i18n/nl-reading.ts";
import { clickerStep, isPlainKey, popoverOpen } from "../lib/clicker-keys.ts";
import { modalOpen } from "../lib/keys.ts";
import type { ModuleLink } from "../data/module-page.ts";
import { nextStepId, positionOf, prevStepId } from "../lib/route.ts";
import { $announcement, $branch, $moved, $place, announce, goTo, goToHash, isPageAnchor, pageRoute, startPlaceSync } from "../stores/place.ts";

interface Props {
  previousModule?: ModuleLink;
  nextModule?: ModuleLink;
  overviewHref: string;
}

/** How far PageDown (1) or PageUp (-1) scrolls through the current step: most of a window, up to just past the
 *  step's end; 0 when the step ends in the window that way, or the page cannot scroll further. Step ids are plain
 *  (step-id.ts), so they go into the selector as they are. */
function pageThroughStep(direction: 1 | -1): number {
  const box = document.querySelector(`[data-step="${$place.get()?.stepId}"]`)?.getBoundingClientRect();
  if (!box) return 0;
  const room = direction > 0 ? Math.min(box.bottom - innerHeight, document.documentElement.scrollHeight - innerHeight - scrollY) : Math.min(-box.top, scrollY);
  return room > 1 ? direction * Math.min(innerHeight * 0.8, room + 16) : 0;
}

export default function Stepper({ previousModule, nextModule, overviewHref }: Props) {
  const route = pageRoute();
  const place = useStore($place);
  const branch = useStore($branch);
  const announcement = useStore($announcement);
  const stepId = place?.stepId ?? route[0]?.id ?? "";
  const prev = prevStepId(route, stepId, branch);
  const next = nextStepId(route, stepId);
  const { index, total } = positionOf(route, stepId, branch);

  useEffect(() => {
    startPlaceSync(route);
    document.querySelector("[data-stepper-root]")?.setAttribute("data-enhanced", "");
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href^="#"]') : null;
      if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      if (!isPageAnchor(link.hash)) return goToHash(link.hash);
      // The skip link (or another anchor on the page) moves focus there, but the URL keeps the step: a reload or a
      // shared link still opens the step the reader was on. The page's own ids are plain (page-ids.ts).
      document.getElementById(link.hash.slice(1))?.focus();
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);

  // Show the current step, hide the others, mark it in the overview, and move focus after a change.
  const shownStep = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (!place) return;
    const stepChanged = shownStep.current !== place.stepId;
    shownStep.current = place.stepId;
    for (const step of route) {
      const section = document.getElementById(step.id)?.closest<HTMLElement>("[data-step]");
      if (section) section.hidden = step.id !== place.stepId;
    }
    for (const link of document.querySelectorAll<HTMLAnchorElement>("[data-overview-link]")) {
      if (link.hash === `#${place.stepId}`) link.setAttribute("aria-current", "step");
      else link.removeAttribute("aria-current");
    }
    const title = route.find((s) => s.id === place.stepId)?.title ?? "";
    document.title = `${title} · ${document.documentElement.dataset.moduleTitle ?? ""}`;
    // Within a step (an option or dialog opens or closes) the island of that option or dialog moves focus.
    if (place.targetId || !stepChanged) return;
    const heading = document.getElementById(place.stepId);
    const arrived = !$moved.get() && location.hash !== "" && !isPageAnchor(location.hash);
    if ($moved.get() || arrived) heading?.focus();
    // A phone that opens a step from a link (a QR code, a shared address) lands on the step, not on the module's
    // introduction (the heading's scroll margin keeps it in view through the step's entrance movement).
    if (arrived && matchMedia("(max-width: 40rem)").matches) heading?.scrollIntoView();
    if ($moved.get()) announce(nl.announceStep(index, total, title));
  }, [place?.stepId, place?.targetId]);

  const goPrev = () => {
    if (prev) goTo({ stepId: prev });
    else if (previousModule) location.assign(previousModule.href);
  };
  const goNext = () => {
    if (next) goTo({ stepId: next });
    else location.assign(nextModule?.href ?? overviewHref);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isPlainKey(event)) return;
      // A modal dialog or an open term pop-up has the reader's attention: the step under it stays put.
      if (modalOpen() || popoverOpen()) return;
      const step = clickerStep(event.key);
      if (step === 0) return;
      // PageDown and PageUp first scroll through a step taller than the window, as in presentation mode; only at
      // its end (or start) do they go on to the next (or previous) step. The scroll is done here rather than left
      // to the browser, which may drop a key's scroll that comes right after another scroll: no press is lost.
      event.preventDefault();
      const scroll = event.key.startsWith("Page") ? pageThroughStep(step) : 0;
      if (scroll !== 0) return scrollBy({ top: scroll });
      if (step === 1) goNext();
      else goPrev();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [prev, next]);

  const atEnd = next === null;
  const atStart = prev === null;
  return (
    <nav class="stepper" aria-label={nl.stepNavigation}>
      {atStart ? (
        previousModule ? (
          <a class="utrecht-button utrecht-button--secondary-action" href={previousModule.href} rel="prev">
            <span>{nl.previousStep}</span>
            <small>{nl.previousModule(previousModule.title)}</small>
          </a>
        ) : (
          <span class="stepper__spacer" />
        )
      ) : (
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={goPrev}>
          {nl.previousStep}
        </button>
      )}
      <p class="stepper__position">{nl.stepOf(index, total)}</p>
      {atEnd ? (
        <a class="utrecht-button utrecht-button--primary-action" href={nextModule?.href ?? overviewHref} rel="next">
          <span>{nl.nextStep}</span>
          <small>{nextModule ? nl.nextModule(nextModule.title) : nl.backToOverview}</small>
        </a>
      ) : (
        <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={goNext}>
          {nl.nextStep}
        </button>
      )}
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </nav>
  );
}
