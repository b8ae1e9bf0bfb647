// Builds a workshop programme from steps of any module: add, order, choose the options, remove. The programme
// lives in the URL (?p=…), so the page can be bookmarked and shared; nothing is stored or sent anywhere.
import { useEffect, useRef, useState } from "preact/hooks";
import { nlWorkshop } from "../../i18n/nl-workshop.ts";
import { workshopModeKey } from "../../lib/stored-data.ts";
import { joinBase, modulePath } from "../../lib/paths.ts";
import {
  isMalformed,
  moveEntry,
  parseProgramme,
  programmeProblems,
  programmeQuery,
  walkable,
  type Catalogue,
  type ProgrammeEntry,
  type ProgrammeItem,
} from "../../lib/programme.ts";
import { formatMinutes, totalTime } from "../../lib/step-time.ts";

interface Props {
  catalogue: Catalogue;
  minutes: Record<string, number>;
  links: { base: string; draaiboek: string };
}

const w = nlWorkshop;

export default function ProgrammeBuilder({ catalogue, minutes, links }: Props) {
  const [entries, setEntries] = useState<ProgrammeEntry[]>(() => parseProgramme(new URLSearchParams(location.search).get("p")));
  const [status, setStatus] = useState("");
  const [choice, setChoice] = useState("");
  // "Voeg toe" with no step chosen: say what to do, at the field (WCAG 3.3.1).
  const [noChoice, setNoChoice] = useState(false);
  const chooser = useRef<HTMLSelectElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const focusAfter = useRef<string | null>(null);

  useEffect(() => {
    history.replaceState(history.state, "", `${location.pathname}${programmeQuery(entries)}${location.hash}`);
    const target = focusAfter.current;
    focusAfter.current = null;
    if (target) document.getElementById(target)?.focus();
  }, [entries]);

  const problems = programmeProblems(entries, catalogue);
  const stepOf = (e: ProgrammeItem) => catalogue[e.moduleId]?.steps.find((s) => s.id === e.stepId);
  const titleOf = (e: ProgrammeEntry) => (isMalformed(e) ? e.raw : (stepOf(e)?.title ?? `${e.moduleId}:${e.stepId}`));
  const walk = walkable(entries, catalogue);
  const total = totalTime(walk.map((e) => minutes[`${e.moduleId}/${e.stepId}`]));
  const query = programmeQuery(entries);
  const first = walk[0];

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
  const toggleOption = (index: number, optionId: string, on: boolean) => {
    const entry = entries[index] as ProgrammeItem;
    const all = stepOf(entry)?.options.map((o) => o.id) ?? [];
    const current = entry.options ?? all;
    const next = on ? all.filter((id) => id === optionId || current.includes(id)) : current.filter((id) => id !== optionId);
    setEntries(entries.map((e, i) => (i === index ? { moduleId: entry.moduleId, stepId: entry.stepId, ...(next.length === all.length ? {} : { options: next }) } : e)));
  };

  return (
    <section class="programme-builder" aria-labelledby="programma-jouw">
      <h2 id="programma-jouw">{w.programmeYours}</h2>
      {entries.length === 0 ? <p>{w.programmeEmpty}</p> : <p class="draaiboek__total">{w.draaiboekTotal(formatMinutes(total.minutes), total.withoutTime)}</p>}
      <ol class="programme-builder__list" ref={list}>
        {entries.map((entry, index) => {
          const step = isMalformed(entry) ? undefined : stepOf(entry);
          const title = titleOf(entry);
          const time = isMalformed(entry) ? undefined : minutes[`${entry.moduleId}/${entry.stepId}`];
          return (
            <li class="programme-builder__item" key={`${index}-${title}`}>
              <p class="programme-builder__title">
                {!isMalformed(entry) && catalogue[entry.moduleId] && <span class="programme-builder__module">{catalogue[entry.moduleId]!.title}: </span>}
                <strong>{title}</strong>
                {time && ` (${formatMinutes(time)})`}
              </p>
              {problems[index] && <p class="notice notice--warning">{problems[index]}</p>}
              {step && !isMalformed(entry) && step.options.length > 0 && (
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
                <button type="button" class="button button--quiet" id={`programma-${index}-up`} aria-label={w.programmeUp(title)} disabled={index === 0} onClick={() => move(index, -1)}>
                  {w.up}
                </button>
                <button
                  type="button"
                  class="button button--quiet"
                  id={`programma-${index}-down`}
                  aria-label={w.programmeDown(title)}
                  disabled={index === entries.length - 1}
                  onClick={() => move(index, 1)}
                >
                  {w.down}
                </button>
                <button type="button" class="button button--quiet" id={`programma-${index}-remove`} aria-label={w.programmeRemove(title)} onClick={() => remove(index)}>
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
      <div role="alert">{noChoice && <p id="programma-kies-fout" class="notice notice--warning">{w.programmeNoChoice}</p>}</div>
      <button type="button" class="button button--secondary" onClick={add}>
        {w.programmeAdd}
      </button>
      <p role="status" class="record-panel__status">
        {status}
      </p>
      {first && (
        <div class="record-actions programme-builder__actions">
          <a class="button" href={`${modulePath(links.base, first.moduleId)}${query}#${first.stepId}`} onClick={() => sessionStorage.setItem(workshopModeKey, "present")}>
            {w.programmePresent}
          </a>
          <a class="button button--secondary" href={`${links.draaiboek}${query}`}>
            {w.programmeDraaiboek}
          </a>
          <a class="button button--secondary" href={`${joinBase(links.base, "workshop/programma/")}${query}`}>
            {w.programmeLink}
          </a>
        </div>
      )}
    </section>
  );
}
