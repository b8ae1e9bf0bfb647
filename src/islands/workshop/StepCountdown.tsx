// The countdown for the current step in the presenter view, beside the total clock. The presenter view keeps its
// time (use-presenter-clocks.ts: it starts again on each new step, pauses and resets with the clock, and survives a
// reload); the last two minutes turn amber and over time turns red, always with the state in words too.
import { nlWorkshop } from "../../i18n/nl-workshop.ts";
import { countdown, formatMinutes } from "../../lib/step-time.ts";

interface Props {
  /** Seconds spent on this step so far. */
  seconds: number;
  minutes: number | undefined;
}

export default function StepCountdown({ seconds, minutes }: Props) {
  const w = nlWorkshop;
  if (minutes === undefined) return <p class="step-countdown step-countdown--none">{w.stepTimeNone}</p>;
  const shown = countdown(minutes, seconds);
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
