// Importing a session file in the record panel. The same file again changes nothing. Otherwise, with a session
// open here that holds something, the facilitator chooses: merge the file into it (a second laptop's breakout
// group: everything of both stays, nothing is added up, and the panel lists what came in), add it as a separate
// session, or (the same session in another version) replace it. Into an empty browser the file is simply added.
import { useRef, useState } from "preact/hooks";
import { nlRecord as r } from "../../i18n/nl-record.ts";
import { nlWorkshop } from "../../i18n/nl-workshop.ts";
import { type WorkshopSession } from "../../lib/workshop-record/schema.ts";
import { maxImportBytes, parseImport } from "../../lib/workshop-record/exchange.ts";
import { importPlan, untouched } from "../../lib/workshop-record/session-import.ts";
import { bringsNothing, type MergeReport } from "../../lib/workshop-record/session-merge.ts";
import { $currentSession, $workshop, importSession, markExported, mergeIntoCurrent, switchSession } from "../../stores/workshop.ts";
import { importClashTextId, importClashTitleId, recordImportErrorId, recordImportId } from "../../lib/workshop-ids.ts";

interface Props {
  onStatus: (text: string) => void;
  onError: (text: string) => void;
  /** The last file could not be read: the field says so and points at the message (id record-import-error). */
  invalid: boolean;
}

/** A file waiting for the facilitator's choice; `clash`: the same session is here in another version. */
type Pending = { session: WorkshopSession; clash: boolean; into: string };

const w = nlWorkshop;

/** The lines that say what a merge brought in, per dilemma. */
function mergeLines(report: MergeReport): string[] {
  return [
    ...report.merged.map((record) => r.mergedRecord(record.title, record.fields.map((f) => r.mergedPart(f.field, f.added)))),
    ...report.added.map((title) => r.mergedAdded(title)),
  ];
}

export function SessionImport({ onStatus, onError, invalid }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [merged, setMerged] = useState<string[]>([]);

  const onFile = async (field: HTMLInputElement) => {
    const file = field.files?.[0];
    field.value = "";
    if (!file) return;
    setMerged([]);
    const result = file.size > maxImportBytes ? ({ ok: false, message: w.importTooLarge } as const) : parseImport(await file.text());
    if (!result.ok) return onError(result.message);
    const plan = importPlan($workshop.get(), result.session);
    if (plan.kind === "same") {
      importSession(result.session, "same");
      return onStatus(w.importSame(plan.existing.name));
    }
    const current = $currentSession.get();
    if (plan.kind === "clash" || (current && !untouched(current))) {
      setPending({ session: result.session, clash: plan.kind === "clash", into: plan.kind === "clash" ? plan.existing.name : current!.name });
      return dialog.current?.showModal();
    }
    add(result.session, "add");
  };

  const add = (session: WorkshopSession, how: "add" | "replace") => {
    importSession(session, how);
    // It came from a file: that file is its download.
    const name = $currentSession.get()?.name ?? session.name;
    markExported($currentSession.get()?.id ?? session.id);
    onStatus(how === "replace" ? w.importReplaced(name) : w.imported(name));
  };

  const merge = (session: WorkshopSession, clash: boolean) => {
    if (clash) switchSession(session.id);
    const into = $currentSession.get()?.name ?? "";
    const report = mergeIntoCurrent(session);
    if (!report) return;
    if (bringsNothing(report)) return onStatus(r.mergedNothing(session.name, into));
    setMerged(mergeLines(report));
    onStatus(r.merged(session.name, into));
  };

  const decide = (how: "replace" | "add" | "merge" | null) => {
    const chosen = pending;
    setPending(null);
    dialog.current?.close();
    input.current?.focus();
    if (!chosen || !how) return;
    if (how === "merge") merge(chosen.session, chosen.clash);
    else add(chosen.session, how);
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
          aria-describedby={invalid ? recordImportErrorId : undefined}
          onChange={(e) => void onFile(e.currentTarget)}
        />
      </p>
      {merged.length > 0 && (
        <ul class="record-merged">
          {merged.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <dialog class="dialog confirm-dialog" ref={dialog} aria-labelledby={importClashTitleId} aria-describedby={importClashTextId} onClose={() => setPending(null)}>
        <h2 id={importClashTitleId} class="dialog__title">
          {pending?.clash ? w.importClashTitle : r.importChoiceTitle}
        </h2>
        <p id={importClashTextId}>{pending ? (pending.clash ? w.importClash(pending.session.name) : r.importChoice(pending.session.name, pending.into)) : ""}</p>
        <div class="record-actions">
          <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={() => decide("merge")}>
            {r.importMerge(pending?.into ?? "")}
          </button>
          {pending?.clash && (
            <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => decide("replace")}>
              {w.importReplace}
            </button>
          )}
          <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => decide("add")}>
            {pending?.clash ? w.importAsCopy : r.importAsNew}
          </button>
          <button type="button" class="utrecht-button utrecht-button--secondary-action" autofocus onClick={() => decide(null)}>
            {w.cancel}
          </button>
        </div>
      </dialog>
    </>
  );
}
