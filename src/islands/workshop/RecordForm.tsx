// The record of one step: on a dilemma where each participant group stands on the scale between the two
// perspectives; where the step has answers A–D, the card vote; on every step the notes and the afspraken
// (AfspraakList). Every keystroke is saved in this browser (src/stores/workshop.ts).
import { nlWorkshop } from "../../i18n/nl-workshop.ts";
import { emptyRecord, recordEdits } from "../../lib/workshop-record/edits.ts";
import { newId, recordKey, type DilemmaRef, type Position, type WorkshopRecord, type WorkshopSession } from "../../lib/workshop-record/schema.ts";
import { editCurrentRecord } from "../../stores/workshop.ts";
import { AfspraakList } from "./AfspraakList.tsx";
import { CardVotes } from "./CardVotes.tsx";

const w = nlWorkshop;

/** With no session yet (`null`), the first edit starts one. */
export function RecordForm({ session, dilemma }: { session: WorkshopSession | null; dilemma: DilemmaRef }) {
  const record: WorkshopRecord = session?.records[recordKey(dilemma)] ?? emptyRecord(dilemma);
  const edit = (change: (r: WorkshopRecord) => WorkshopRecord) => editCurrentRecord(dilemma, change);
  const base = `record-${dilemma.stepId}`;
  return (
    <div class="record-form">
      {dilemma.perspectives && <Positions record={record} perspectives={dilemma.perspectives} base={base} edit={edit} />}

      <CardVotes dilemma={dilemma} record={record} />

      <p class="record-field">
        <label for={`${base}-notes`}>{w.notes}</label>
        <textarea id={`${base}-notes`} rows={4} value={record.notes} onInput={(e) => edit((r) => recordEdits.setNotes(r, e.currentTarget.value))} />
      </p>

      <AfspraakList afspraken={record.afspraken} base={base} edit={edit} />
    </div>
  );
}

interface PositionsProps {
  record: WorkshopRecord;
  perspectives: [string, string];
  base: string;
  edit: (change: (r: WorkshopRecord) => WorkshopRecord) => void;
}

/** Where each participant group stands on the scale between the step's two perspectives. */
function Positions({ record, perspectives: [left, right], base, edit }: PositionsProps) {
  const labels = w.scale(left, right);
  return (
    <>
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
              <button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => edit((r) => recordEdits.removeGroup(r, p.id))}>
                {w.removeGroup(name)}
              </button>
            )}
          </div>
        );
      })}
      <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => edit((r) => recordEdits.addGroup(r, newId()))}>
        {w.addGroup}
      </button>
    </>
  );
}
