// The presenter view's clocks: the workshop's time since this tab first showed a presenter view (across the modules
// of a programme) and the countdown of the step on screen. Both are kept for the tab, so a reload goes on where they
// were; the step's countdown starts again on each new step and otherwise pauses and resets with the workshop's time
// (WCAG 2.2.2). The view changes once per second shown, and only once a minute (the time of day) while paused.
import { useEffect, useLayoutEffect, useState } from "preact/hooks";
import {
  freshClock,
  keepClock,
  keepStepTime,
  pauseClock,
  readClock,
  readStepTime,
  resumeClock,
  secondsOn,
  tabStorage,
  untilNextChange,
  type PresenterClock,
} from "../../lib/presenter-clock.ts";

export interface PresenterClocks {
  /** The moment the view shows (ms since 1970), for the time of day. */
  now: number;
  running: boolean;
  /** Seconds of the workshop and of the step on screen. */
  elapsed: number;
  stepSeconds: number;
  pauseOrResume: () => void;
  reset: () => void;
}

/** The clocks for the step `step` ("module/step") on screen. */
export function usePresenterClocks(step: string): PresenterClocks {
  const [clock, setClock] = useState(() => readClock(tabStorage(), Date.now()));
  const [stepTime, setStepTime] = useState(() => readStepTime(tabStorage(), step, clock, Date.now()));
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => keepClock(tabStorage(), clock), [clock]);
  useEffect(() => keepStepTime(tabStorage(), stepTime), [stepTime]);
  useLayoutEffect(() => {
    if (stepTime.step !== step) setStepTime(readStepTime(tabStorage(), step, clock, Date.now()));
  }, [step]);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = (at: number) => {
      timer = setTimeout(() => (setNow(Date.now()), schedule(Date.now())), untilNextChange(clock, at));
    };
    schedule(Date.now());
    return () => clearTimeout(timer);
  }, [clock]);

  const running = clock.runningSince !== null;
  const setBoth = (change: (c: PresenterClock, at: number) => PresenterClock) => {
    const at = Date.now();
    setClock(change(clock, at));
    setStepTime({ step: stepTime.step, clock: change(stepTime.clock, at) });
    setNow(at);
  };
  return {
    now,
    running,
    elapsed: secondsOn(clock, now),
    stepSeconds: secondsOn(stepTime.clock, now),
    pauseOrResume: () => setBoth(running ? pauseClock : resumeClock),
    // "Op nul": both start again, running or paused as they were.
    reset: () => setBoth((_, at) => (running ? freshClock(at) : { elapsed: 0, runningSince: null })),
  };
}
