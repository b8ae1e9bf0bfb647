// The presenter view's total clock, kept for the tab (sessionStorage): when a programme moves the presenter
// window on to another module's page, or the facilitator reloads it, the workshop time goes on where it was.
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

export const pauseClock = (clock: PresenterClock, now: number): PresenterClock => ({ elapsed: secondsOn(clock, now), runningSince: null });
export const resumeClock = (clock: PresenterClock, now: number): PresenterClock => ({ elapsed: clock.elapsed, runningSince: now });

/** The kept clock, or a fresh one when there is none or what is kept is not a clock (it was only a timer). */
export function readClock(storage: Pick<Storage, "getItem">, now: number): PresenterClock {
  try {
    const value = JSON.parse(storage.getItem(presenterClockKey) ?? "null") as Partial<PresenterClock> | null;
    const elapsed = value?.elapsed;
    const since = value?.runningSince;
    if (typeof elapsed === "number" && elapsed >= 0 && (since === null || (typeof since === "number" && since <= now))) {
      return { elapsed: Math.floor(elapsed), runningSince: since };
    }
  } catch {
    // Not JSON: start again, as on a first visit.
  }
  return freshClock(now);
}

/** The tab's sessionStorage, or null where the browser refuses it (the clock then lives in the window only). */
export function tabStorage(): Storage | null {
  try {
    return sessionStorage;
  } catch {
    return null;
  }
}

export function keepClock(storage: Pick<Storage, "setItem">, clock: PresenterClock): void {
  try {
    storage.setItem(presenterClockKey, JSON.stringify(clock));
  } catch {
    // Storage full or refused: the clock still runs in this window.
  }
}

/**
 * When the countdown of `step` ("module/step") started: kept for the tab, so a reload of the presenter view goes on
 * counting instead of starting the step's time again. A new step starts now.
 */
export function stepStart(storage: Pick<Storage, "getItem" | "setItem"> | null, step: string, now: number): number {
  try {
    const kept = JSON.parse(storage?.getItem(stepClockKey) ?? "null") as { step?: unknown; since?: unknown } | null;
    if (kept?.step === step && typeof kept.since === "number" && kept.since <= now) return kept.since;
  } catch {
    // Not JSON: the step starts now.
  }
  try {
    storage?.setItem(stepClockKey, JSON.stringify({ step, since: now }));
  } catch {
    // Storage full or refused: the countdown still runs in this window.
  }
  return now;
}
