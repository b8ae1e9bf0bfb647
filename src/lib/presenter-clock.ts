// The presenter view's total clock, kept for the tab (sessionStorage): when a programme moves the presenter
// window on to another module's page, or the facilitator reloads it, the workshop time goes on where it was.
import { presenterClockKey } from "./stored-data.ts";

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
