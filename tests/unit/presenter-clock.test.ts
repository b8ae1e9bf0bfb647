import { describe, expect, it } from "vitest";
import { freshClock, keepClock, keepStepTime, pauseClock, readClock, readStepTime, resumeClock, secondsOn, stepClock, untilNextChange, untilNextSecond } from "../../src/lib/presenter-clock.ts";

function memory(initial?: string) {
  const items = new Map<string, string>(initial === undefined ? [] : [["sdu:workshop:clock", initial]]);
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
}

describe("presenter clock", () => {
  it("counts whole seconds while running and keeps them while paused", () => {
    const started = freshClock(1_000);
    expect(secondsOn(started, 62_900)).toBe(61);
    const paused = pauseClock(started, 62_900);
    expect(secondsOn(paused, 500_000)).toBe(61);
    expect(secondsOn(resumeClock(paused, 600_000), 610_000)).toBe(71);
  });

  it("runs on in the next page of the tab", () => {
    const storage = memory();
    keepClock(storage, freshClock(10_000));
    expect(secondsOn(readClock(storage, 130_000), 130_000)).toBe(120);
  });

  it("starts from nought when nothing or something else is kept", () => {
    for (const kept of [undefined, "kapot{", '{"elapsed":-5,"runningSince":null}', '{"elapsed":3,"runningSince":"gisteren"}', '{"elapsed":3,"runningSince":99999999}']) {
      expect(readClock(memory(kept), 50_000)).toEqual({ elapsed: 0, runningSince: 50_000 });
    }
    expect(readClock(memory('{"elapsed":42,"runningSince":null}'), 50_000)).toEqual({ elapsed: 42, runningSince: null });
  });

  it("starts a step's countdown on the clock's next whole second, and paused with a paused clock", () => {
    const clock = freshClock(1_000);
    const step = stepClock(clock, 62_400);
    expect(secondsOn(step, 62_999)).toBe(0);
    expect(secondsOn(step, 63_000)).toBe(1);
    expect(stepClock(pauseClock(clock, 5_000), 9_000)).toEqual({ elapsed: 0, runningSince: null });
  });

  it("wakes up once per second shown, and not at all while paused", () => {
    const clock = freshClock(1_000);
    expect(untilNextSecond(clock, 62_400)).toBe(600);
    expect(untilNextSecond(clock, 63_000)).toBe(1_000);
    expect(untilNextSecond(pauseClock(clock, 5_000), 9_000)).toBeNull();
  });

  it("wakes up for the time of day too, once a minute while the clock is paused", () => {
    const clock = freshClock(1_000);
    expect(untilNextChange(clock, 62_400)).toBe(600);
    expect(untilNextChange(clock, 119_900)).toBe(100);
    expect(untilNextChange(pauseClock(clock, 5_000), 90_000)).toBe(30_000);
  });

  it("keeps the step's countdown for the tab, so a reload goes on counting (paused too), and starts a new step now", () => {
    const storage = memory();
    const clock = freshClock(1_000);
    const first = readStepTime(storage, "jeugdzorg/wachtlijsten", clock, 10_400);
    expect(first).toEqual({ step: "jeugdzorg/wachtlijsten", clock: stepClock(clock, 10_400) });
    keepStepTime(storage, first);
    expect(secondsOn(readStepTime(storage, "jeugdzorg/wachtlijsten", clock, 70_000).clock, 70_000)).toBe(60);
    keepStepTime(storage, { ...first, clock: pauseClock(first.clock, 30_000) });
    expect(secondsOn(readStepTime(storage, "jeugdzorg/wachtlijsten", clock, 90_000).clock, 90_000)).toBe(20);
    // The same step id in another module of a programme is another step.
    expect(readStepTime(storage, "inburgering/wachtlijsten", clock, 80_000).clock).toEqual(stepClock(clock, 80_000));
    const broken = { getItem: () => "kapot{", setItem: () => undefined };
    expect(readStepTime(broken, "jeugdzorg/privacy", clock, 5_000).clock).toEqual(stepClock(clock, 5_000));
    expect(readStepTime(null, "jeugdzorg/privacy", clock, 5_000).clock).toEqual(stepClock(clock, 5_000));
  });
});
