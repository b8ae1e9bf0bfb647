// A small picture of a slide in the presenter view: a copy of the step's markup from the module's built page
// (module-pages.ts), shown the way the beamer shows it (only the option on screen, or the dialog's content), scaled
// from a 1280 × 720 screen to the box. A picture, not part of this page: without ids or controls, hidden from
// assistive technology (the text beside it names the place) and inert.
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import type { Place } from "../../lib/route.ts";
import { modulePage, type ModulePage } from "./module-pages.ts";

/** The screen the slide is laid out for before it is scaled down. */
const slideWidth = 1280;

/** A copy of what the room sees of `place` on `page`, or null when the page does not have it. */
function slideOf(page: ModulePage, place: Place): HTMLElement | null {
  const { doc } = page;
  const dialog = place.targetId ? doc.querySelector(`dialog[data-dialog="${CSS.escape(place.targetId)}"]`) : null;
  const source = dialog ?? doc.querySelector(`[data-step="${CSS.escape(place.stepId)}"]`);
  if (!source) return null;
  const slide = document.createElement("div");
  slide.className = dialog ? "slide-preview__slide slide-preview__slide--dialog" : "slide-preview__slide";
  slide.append(...[...source.childNodes].map((node) => document.importNode(node, true)));
  // As the islands leave it on screen: a carousel shows only the option on screen, dialogs wait behind their button.
  for (const options of slide.querySelectorAll<HTMLElement>("[data-options]")) options.dataset.enhanced = "";
  for (const option of slide.querySelectorAll<HTMLElement>("[data-option]")) option.hidden = option.dataset.option !== place.targetId;
  for (const element of slide.querySelectorAll("dialog, script, template, astro-island, .print-only")) element.remove();
  for (const element of slide.querySelectorAll("[id]")) element.removeAttribute("id");
  if (!dialog) slide.classList.add("step");
  return slide;
}

interface Props {
  moduleId: string;
  place: Place | null;
  /** The room's screen is black. */
  blank?: boolean;
}

export default function SlidePreview({ moduleId, place, blank = false }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [page, setPage] = useState<ModulePage | null>(null);

  useEffect(() => {
    let current = true;
    modulePage(moduleId).then(
      (loaded) => current && setPage(loaded),
      () => current && setPage(null),
    );
    return () => {
      current = false;
    };
  }, [moduleId]);

  useLayoutEffect(() => {
    const host = box.current;
    if (!host) return;
    const slide = page && place && !blank ? slideOf(page, place) : null;
    host.replaceChildren(...(slide ? [slide] : []));
    const scale = () => slide && (slide.style.zoom = String(host.clientWidth / slideWidth));
    scale();
    const observer = new ResizeObserver(scale);
    observer.observe(host);
    return () => observer.disconnect();
  }, [page, place?.stepId, place?.targetId, blank]);

  return <div class={blank ? "slide-preview slide-preview--blank" : "slide-preview"} ref={box} aria-hidden="true" inert />;
}
