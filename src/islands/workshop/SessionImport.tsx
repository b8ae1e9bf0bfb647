// Importing a session file in the record panel. A new session is added; the same file again changes nothing;
// a different version of a session that is already here opens a dialog: replace, add as a copy, or cancel.
import { useRef, useState } from "preact/hooks";
import { nlWorkshop } from "../../i18n/nl-workshop.ts";
import { type WorkshopSession } from "../../lib/workshop-record/schema.ts";
import { maxImportBytes, parseImport } from "../../lib/workshop-record/exchange.ts";
import { importPlan } from "../../lib/workshop-record/session-import.ts";
import { $currentSession, $workshop, importSession } from "../../stores/workshop.ts";
import { importClashTextId, importClashTitleId, recordImportId } from "../../lib/page-ids.ts";

interface Props {
  onStatus: (text: string) => void;
  onError: (text: string) => void;
  /** The last file could not be read: the field says so and points at the message (id record-import-error). */
  invalid: boolean;
}

export function SessionImport({ onStatus, onError, invalid }: Props) {
  const w = nlWorkshop;
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<WorkshopSession | null>(null);

  const onFile = async (field: HTMLInputElement) => {
    const file = field.files?.[0];
    field.value = "";
    if (!file) return;
    const result = file.size > maxImportBytes ? ({ ok: false, message: w.importTooLarge } as const) : parseImport(await file.text());
    if (!result.ok) return onError(result.message);
    const plan = importPlan($workshop.get(), result.session);
    if (plan.kind === "same") {
      importSession(result.session, "same");
      return onStatus(w.importSame(plan.existing.name));
    }
    if (plan.kind === "clash") {
      setPending(result.session);
      return dialog.current?.showModal();
    }
    importSession(result.session, "add");
    onStatus(w.imported($currentSession.get()?.name ?? result.session.name));
  };

  const decide = (how: "replace" | "add" | null) => {
    const session = pending;
    setPending(null);
    dialog.current?.close();
    input.current?.focus();
    if (!session || !how) return;
    importSession(session, how);
    const name = $currentSession.get()?.name ?? session.name;
    onStatus(how === "replace" ? w.importReplaced(name) : w.imported(name));
  };

  return (
    <>
      <p class="record-field">
        <label for={recordImportId}>{w.importJson}</label>
        <input
          id={recordImportId}
          ref={input}
          type="file"
          accept=".json,application/json"
          aria-invalid={invalid ? "true" : undefined}
          aria-describedby={invalid ? "record-import-error" : undefined}
          onChange={(e) => void onFile(e.currentTarget)}
        />
      </p>
      <dialog
        class="dialog confirm-dialog"
        ref={dialog}
        aria-labelledby={importClashTitleId}
        aria-describedby={importClashTextId}
        onClose={() => setPending(null)}
      >
        <h2 id={importClashTitleId} class="dialog__title">
          {w.importClashTitle}
        </h2>
        <p id={importClashTextId}>{pending ? w.importClash(pending.name) : ""}</p>
        <div class="record-actions">
          <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={() => decide("replace")}>
            {w.importReplace}
          </button>
          <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => decide("add")}>
            {w.importAsCopy}
          </button>
          <button type="button" class="utrecht-button utrecht-button--secondary-action" autofocus onClick={() => decide(null)}>
            {w.cancel}
          </button>
        </div>
      </dialog>
    </>
  );
}
