// In the programme builder: the items of the facilitator's own (welkom, pauze, afsluiting, and a free item with a
// title and minutes) and the start time, from which the draaiboek gives every item its clock time.
import { useState } from "preact/hooks";
import { nlWorkshop } from "../../i18n/nl-workshop.ts";
import { minutesRange, ownMinutes, type OwnItem } from "../../lib/programme.ts";

const w = nlWorkshop;

export function StartTime({ start, onChange }: { start: string | undefined; onChange: (start: string | undefined) => void }) {
  return (
    <p class="record-field programme-builder__start">
      <label for="programma-start">{w.programmeStart}</label>
      <input id="programma-start" type="time" value={start ?? ""} aria-describedby="programma-start-hint" onChange={(e) => onChange(e.currentTarget.value || undefined)} />
      <span id="programma-start-hint" class="record-field__hint">
        {w.programmeStartHint}
      </span>
    </p>
  );
}

export function OwnItems({ onAdd, onProblem }: { onAdd: (item: OwnItem) => void; onProblem: (message: string) => void }) {
  const [title, setTitle] = useState("");
  const [minutes, setMinutes] = useState(String(ownMinutes.eigen));
  const addFree = () => {
    if (!title.trim()) {
      onProblem(w.programmeOwnNeedsTitle);
      document.getElementById("programma-eigen-titel")?.focus();
      return;
    }
    const n = Math.min(minutesRange.max, Math.max(minutesRange.min, Math.round(Number(minutes)) || ownMinutes.eigen));
    onAdd({ own: "eigen", minutes: n, title: title.trim() });
    setTitle("");
  };
  return (
    <fieldset class="programme-builder__own">
      <legend>{w.programmeOwnHeading}</legend>
      <p class="record-field__hint">{w.programmeOwnHint}</p>
      <div class="record-actions">
        {(["welkom", "pauze", "afsluiting"] as const).map((own) => (
          <button key={own} type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => onAdd({ own, minutes: ownMinutes[own] })}>
            {w.programmeAddOwn(w.ownItems[own])}
          </button>
        ))}
      </div>
      <div class="programme-builder__free">
        <p class="record-field">
          <label for="programma-eigen-titel">{w.programmeOwnTitle}</label>
          <input id="programma-eigen-titel" type="text" value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
        </p>
        <p class="record-field">
          <label for="programma-eigen-minuten">{w.programmeOwnMinutes}</label>
          <input id="programma-eigen-minuten" type="number" inputMode="numeric" min={minutesRange.min} max={minutesRange.max} value={minutes} onInput={(e) => setMinutes(e.currentTarget.value)} />
        </p>
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={addFree}>
          {w.programmeAddFree}
        </button>
      </div>
    </fieldset>
  );
}
