// Builds a workshop programme from steps of any module and items of the facilitator's own: add, order, set the
// minutes of any item and the start time, choose the options, remove. The programme lives in the URL (?p=…), so the
// page can be bookmarked and shared; nothing is stored or sent anywhere.
import { useEffect, useRef, useState } from "preact/hooks";
import { nlWorkshop } from "../../i18n/nl-workshop.ts";
import { workshopModeKey } from "../../lib/keys.ts";
import { joinBase, modulePath } from "../../lib/paths.ts";
import {
  addOwnItem,
  isMalformed,
  isStep,
  minutesRange,
  moveEntry,
  parseProgramme,
  programmeProblems,
  programmeQuery,
  walkable,
  withMinutes,
  type Catalogue,
  type OwnItem,
  type Programme,
  type ProgrammeEntry,
  type ProgrammeItem,
} from "../../lib/programme.ts";
import { clockAt, ownTitle, runSheet, timeSpan } from "../../lib/run-sheet.ts";
import { formatMinutes, totalTime } from "../../lib/step-time.ts";
import { OwnItems, StartTime } from "./ProgrammeOwnItems.tsx";

interface Props {
  catalogue: Catalogue;
  links: { base: string; draaiboek: string; worksheet: string };
}

const w = nlWorkshop;

export default function ProgrammeBuilder({ catalogue, links }: Props) {
  const [programme, setProgramme] = useState<Programme>(() => parseProgramme(new URLSearchParams(location.search).get("p")));
  const [status, setStatus] = useState("");
  const [choice, setChoice] = useState("");
  // "Voeg toe" with no step chosen: say what to do, at the field (WCAG 3.3.1).
  const [noChoice, setNoChoice] = useState(false);
  const chooser = useRef<HTMLSelectElement>(null);
  const focusAfter = useRef<string | null>(null);
  const { entries, start } = programme;
  const setEntries = (next: ProgrammeEntry[]) => setProgramme({ ...programme, entries: next });

  useEffect(() => {
    history.replaceState(history.state, "", `${location.pathname}${programmeQuery(programme)}${location.hash}`);
    const target = focusAfter.current;
    focusAfter.current = null;
    if (target) document.getElementById(target)?.focus();
  }, [programme]);

  const problems = programmeProblems(entries, catalogue);
  const stepOf = (e: ProgrammeItem) => catalogue[e.moduleId]?.steps.find((s) => s.id === e.stepId);
  const titleOf = (e: ProgrammeEntry) => (isMalformed(e) ? e.raw : isStep(e) ? (stepOf(e)?.title ?? `${e.moduleId}:${e.stepId}`) : ownTitle(e));
  const sheet = runSheet(programme, catalogue);
  const timed = new Map(sheet.map((item) => [item.index, item]));
  const total = totalTime(sheet.map((i) => i.minutes));
  const end = sheet.at(-1)?.to ?? 0;
  const query = programmeQuery(programme);
  const first = walkable(entries, catalogue)[0];

  const add = () => {
    const [moduleId, stepId] = choice.split(":");
    if (!moduleId || !stepId) {
      setNoChoice(true);
      chooser.current?.focus();
      return;
    }
    setEntries([...entries, { moduleId, stepId }]);
    setStatus(w.programmeAdded(titleOf({ moduleId, stepId })));
  };
  const addOwn = (item: OwnItem) => {
    setEntries(addOwnItem(entries, item));
    setStatus(w.programmeAdded(ownTitle(item)));
  };
  const move = (index: number, delta: -1 | 1) => {
    const to = index + delta;
    // At the top or bottom that button is disabled: focus stays on the step with the other one.
    const control = to === 0 ? "down" : to === entries.length - 1 ? "up" : delta < 0 ? "up" : "down";
    focusAfter.current = `programma-${to}-${control}`;
    setEntries(moveEntry(entries, index, delta));
  };
  const remove = (index: number) => {
    focusAfter.current = entries.length > 1 ? `programma-${Math.min(index, entries.length - 2)}-remove` : "programma-kies";
    setStatus(w.programmeRemoved(titleOf(entries[index]!)));
    setEntries(entries.filter((_, i) => i !== index));
  };
  const setMinutes = (index: number, text: string) => {
    const entry = entries[index] as ProgrammeItem | OwnItem;
    const ownTime = isStep(entry) ? stepOf(entry)?.minutes : undefined;
    // An emptied field gives a step its own time back; an own item keeps what it had.
    const n = text === "" ? ownTime : Number(text);
    if (n === undefined ? !isStep(entry) : !Number.isInteger(n) || n < minutesRange.min || n > minutesRange.max) return;
    setEntries(entries.map((e, i) => (i === index ? withMinutes(entry, n, ownTime) : e)));
  };
  const toggleOption = (index: number, optionId: string, on: boolean) => {
    const entry = entries[index] as ProgrammeItem;
    const all = stepOf(entry)?.options.map((o) => o.id) ?? [];
    const current = entry.options ?? all;
    const next = on ? all.filter((id) => id === optionId || current.includes(id)) : current.filter((id) => id !== optionId);
    const { options: _, ...rest } = entry;
    setEntries(entries.map((e, i) => (i === index ? { ...rest, ...(next.length === all.length ? {} : { options: next }) } : e)));
  };

  return (
    <section class="programme-builder" aria-labelledby="programma-jouw">
      <h2 id="programma-jouw">{w.programmeYours}</h2>
      <StartTime start={start} onChange={(next) => setProgramme({ entries, ...(next ? { start: next } : {}) })} />
      {entries.length === 0 ? (
        <p>{w.programmeEmpty}</p>
      ) : (
        <p class="draaiboek__total">
          {w.draaiboekTotal(formatMinutes(total.minutes), total.withoutTime)} {start && w.programmeEnds(clockAt(start, 0), clockAt(start, end))}
        </p>
      )}
      <ol class="programme-builder__list">
        {entries.map((entry, index) => {
          const step = isStep(entry) ? stepOf(entry) : undefined;
          const title = titleOf(entry);
          const item = timed.get(index);
          return (
            <li class="programme-builder__item" key={`${index}-${title}`}>
              <p class="programme-builder__title">
                {item && <span class="programme-builder__time">{timeSpan(start, item)} </span>}
                {isStep(entry) && catalogue[entry.moduleId] && <span class="programme-builder__module">{catalogue[entry.moduleId]!.title}: </span>}
                <strong>{title}</strong>
                {item?.minutes && ` (${formatMinutes(item.minutes)})`}
              </p>
              {problems[index] && <p class="utrecht-alert utrecht-alert--warning notice notice--warning">{problems[index]}</p>}
              {item && (
                <p class="record-field programme-builder__minutes">
                  <label for={`programma-${index}-minuten`}>
                    {w.programmeOwnMinutes}
                    <span class="visually-hidden"> {w.programmeMinutesOf(title)}</span>
                  </label>
                  <input
                    id={`programma-${index}-minuten`}
                    type="number"
                    inputMode="numeric"
                    min={minutesRange.min}
                    max={minutesRange.max}
                    value={item.minutes ?? ""}
                    onChange={(e) => setMinutes(index, e.currentTarget.value)}
                  />
                </p>
              )}
              {step && isStep(entry) && step.options.length > 0 && (
                <fieldset class="programme-builder__options">
                  <legend>{w.programmeOptions(step.title)}</legend>
                  {step.options.map((option) => (
                    <label key={option.id}>
                      <input
                        type="checkbox"
                        checked={entry.options === undefined || entry.options.includes(option.id)}
                        onChange={(e) => toggleOption(index, option.id, e.currentTarget.checked)}
                      />{" "}
                      {option.title}
                    </label>
                  ))}
                </fieldset>
              )}
              <div class="record-actions">
                <button type="button" class="utrecht-button utrecht-button--subtle" id={`programma-${index}-up`} aria-label={w.programmeUp(title)} disabled={index === 0} onClick={() => move(index, -1)}>
                  {w.up}
                </button>
                <button
                  type="button"
                  class="utrecht-button utrecht-button--subtle"
                  id={`programma-${index}-down`}
                  aria-label={w.programmeDown(title)}
                  disabled={index === entries.length - 1}
                  onClick={() => move(index, 1)}
                >
                  {w.down}
                </button>
                <button type="button" class="utrecht-button utrecht-button--subtle" id={`programma-${index}-remove`} aria-label={w.programmeRemove(title)} onClick={() => remove(index)}>
                  {w.delete}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <p class="record-field">
        <label for="programma-kies">{w.programmeChoose}</label>
        <select
          id="programma-kies"
          ref={chooser}
          value={choice}
          aria-invalid={noChoice ? "true" : undefined}
          aria-describedby={noChoice ? "programma-kies-fout" : undefined}
          onChange={(e) => {
            setChoice(e.currentTarget.value);
            setNoChoice(false);
          }}
        >
          <option value="">…</option>
          {Object.entries(catalogue).map(([moduleId, module]) => (
            <optgroup key={moduleId} label={module.title}>
              {module.steps.map((s) => (
                <option key={s.id} value={`${moduleId}:${s.id}`}>
                  {s.title}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </p>
      <div role="alert">{noChoice && <p id="programma-kies-fout" class="utrecht-alert utrecht-alert--warning notice notice--warning">{w.programmeNoChoice}</p>}</div>
      <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={add}>
        {w.programmeAdd}
      </button>
      <OwnItems onAdd={addOwn} onProblem={setStatus} />
      <p role="status" class="record-panel__status">
        {status}
      </p>
      {first && (
        <div class="record-actions programme-builder__actions">
          <a class="utrecht-button utrecht-button--primary-action" href={`${modulePath(links.base, first.moduleId)}${query}#${first.stepId}`} onClick={() => sessionStorage.setItem(workshopModeKey, "present")}>
            {w.programmePresent}
          </a>
          <a class="utrecht-button utrecht-button--secondary-action" href={`${links.draaiboek}${query}`}>
            {w.programmeDraaiboek}
          </a>
          <a class="utrecht-button utrecht-button--secondary-action" href={`${links.worksheet}${query}`}>
            {w.programmeWorksheet}
          </a>
          <a class="utrecht-button utrecht-button--secondary-action" href={`${joinBase(links.base, "workshop/programma/")}${query}`}>
            {w.programmeLink}
          </a>
        </div>
      )}
    </section>
  );
}
