// On the draaiboek of a programme: keeps the steps of the programme (from ?p=…) in its order and hides the rest,
// and puts the programme's total time on top. Without JavaScript (or without a programme) every step stays.
import { useLayoutEffect, useState } from "preact/hooks";
import { nlWorkshop } from "../../i18n/nl-workshop.ts";
import { parseProgramme, programmeProblems, walkable, type Catalogue } from "../../lib/programme.ts";
import { formatMinutes, totalTime } from "../../lib/step-time.ts";

export default function ProgrammeDraaiboek({ catalogue, minutes }: { catalogue: Catalogue; minutes: Record<string, number> }) {
  const w = nlWorkshop;
  const entries = parseProgramme(new URLSearchParams(location.search).get("p"));
  const walk = walkable(entries, catalogue);
  const problems = programmeProblems(entries, catalogue).filter((p): p is string => p !== null);
  const [ready, setReady] = useState(false);

  useLayoutEffect(() => {
    if (walk.length === 0) return;
    const sections = new Map([...document.querySelectorAll<HTMLElement>("[data-programme-step]")].map((s) => [s.dataset.programmeStep, s]));
    const holder = document.querySelector<HTMLElement>("[data-draaiboek-steps]");
    for (const section of sections.values()) section.hidden = true;
    // The same step may come twice in a programme: later copies are clones of the rendered section.
    const used = new Set<string>();
    for (const [i, item] of walk.entries()) {
      const key = `${item.moduleId}/${item.stepId}`;
      const original = sections.get(key);
      if (!original || !holder) continue;
      const section = used.has(key) ? (original.cloneNode(true) as HTMLElement) : original;
      if (section !== original) {
        // A copy gets ids of its own, so that its heading still names it.
        section.id = `${original.id}-${i + 1}`;
        const title = section.querySelector(".draaiboek-step__title");
        title?.setAttribute("id", `${section.id}-titel`);
        section.setAttribute("aria-labelledby", `${section.id}-titel`);
      }
      used.add(key);
      section.hidden = false;
      const number = section.querySelector(".draaiboek-step__number");
      if (number) number.textContent = `${i + 1}.`;
      holder.append(section);
    }
    setReady(true);
  }, []);

  const total = totalTime(walk.map((e) => minutes[`${e.moduleId}/${e.stepId}`]));
  if (walk.length === 0) return <p class="utrecht-alert utrecht-alert--warning notice">{w.programmeDraaiboekNone}</p>;
  return (
    <>
      {problems.map((p) => (
        <p class="utrecht-alert utrecht-alert--warning notice notice--warning" key={p}>
          {p}
        </p>
      ))}
      {ready && <p class="draaiboek__total">{w.draaiboekTotal(formatMinutes(total.minutes), total.withoutTime)}</p>}
    </>
  );
}
