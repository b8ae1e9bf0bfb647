// The presenter view's clocks, the workshop's time and the current step's countdown, kept for the tab
// (sessionStorage): when a programme moves the presenter window on to another module's page, or the facilitator
// reloads it, they go on where they were.
import { presenterClockKey, stepClockKey } from "./stored-data.ts";

export interface PresenterClock {
  /** Seconds counted before the clock was last started or paused. */
  elapsed: number;
  /** When it runs: the moment (ms since 1970) the clock was last started; null while paused. */
  runningSince: number | null;
}

export const freshClock = (now: number): PresenterClock => ({ elapsed: 0, runningSince: now });

/** Seconds on the clock at `now`. */
export function secondsOn(clock: PresenterClock, now: number): number {
  return clock.elapsed + (clock.runningSince === null ? 0 : Math.max(0, Math.floor((now - clock.runningSince) / 1000)));
}

/** The countdown of a step that starts at `now`: it runs, pauses and resets with the workshop clock (WCAG 2.2.2), and
 *  starts on the clock's next whole second, so the two readouts change together, once a second. */
export function stepClock(clock: PresenterClock, now: number): PresenterClock {
  if (clock.runningSince === null) return { elapsed: 0, runningSince: null };
  return { elapsed: 0, runningSince: now - ((now - clock.runningSince) % 1000) };
}

/** Milliseconds until the running clock shows its next second; null while it is paused (nothing on screen changes). */
export function untilNextSecond(clock: PresenterClock, now: number): number | null {
  return clock.runningSince === null ? null : 1000 - ((now - clock.runningSince) % 1000);
}

/** Milliseconds until the presenter view shows something new: the running clock's next second, or the time of
 *  day's next minute (which goes on while the clock is paused). */
export function untilNextChange(clock: PresenterClock, now: number): number {
  const minute = 60_000 - (now % 60_000);
  return Math.min(untilNextSecond(clock, now) ?? minute, minute);
}

export const pauseClock = (clock: PresenterClock, now: number): PresenterClock => ({ elapsed: secondsOn(clock, now), runningSince: null });
export const resumeClock = (clock: PresenterClock, now: number): PresenterClock => ({ elapsed: clock.elapsed, runningSince: now });

/** `value` read back as a clock, or null when it is not one (or it was only a timer). */
function asClock(value: unknown, now: number): PresenterClock | null {
  const kept = value as Partial<PresenterClock> | null;
  const elapsed = kept?.elapsed;
  const since = kept?.runningSince;
  if (typeof elapsed === "number" && elapsed >= 0 && (since === null || (typeof since === "number" && since <= now))) {
    return { elapsed: Math.floor(elapsed), runningSince: since };
  }
  return null;
}

/** What is kept under `key`, parsed; null when nothing or no JSON is kept there. */
function readKept(storage: Pick<Storage, "getItem"> | null, key: string): unknown {
  try {
    return JSON.parse(storage?.getItem(key) ?? "null");
  } catch {
    return null;
  }
}

function keep(storage: Pick<Storage, "setItem"> | null, key: string, value: unknown): void {
  try {
    storage?.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or refused: the clock still runs in this window.
  }
}

/** The kept clock, or a fresh one when there is none or what is kept is not a clock. */
export function readClock(storage: Pick<Storage, "getItem"> | null, now: number): PresenterClock {
  return asClock(readKept(storage, presenterClockKey), now) ?? freshClock(now);
}

/** The tab's sessionStorage, or null where the browser refuses it (the clock then lives in the window only). */
export function tabStorage(): Storage | null {
  try {
    return sessionStorage;
  } catch {
    return null;
  }
}

export const keepClock = (storage: Pick<Storage, "setItem"> | null, clock: PresenterClock): void => keep(storage, presenterClockKey, clock);

/** The countdown of one step ("module/step"), with the step it counts. */
export interface StepTime {
  step: string;
  clock: PresenterClock;
}

/**
 * The countdown of `step`: the one kept for the tab when it counts this step, so a reload of the presenter view goes
 * on where it was (running or paused); otherwise the step starts now, with the workshop clock (stepClock).
 */
export function readStepTime(storage: Pick<Storage, "getItem"> | null, step: string, clock: PresenterClock, now: number): StepTime {
  const kept = readKept(storage, stepClockKey) as Partial<StepTime> | null;
  const counted = kept?.step === step ? asClock(kept.clock, now) : null;
  return { step, clock: counted ?? stepClock(clock, now) };
}

export const keepStepTime = (storage: Pick<Storage, "setItem"> | null, time: StepTime): void => keep(storage, stepClockKey, time);
