// Recording what the group decides on a dilemma, in a named session: choosing, naming and deleting sessions,
// taking one along (Markdown, JSON, the printable report) and reading one in. The form itself is RecordForm. A
// session starts with the first thing recorded or named, not when the panel opens.
import { useEffect, useRef, useState } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { formatMoment, nl } from "../../i18n/nl.ts";
import { nlWorkshop } from "../../i18n/nl-workshop.ts";
import { DamagedDataNotice } from "../DamagedDataNotice.tsx";
import { recordKey, type DilemmaRef } from "../../lib/workshop-record/schema.ts";
import { fileNameFor, toExportJson } from "../../lib/workshop-record/exchange.ts";
import { toMarkdown } from "../../lib/workshop-report.ts";
import { $currentSession, $workshop, $workshopDamage, defaultName, markExported, removeSession, renameCurrent, startSession, switchSession } from "../../stores/workshop.ts";
import { download } from "./download-file.ts";
import { useExportGuard } from "./export-guard.ts";
import { RecordSafety } from "./RecordSafety.tsx";
import { RecordForm } from "./RecordForm.tsx";
import { SessionImport } from "./SessionImport.tsx";
import { confirmDeleteTextId, confirmDeleteTitleId, recordImportErrorId, recordImportId, recordPanelTitleId, recordSessionNameId, recordSessionSelectId } from "../../lib/workshop-ids.ts";

const w = nlWorkshop;

interface PanelProps {
  dilemma: DilemmaRef | null;
  handoutHref: string;
  onClose?: () => void;
  focusOnOpen?: boolean;
}

export function RecordPanel({ dilemma, handoutHref, onClose, focusOnOpen }: PanelProps) {
  const state = useStore($workshop);
  const session = useStore($currentSession);
  const damage = useStore($workshopDamage);
  const [status, setStatus] = useState("");
  const [error, setError] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLDialogElement>(null);

  useExportGuard();
  useEffect(() => {
    // A facilitator who opens the panel goes on in the last session; with none, the first thing typed starts one.
    const last = $workshop.get().sessions.at(-1);
    if (!$currentSession.get() && last) switchSession(last.id);
    if (focusOnOpen) heading.current?.focus();
  }, []);

  const say = (text: string) => {
    setError("");
    setStatus(text);
  };

  // The import error belongs to the file field: an edit anywhere else in the panel means the reader has moved on.
  const clearErrorOnEdit = (event: Event) => {
    if (error && (event.target as HTMLElement | null)?.id !== recordImportId) setError("");
  };

  const onDelete = () => {
    if (!session) return;
    const name = session.name;
    removeSession(session.id);
    confirm.current?.close();
    say(w.sessionDeleted(name));
    newButton.current?.focus();
  };

  return (
    <section class="record-panel" aria-labelledby={recordPanelTitleId} onInput={clearErrorOnEdit}>
      <h2 id={recordPanelTitleId} class="record-panel__title" tabindex={-1} ref={heading}>
        {dilemma ? w.recordHeading(dilemma.title) : w.recordGeneral}
      </h2>
      <p class="record-panel__note">{w.savedHere}</p>
      {damage && <DamagedDataNotice message={w.damaged} linkLabel={w.downloadDamaged} raw={damage.raw} fileName="workshop-beschadigd.json" />}

      <div class="record-session">
        {state.sessions.length > 0 && (
          <p class="record-field">
            <label for={recordSessionSelectId}>{w.session}</label>
            <select id={recordSessionSelectId} value={session?.id ?? ""} onChange={(e) => switchSession(e.currentTarget.value)}>
              {state.sessions.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name || w.defaultSessionName(formatMoment(new Date(s.createdAt)).day, formatMoment(new Date(s.createdAt)).time)}
                </option>
              ))}
            </select>
          </p>
        )}
        <p class="record-field">
          <label for={recordSessionNameId}>{w.sessionName}</label>
          <input id={recordSessionNameId} type="text" value={session?.name ?? ""} placeholder={session ? undefined : defaultName()} onInput={(e) => renameCurrent(e.currentTarget.value)} />
        </p>
        <div class="record-actions">
          <button
            type="button"
            class="utrecht-button utrecht-button--secondary-action"
            ref={newButton}
            onClick={() => {
              startSession();
              requestAnimationFrame(() => document.getElementById(recordSessionNameId)?.focus());
            }}
          >
            {w.newSession}
          </button>
          {session && (
            <button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => confirm.current?.showModal()}>
              {w.deleteSession}
            </button>
          )}
        </div>
        {!session && <p>{w.noSession}</p>}
        <RecordSafety session={session} />
      </div>

      {dilemma ? <RecordForm key={recordKey(dilemma)} session={session} dilemma={dilemma} /> : null}
      {!dilemma && <p class="record-panel__hint">{w.notADilemma}</p>}

      {session && (
        <div class="record-export">
          <h3>{w.takeAlong}</h3>
          <div class="record-actions">
            <button
              type="button"
              class="utrecht-button utrecht-button--secondary-action"
              onClick={() => {
                download(`${fileNameFor(session)}.md`, "text/markdown;charset=utf-8", toMarkdown(session));
                markExported(session.id);
              }}
            >
              {w.exportMarkdown}
            </button>
            <button
              type="button"
              class="utrecht-button utrecht-button--secondary-action"
              onClick={() => {
                download(`${fileNameFor(session)}.json`, "application/json", toExportJson(session, new Date()));
                markExported(session.id);
              }}
            >
              {w.exportJson}
            </button>
            <a class="utrecht-button utrecht-button--secondary-action" href={`${handoutHref}?sessie=${encodeURIComponent(session.id)}`} target="_blank">
              {w.openHandout}
            </a>
          </div>
        </div>
      )}
      <SessionImport
        invalid={Boolean(error)}
        onStatus={say}
        onError={(message) => {
          setStatus("");
          setError(message);
        }}
      />
      <p role="status" class="record-panel__status">
        {status}
      </p>
      <div role="alert">{error && <p id={recordImportErrorId} class="utrecht-alert utrecht-alert--warning notice notice--warning">{error}</p>}</div>

      {onClose && (
        <button type="button" class="utrecht-button utrecht-button--subtle record-panel__close" onClick={onClose}>
          {nl.close}
        </button>
      )}

      <dialog class="dialog confirm-dialog" ref={confirm} aria-labelledby={confirmDeleteTitleId} aria-describedby={confirmDeleteTextId}>
        <h2 id={confirmDeleteTitleId} class="dialog__title">
          {w.confirmDeleteTitle}
        </h2>
        <p id={confirmDeleteTextId}>{session ? w.confirmDelete(session.name) : ""}</p>
        <div class="record-actions">
          <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={onDelete}>
            {w.confirmDeleteYes}
          </button>
          <button type="button" class="utrecht-button utrecht-button--secondary-action" autofocus onClick={() => confirm.current?.close()}>
            {w.cancel}
          </button>
        </div>
      </dialog>
    </section>
  );
}
