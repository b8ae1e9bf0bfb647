// Opens a server-rendered <dialog> as a modal; the dialog is a deep link (#dialog-id) and closes back to its step.
import { useLayoutEffect, useRef } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { $place, goTo, goToHash } from "../stores/place.ts";

/** The dialog whose title carries the id (Dialog.astro). */
const dialogOf = (id: string) => document.getElementById(id)?.closest("dialog") ?? null;

export default function DialogTrigger({ dialogId, label }: { dialogId: string; label: string }) {
  const place = useStore($place);
  const button = useRef<HTMLButtonElement>(null);

  // Runs before the effect below: islands start in any order, so the place may already point at this dialog.
  useLayoutEffect(() => {
    const dialog = dialogOf(dialogId);
    if (!dialog) return;
    // Without JavaScript the dialog is open as a section. Taking the attribute away fires no close event,
    // which close() would do a task later, when the place may already point at this dialog.
    dialog.removeAttribute("open");
    dialog.closest("[data-dialog-block]")?.setAttribute("data-enhanced", "");
    for (const action of dialog.querySelectorAll<HTMLElement>("[data-js-only]")) action.hidden = false;
    // Only a close by the reader (Sluiten, Escape) returns to the step and to the button that opened it.
    // The close event comes later than close(); by then the dialog may be open again as a modal.
    const onClose = () => {
      const place = $place.get();
      if (dialog.open || place?.targetId !== dialogId) return;
      goTo({ stepId: place.stepId }, { replace: true });
      button.current?.focus();
    };
    dialog.addEventListener("close", onClose);
    return () => dialog.removeEventListener("close", onClose);
  }, []);

  useLayoutEffect(() => {
    const dialog = dialogOf(dialogId);
    if (!dialog) return;
    if (place?.targetId === dialogId && !dialog.open) {
      dialog.showModal();
      document.getElementById(dialogId)?.focus();
    } else if (place?.targetId !== dialogId && dialog.open) dialog.close();
  }, [place?.targetId]);

  return (
    <button type="button" class="utrecht-button utrecht-button--secondary-action" ref={button} onClick={() => goToHash(`#${dialogId}`)}>
      {label}
    </button>
  );
}
