// An option carousel over server-rendered options: one option at a time, Vorige/Volgende and Sluiten.
// Each option is a deep link (#option-id); the carousel opens itself when the URL points at one of its options.
import { useLayoutEffect, useRef } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { nlReading as nl, type OptionNoun } from "../i18n/nl-reading.ts";
import { $moved, $optionsLeftOut, $place, announce, goTo, goToHash } from "../stores/place.ts";

interface Props {
  groupId: string;
  noun: OptionNoun;
  /** Ids of the options, in order; their titles are read from the page. */
  optionIds: string[];
}

const titleOf = (id: string) => document.getElementById(id)?.textContent?.trim() ?? "";

export default function Carousel({ groupId, noun, optionIds }: Props) {
  const leftOut = useStore($optionsLeftOut);
  const options = optionIds.filter((id) => !leftOut.includes(id)).map((id) => ({ id, title: titleOf(id) }));
  const place = useStore($place);
  const words = nl.optionNouns[noun] ?? nl.optionNouns.optie;
  const openButton = useRef<HTMLButtonElement>(null);
  const index = options.findIndex((o) => o.id === place?.targetId);
  const isOpen = index !== -1;
  const wasOpen = useRef(false);

  useLayoutEffect(() => {
    document.querySelector(`[data-options="${groupId}"]`)?.setAttribute("data-enhanced", "");
    for (const id of optionIds) {
      const option = document.getElementById(id)?.closest<HTMLElement>("[data-option]");
      if (option) option.hidden = id !== place?.targetId;
    }
    const current = options[index];
    if (current && $moved.get()) announce(nl.optionOf(words.one, index + 1, options.length) + `: ${current.title}`);
    if (current && ($moved.get() || location.hash)) document.getElementById(current.id)?.focus();
    // Closing the carousel returns focus to the button that opened it.
    if (!current && wasOpen.current) openButton.current?.focus();
    wasOpen.current = isOpen;
  }, [place?.targetId]);

  const show = (i: number) => goToHash(`#${options[i]!.id}`);
  // A programme that shows none of these options: nothing to open.
  if (!options.length) return null;
  if (!isOpen) {
    return (
      <button type="button" class="utrecht-button utrecht-button--secondary-action carousel__open" ref={openButton} onClick={() => show(0)}>
        {nl.showOptions(words.many, options.length)}
      </button>
    );
  }
  return (
    <div class="carousel__controls" role="group" aria-label={nl.optionOf(words.one, index + 1, options.length)}>
      <button type="button" class="utrecht-button utrecht-button--secondary-action" disabled={index === 0} onClick={() => show(index - 1)}>
        {words.prev}
      </button>
      <span class="carousel__position">{nl.optionOf(words.one, index + 1, options.length)}</span>
      <button type="button" class="utrecht-button utrecht-button--secondary-action" disabled={index === options.length - 1} onClick={() => show(index + 1)}>
        {words.next}
      </button>
      <button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => place && goTo({ stepId: place.stepId })}>
        {nl.close}
      </button>
    </div>
  );
}
