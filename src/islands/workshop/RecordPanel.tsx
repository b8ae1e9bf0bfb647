// Recording what the group decides on a dilemma: where it stands (per participant group), notes and afspraken,
// in a named session. Every keystroke is saved in this browser; sessions can be exported, imported and printed.
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { formatDate, nl } from "../../i18n/nl.ts";
import { nlWorkshop } from "../../i18n/nl-workshop.ts";
import { DamagedDataNotice } from "../DamagedDataNotice.tsx";
import {
  emptyRecord,
  fileNameFor,
  newId,
  recordEdits,
  recordKey,
  toExportJson,
  type DilemmaRef,
  type Position,
  type WorkshopRecord,
  type WorkshopSession,
} from "../../lib/workshop-record.ts";
import { toMarkdown } from "../../lib/workshop-report.ts";
import { parseProgramme, programmeRecordKeys } from "../../lib/programme.ts";
import { $place } from "../../stores/place.ts";
import {
  $currentSession,
  $workshop,
  $workshopDamage,
  editCurrentRecord,
  followProgramme,
  removeSession,
  renameCurrent,
  startSession,
  switchSession,
} from "../../stores/workshop.ts";
import type { WorkshopViewProps } from "./WorkshopLauncher.tsx";
import { SessionImport } from "./SessionImport.tsx";
import { CardVotes } from "./CardVotes.tsx";

const w = nlWorkshop;

/** On a module page: the record panel for the step on screen. */
export default function ModuleRecorder({ dilemmas, links, onClose }: WorkshopViewProps) {
  const place = useStore($place);
  // Recording inside a programme (?p=…): the report follows the programme's order.
  useEffect(() => {
    const programme = new URLSearchParams(location.search).get("p");
    if (programme) followProgramme(programmeRecordKeys(parseProgramme(programme)));
  }, []);
  const dilemma = dilemmas.find((d) => d.stepId === place?.stepId) ?? null;
  return <RecordPanel dilemma={dilemma} handoutHref={links.handout} onClose={onClose} focusOnOpen />;
}

interface PanelProps {
  dilemma: DilemmaRef | null;
  handoutHref: string;
  onClose?: () => void;
  focusOnOpen?: boolean;
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
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

  useEffect(() => {
    // A facilitator who opens the panel can start typing: there is always a session to type into.
    if (!$currentSession.get()) {
      const last = $workshop.get().sessions.at(-1);
      if (last) switchSession(last.id);
      else startSession(w.defaultSessionName(formatDate(new Date())));
    }
    if (focusOnOpen) heading.current?.focus();
  }, []);

  const say = (text: string) => {
    setError("");
    setStatus(text);
  };

  // The import error belongs to the file field: an edit anywhere else in the panel means the reader has moved on.
  const clearErrorOnEdit = (event: Event) => {
    if (error && (event.target as HTMLElement | null)?.id !== "record-import") setError("");
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
    <section class="record-panel" aria-labelledby="record-panel-title" onInput={clearErrorOnEdit}>
      <h2 id="record-panel-title" class="record-panel__title" tabindex={-1} ref={heading}>
        {dilemma ? w.recordHeading(dilemma.title) : w.recordGeneral}
      </h2>
      <p class="record-panel__note">{w.savedHere}</p>
      {damage && <DamagedDataNotice message={w.damaged} linkLabel={w.downloadDamaged} raw={damage.raw} fileName="workshop-beschadigd.json" />}

      <div class="record-session">
        {state.sessions.length > 0 && (
          <p class="record-field">
            <label for="record-session-select">{w.session}</label>
            <select id="record-session-select" value={session?.id ?? ""} onChange={(e) => switchSession(e.currentTarget.value)}>
              {state.sessions.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name || w.defaultSessionName(formatDate(new Date(s.createdAt)))}
                </option>
              ))}
            </select>
          </p>
        )}
        {session && (
          <p class="record-field">
            <label for="record-session-name">{w.sessionName}</label>
            <input id="record-session-name" type="text" value={session.name} onInput={(e) => renameCurrent(e.currentTarget.value)} />
          </p>
        )}
        <div class="record-actions">
          <button
            type="button"
            class="button button--secondary"
            ref={newButton}
            onClick={() => {
              startSession(w.defaultSessionName(formatDate(new Date())));
              requestAnimationFrame(() => document.getElementById("record-session-name")?.focus());
            }}
          >
            {w.newSession}
          </button>
          {session && (
            <button type="button" class="button button--quiet" onClick={() => confirm.current?.showModal()}>
              {w.deleteSession}
            </button>
          )}
        </div>
        {!session && <p>{w.noSession}</p>}
      </div>

      {session && dilemma ? <RecordForm key={`${session.id}/${recordKey(dilemma)}`} session={session} dilemma={dilemma} /> : null}
      {!dilemma && <p class="record-panel__hint">{w.notADilemma}</p>}

      {session && (
        <div class="record-export">
          <h3>{w.takeAlong}</h3>
          <div class="record-actions">
            <button type="button" class="button button--secondary" onClick={() => download(`${fileNameFor(session)}.md`, "text/markdown;charset=utf-8", toMarkdown(session))}>
              {w.exportMarkdown}
            </button>
            <button type="button" class="button button--secondary" onClick={() => download(`${fileNameFor(session)}.json`, "application/json", toExportJson(session, new Date()))}>
              {w.exportJson}
            </button>
            <a class="button button--secondary" href={`${handoutHref}?sessie=${encodeURIComponent(session.id)}`} target="_blank">
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
      <div role="alert">{error && <p id="record-import-error" class="notice notice--warning">{error}</p>}</div>

      {onClose && (
        <button type="button" class="button button--quiet record-panel__close" onClick={onClose}>
          {nl.close}
        </button>
      )}

      <dialog class="dialog confirm-dialog" ref={confirm} aria-labelledby="confirm-delete-title" aria-describedby="confirm-delete-text">
        <h2 id="confirm-delete-title" class="dialog__title">
          {w.confirmDeleteTitle}
        </h2>
        <p id="confirm-delete-text">{session ? w.confirmDelete(session.name) : ""}</p>
        <div class="record-actions">
          <button type="button" class="button" onClick={onDelete}>
            {w.confirmDeleteYes}
          </button>
          <button type="button" class="button button--secondary" autofocus onClick={() => confirm.current?.close()}>
            {w.cancel}
          </button>
        </div>
      </dialog>
    </section>
  );
}

/** Where focus goes after an afspraak moved or was deleted (the list re-renders; focus must not be lost). */
type FocusAfter = { id: string; control: "up" | "down" | "text" } | { id: "add" } | null;

function RecordForm({ session, dilemma }: { session: WorkshopSession; dilemma: DilemmaRef }) {
  const record: WorkshopRecord = session.records[recordKey(dilemma)] ?? emptyRecord(dilemma);
  const edit = (change: (r: WorkshopRecord) => WorkshopRecord) => editCurrentRecord(dilemma, change);
  const [left, right] = dilemma.perspectives;
  const labels = w.scale(left, right);
  const base = `record-${dilemma.stepId}`;
  const focusAfter = useRef<FocusAfter>(null);
  const list = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  useLayoutEffect(() => {
    const target = focusAfter.current;
    focusAfter.current = null;
    if (!target) return;
    if (target.id === "add") return addButton.current?.focus();
    const item = list.current?.querySelector(`[data-afspraak="${target.id}"]`);
    const wanted = item?.querySelector<HTMLElement>(`[data-control="${"control" in target ? target.control : "text"}"]`);
    const fallback = item?.querySelector<HTMLElement>("[data-control=up]:not(:disabled), [data-control=down]:not(:disabled)");
    (wanted && !(wanted as HTMLButtonElement).disabled ? wanted : fallback)?.focus();
  });

  const moveAfspraak = (id: string, delta: -1 | 1) => {
    focusAfter.current = { id, control: delta < 0 ? "up" : "down" };
    edit((r) => recordEdits.moveAfspraak(r, id, delta));
  };
  const deleteAfspraak = (index: number) => {
    const neighbour = record.afspraken[index + 1] ?? record.afspraken[index - 1];
    focusAfter.current = neighbour ? { id: neighbour.id, control: "text" } : { id: "add" };
    edit((r) => recordEdits.deleteAfspraak(r, record.afspraken[index]!.id));
  };
  const addAfspraak = () => {
    const id = newId();
    focusAfter.current = { id, control: "text" };
    edit((r) => recordEdits.addAfspraak(r, id));
  };

  return (
    <div class="record-form">
      <h3>{w.positionHeading}</h3>
      <p id={`${base}-hint`}>{w.positionHint(left, right)}</p>
      {record.positions.map((p, i) => {
        const name = p.group.trim() || w.unnamedGroup(i + 1);
        return (
          <div class="record-group" key={p.id}>
            <p class="record-field">
              <label for={`${base}-${p.id}-name`}>{w.groupName}</label>
              <input id={`${base}-${p.id}-name`} type="text" value={p.group} onInput={(e) => edit((r) => recordEdits.renameGroup(r, p.id, e.currentTarget.value))} />
            </p>
            <fieldset class="scale" aria-describedby={`${base}-hint`}>
              <legend class="visually-hidden">{w.groupLegend(name)}</legend>
              <div class="scale__points">
                {labels.map((label, v) => (
                  <label class="scale__point" key={v}>
                    <input
                      type="radio"
                      name={`${base}-${p.id}`}
                      value={v + 1}
                      checked={p.value === v + 1}
                      onChange={() => edit((r) => recordEdits.setPosition(r, p.id, (v + 1) as Position))}
                    />
                    <span>{label}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            {record.positions.length > 1 && (
              <button type="button" class="button button--quiet" onClick={() => edit((r) => recordEdits.removeGroup(r, p.id))}>
                {w.removeGroup(name)}
              </button>
            )}
          </div>
        );
      })}
      <button type="button" class="button button--secondary" onClick={() => edit((r) => recordEdits.addGroup(r, newId()))}>
        {w.addGroup}
      </button>

      <CardVotes dilemma={dilemma} record={record} />

      <p class="record-field">
        <label for={`${base}-notes`}>{w.notes}</label>
        <textarea id={`${base}-notes`} rows={4} value={record.notes} onInput={(e) => edit((r) => recordEdits.setNotes(r, e.currentTarget.value))} />
      </p>

      <h3 id={`${base}-afspraken`}>{w.afspraken}</h3>
      {record.afspraken.length === 0 && <p>{w.noAfspraken}</p>}
      <ol class="afspraken" ref={list} aria-labelledby={`${base}-afspraken`}>
        {record.afspraken.map((a, i) => (
          <li class="afspraak" key={a.id} data-afspraak={a.id}>
            <fieldset>
              <legend>{w.afspraak(i + 1)}</legend>
              <p class="record-field">
                <label for={`${base}-${a.id}-text`}>{w.afspraakText}</label>
                <textarea
                  id={`${base}-${a.id}-text`}
                  data-control="text"
                  rows={2}
                  value={a.text}
                  onInput={(e) => edit((r) => recordEdits.updateAfspraak(r, a.id, { text: e.currentTarget.value }))}
                />
              </p>
              <div class="afspraak__meta">
                <p class="record-field">
                  <label for={`${base}-${a.id}-owner`}>{w.owner}</label>
                  <input id={`${base}-${a.id}-owner`} type="text" value={a.owner} onInput={(e) => edit((r) => recordEdits.updateAfspraak(r, a.id, { owner: e.currentTarget.value }))} />
                </p>
                <p class="record-field">
                  <label for={`${base}-${a.id}-due`}>{w.due}</label>
                  <input id={`${base}-${a.id}-due`} type="date" value={a.due} onInput={(e) => edit((r) => recordEdits.updateAfspraak(r, a.id, { due: e.currentTarget.value }))} />
                </p>
              </div>
              <div class="record-actions">
                <button type="button" class="button button--quiet" data-control="up" aria-label={w.moveUp(i + 1)} disabled={i === 0} onClick={() => moveAfspraak(a.id, -1)}>
                  {w.up}
                </button>
                <button
                  type="button"
                  class="button button--quiet"
                  data-control="down"
                  aria-label={w.moveDown(i + 1)}
                  disabled={i === record.afspraken.length - 1}
                  onClick={() => moveAfspraak(a.id, 1)}
                >
                  {w.down}
                </button>
                <button type="button" class="button button--quiet" aria-label={w.remove(i + 1)} onClick={() => deleteAfspraak(i)}>
                  {w.delete}
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" class="button button--secondary" ref={addButton} onClick={addAfspraak}>
        {w.addAfspraak}
      </button>
    </div>
  );
}
