// Time per step in a workshop: the countdown the presenter view shows for the current step, and the total time
// the draaiboek adds up. Pure functions over minutes and seconds; the words come from the workshop dictionary.
import { nlWorkshop } from "../i18n/nl-workshop.ts";

/** ok: plenty of time; soon: the last two minutes (amber); over: the time is up (red). */
export type CountdownState = "ok" | "soon" | "over";

/** From this many seconds left, the countdown warns. */
export const warnSeconds = 120;

export interface Countdown {
  state: CountdownState;
  /** Seconds left; negative when over time. */
  remaining: number;
  /** The clock as the facilitator reads it: "12:30", or "+03:10" over time. */
  clock: string;
  /** The same in words, so the state is not told by colour alone: "nog 13 min", "3 min over". */
  text: string;
}

const twoDigits = (n: number) => String(n).padStart(2, "0");

export function countdown(minutes: number, elapsedSeconds: number): Countdown {
  const remaining = minutes * 60 - Math.max(0, Math.floor(elapsedSeconds));
  const size = Math.abs(remaining);
  const clock = `${remaining < 0 ? "+" : ""}${twoDigits(Math.floor(size / 60))}:${twoDigits(size % 60)}`;
  const w = nlWorkshop;
  if (remaining <= 0)
    return {
      state: "over",
      remaining,
      clock,
      text: size < 60 ? w.timeUp : w.minutesOver(Math.floor(size / 60)),
    };
  const text = remaining < 60 ? w.secondsLeft(remaining) : w.minutesLeft(Math.ceil(remaining / 60));
  return {
    state: remaining <= warnSeconds ? "soon" : "ok",
    remaining,
    clock,
    text,
  };
}

/** The sum of the steps' times, and how many steps have no time of their own. */
export function totalTime(durations: (number | undefined)[]): {
  minutes: number;
  withoutTime: number;
} {
  return {
    minutes: durations.reduce<number>((sum, d) => sum + (d ?? 0), 0),
    withoutTime: durations.filter((d) => d === undefined).length,
  };
}

/** "15 min", "1 uur", "1 uur en 20 min". */
export function formatMinutes(minutes: number): string {
  const w = nlWorkshop;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return w.minutes(rest);
  return rest === 0 ? w.hours(hours) : `${w.hours(hours)} en ${w.minutes(rest)}`;
}
