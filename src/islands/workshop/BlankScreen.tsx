// The black screen of presentation mode (B or .): a modal dialog, so the page under it is inert and Tab cannot
// move focus to controls nobody sees. Focus waits on the black screen and returns where it was.
import { useLayoutEffect, useRef } from "preact/hooks";

interface Props {
  label: string;
  /** Escape on the black screen brings the presentation back. */
  onCancel: () => void;
}

export default function BlankScreen({ label, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    dialog.current?.showModal();
    dialog.current?.focus();
    return () => {
      // Close before focusing: while the dialog is modal, the page under it cannot take focus.
      dialog.current?.close();
      before?.focus({ preventScroll: true });
    };
  }, []);
  return (
    <dialog
      class="presentation-blank"
      data-blank
      ref={dialog}
      tabIndex={-1}
      aria-label={label}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    />
  );
}
