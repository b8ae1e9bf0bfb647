// The afspraken of a dilemma: text, who and when, in an order the group can change. After a move or a delete the
// list re-renders; focus goes to the control that moved, or to a neighbour, so a keyboard user is never lost.
import { useLayoutEffect, useRef } from "preact/hooks";
import { nlWorkshop } from "../../i18n/nl-workshop.ts";
import { recordEdits } from "../../lib/workshop-record/edits.ts";
import { newId, type Afspraak, type WorkshopRecord } from "../../lib/workshop-record/schema.ts";

const w = nlWorkshop;

/** Where focus goes after an afspraak moved or was deleted (the list re-renders; focus must not be lost). */
type FocusAfter = { id: string; control: "up" | "down" | "text" } | { id: "add" } | null;

interface Props {
  afspraken: Afspraak[];
  /** The start of every field id of this dilemma's form. */
  base: string;
  edit: (change: (r: WorkshopRecord) => WorkshopRecord) => void;
}

export function AfspraakList({ afspraken, base, edit }: Props) {
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
    const neighbour = afspraken[index + 1] ?? afspraken[index - 1];
    focusAfter.current = neighbour ? { id: neighbour.id, control: "text" } : { id: "add" };
    edit((r) => recordEdits.deleteAfspraak(r, afspraken[index]!.id));
  };
  const addAfspraak = () => {
    const id = newId();
    focusAfter.current = { id, control: "text" };
    edit((r) => recordEdits.addAfspraak(r, id));
  };

  return (
    <>
      <h3 id={`${base}-afspraken`}>{w.afspraken}</h3>
      {afspraken.length === 0 && <p>{w.noAfspraken}</p>}
      <ol class="afspraken" ref={list} aria-labelledby={`${base}-afspraken`}>
        {afspraken.map((a, i) => (
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
                <button type="button" class="utrecht-button utrecht-button--subtle" data-control="up" aria-label={w.moveUp(i + 1)} disabled={i === 0} onClick={() => moveAfspraak(a.id, -1)}>
                  {w.up}
                </button>
                <button
                  type="button"
                  class="utrecht-button utrecht-button--subtle"
                  data-control="down"
                  aria-label={w.moveDown(i + 1)}
                  disabled={i === afspraken.length - 1}
                  onClick={() => moveAfspraak(a.id, 1)}
                >
                  {w.down}
                </button>
                <button type="button" class="utrecht-button utrecht-button--subtle" aria-label={w.remove(i + 1)} onClick={() => deleteAfspraak(i)}>
                  {w.delete}
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" class="utrecht-button utrecht-button--secondary-action" ref={addButton} onClick={addAfspraak}>
        {w.addAfspraak}
      </button>
    </>
  );
}
