// On the draaiboek of a programme: makes the run sheet of the programme (from ?p=…). Its steps in its order, with
// the welcome, breaks and own items between them; per item the clock time from the start time (or from 0:00), the
// running total and the minutes; per step only the voorbeelden chosen. The total goes on top. Without JavaScript
// (or without a programme) every step of every module stays, with its time within its module.
import { useLayoutEffect, useState } from "preact/hooks";
import { nlWorkshop } from "../../i18n/nl-workshop.ts";
import { isStep, parseProgramme, programmeProblems, type Catalogue } from "../../lib/programme.ts";
import { clockAt, runSheet, timeSpan, type RunSheetItem } from "../../lib/run-sheet.ts";
import { formatMinutes, totalTime } from "../../lib/step-time.ts";
import { arrangeSections } from "./programme-sections.ts";

const w = nlWorkshop;

/** An own item (welkom, pauze, afsluiting, eigen) as an article like a step's: its title, when, and how long. */
function ownSection(item: RunSheetItem, start: string | undefined): HTMLElement {
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = "") => Object.assign(document.createElement(tag), { className, textContent: text });
  const id = `draaiboek-onderdeel-${item.index + 1}`;
  const article = make("article", "draaiboek-step draaiboek-step--own");
  article.id = id;
  article.setAttribute("aria-labelledby", `${id}-titel`);
  const heading = make("h2", "draaiboek-step__title");
  heading.id = `${id}-titel`;
  const number = make("span", "draaiboek-step__number");
  number.dataset.programmeNumber = "";
  heading.append(number, ` ${item.title}`);
  const facts = make("dl", "draaiboek-step__facts");
  const when = make("dd", "");
  when.append(make("span", "draaiboek-step__when", timeSpan(start, item)), " ", make("span", "draaiboek-step__so-far", `(${w.draaiboekSoFar(formatMinutes(item.to))})`));
  for (const [term, value] of [
    [w.draaiboekWhen, when],
    [w.draaiboekTime, make("dd", "", formatMinutes(item.minutes ?? 0))],
  ] as const) {
    const row = document.createElement("div");
    row.append(make("dt", "", term), value);
    facts.append(row);
  }
  article.append(heading, facts);
  return article;
}

/** Writes a step's time, running total and minutes, and leaves only the chosen voorbeelden. */
function fillStep(section: HTMLElement, item: RunSheetItem, start: string | undefined): void {
  const set = (selector: string, text: string) => section.querySelector(selector)?.replaceChildren(text);
  set("[data-run-span]", timeSpan(start, item));
  set("[data-run-total]", `(${w.draaiboekSoFar(formatMinutes(item.to))})`);
  set("[data-run-minutes]", item.minutes ? formatMinutes(item.minutes) : w.draaiboekNoTime);
  const chosen = isStep(item.entry) ? item.entry.options : undefined;
  for (const option of section.querySelectorAll<HTMLElement>("[data-programme-option]")) option.hidden = chosen !== undefined && !chosen.includes(option.dataset.programmeOption!);
  // With none chosen, the heading goes too.
  const shown = section.querySelector<HTMLElement>("[data-programme-options]");
  if (shown) shown.hidden = !shown.querySelector("[data-programme-option]:not([hidden])");
}

export default function ProgrammeDraaiboek({ catalogue }: { catalogue: Catalogue }) {
  const programme = parseProgramme(new URLSearchParams(location.search).get("p"));
  const sheet = runSheet(programme, catalogue);
  const problems = programmeProblems(programme.entries, catalogue).filter((p): p is string => p !== null);
  const [ready, setReady] = useState(false);

  useLayoutEffect(() => {
    const holder = document.querySelector<HTMLElement>("[data-draaiboek-steps]");
    if (sheet.length === 0 || !holder) return;
    const placed = arrangeSections(holder, sheet, (item) => ownSection(item, programme.start));
    for (const [i, section] of placed.entries()) if (section && sheet[i]!.key) fillStep(section, sheet[i]!, programme.start);
    setReady(true);
  }, []);

  if (sheet.length === 0) return <p class="utrecht-alert utrecht-alert--warning notice">{w.programmeDraaiboekNone}</p>;
  const total = totalTime(sheet.map((i) => i.minutes));
  const end = sheet.at(-1)!.to;
  return (
    <>
      {problems.map((p) => (
        <p class="utrecht-alert utrecht-alert--warning notice notice--warning" key={p}>
          {p}
        </p>
      ))}
      {ready && (
        <p class="draaiboek__total">
          {w.draaiboekTotal(formatMinutes(total.minutes), total.withoutTime)} {programme.start && w.programmeEnds(clockAt(programme.start, 0), clockAt(programme.start, end))}
        </p>
      )}
    </>
  );
}
