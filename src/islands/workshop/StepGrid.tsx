// The overview while presenting: the Overzicht button (key G) and a modal dialog with every step of the walk and
// its options and dialogs as buttons, the current one marked and focused. A choice jumps there and closes the
// dialog; closing without a choice returns focus to where it was (the native dialog does that).
import type { RefObject } from "preact";
import { nl } from "../../i18n/nl.ts";
import { nlWorkshop } from "../../i18n/nl-workshop.ts";
import type { SequenceItem } from "../../lib/presentation-sequence.ts";
import { stepGroups } from "../../lib/step-grid.ts";
import type { Place, RouteStep } from "../../lib/route.ts";
import { stepGridTitleId } from "../../lib/workshop-ids.ts";
import DialogClose from "./DialogClose.tsx";

interface Props {
  dialog: RefObject<HTMLDialogElement>;
  route: RouteStep[];
  sequence: SequenceItem[];
  options: Record<string, { title: string; label: string }>;
  place: Pick<Place, "stepId" | "targetId">;
  onJump: (item: SequenceItem) => void;
  /** Single-key shortcuts on: G opens the overview, 1–9 jump to a step (said on the button and in the dialog). */
  shortcuts: boolean;
}

/** Opens the overview with focus on the current place, or closes it; another open dialog closes first. */
export function toggleOverview(dialog: HTMLDialogElement | null, other?: HTMLDialogElement | null): void {
  if (!dialog) return;
  if (dialog.open) return dialog.close();
  other?.close();
  dialog.showModal();
  dialog.querySelector<HTMLElement>("[aria-current]")?.focus();
}

export default function StepGrid({ dialog, route, sequence, options, place, onJump, shortcuts }: Props) {
  const w = nlWorkshop;
  const groups = stepGroups(route, sequence);
  const jump = (item: SequenceItem) => {
    dialog.current?.close();
    onJump(item);
  };
  const isHere = (item: SequenceItem) => item.stepId === place.stepId && item.targetId === place.targetId;
  return (
    <>
      <button
        type="button"
        class="utrecht-button utrecht-button--subtle"
        aria-haspopup="dialog"
        aria-keyshortcuts={shortcuts ? "G" : undefined}
        onClick={() => toggleOverview(dialog.current)}
      >
        {w.overview}
        {shortcuts && (
          <>
            {" "}
            <span class="step-grid__key">(G)</span>
          </>
        )}
      </button>
      <dialog class="dialog step-grid" ref={dialog} aria-labelledby={stepGridTitleId}>
        <h2 id={stepGridTitleId} class="dialog__title">
          {w.overviewTitle}
        </h2>
        {shortcuts && <p class="step-grid__hint">{w.overviewHint}</p>}
        <ol class="step-grid__steps">
          {groups.map((group) => (
            <li key={group.step.stepId} class="step-grid__step">
              <button type="button" class="step-grid__button" aria-current={isHere(group.step) ? "step" : undefined} onClick={() => jump(group.step)}>
                <span class="step-grid__number">{nl.stepOf(group.number, groups.length)}</span> {group.title}
                {isHere(group.step) && <span class="step-grid__now"> ({w.overviewNow})</span>}
              </button>
              {group.targets.length > 0 && (
                <ul class="step-grid__targets">
                  {group.targets.map((item) => (
                    <li key={item.targetId}>
                      <button
                        type="button"
                        class="step-grid__button step-grid__button--target"
                        aria-current={isHere(item) ? "step" : undefined}
                        onClick={() => jump(item)}
                      >
                        {options[item.targetId ?? ""] ? `${options[item.targetId!]!.label}: ${options[item.targetId!]!.title}` : item.targetId}
                        {isHere(item) && <span class="step-grid__now"> ({w.overviewNow})</span>}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
        <DialogClose />
      </dialog>
    </>
  );
}
