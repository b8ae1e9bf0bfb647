// The countdown for the current step in the presenter view, beside the total clock. It starts again whenever the
// step changes, not when the presenter view reloads (presenter-clock.ts keeps its start for the tab); the last two
// minutes turn amber and over time turns red, always with the state in words too.
import { useEffect, useState } from "preact/hooks";
import { nlWorkshop } from "../../i18n/nl-workshop.ts";
import { countdown, formatMinutes } from "../../lib/step-time.ts";
import { stepStart, tabStorage } from "../../lib/presenter-clock.ts";

interface Props {
  /** "module/step": changes when the presentation moves to another step (options within a step keep it going). */
  stepKey: string;
  minutes: number | undefined;
}

export default function StepCountdown({ stepKey, minutes }: Props) {
  const w = nlWorkshop;
  const [startedAt, setStartedAt] = useState(() => stepStart(tabStorage(), stepKey, Date.now()));
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    setStartedAt(stepStart(tabStorage(), stepKey, Date.now()));
    setNow(Date.now());
    const tick = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(tick);
  }, [stepKey]);

  if (minutes === undefined) return <p class="step-countdown step-countdown--none">{w.stepTimeNone}</p>;
  const shown = countdown(minutes, (now - startedAt) / 1000);
  return (
    <p class="step-countdown" data-state={shown.state}>
      <span class="step-countdown__label" id="step-countdown">{w.stepTime(formatMinutes(minutes))}</span>:{" "}
      <span role="timer" aria-labelledby="step-countdown">
        {shown.clock}
      </span>{" "}
      <strong class="step-countdown__text">{shown.text}</strong>
    </p>
  );
}
