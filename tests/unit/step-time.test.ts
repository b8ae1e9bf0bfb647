// Time per step (src/lib/step-time.ts): the countdown's state and words, and the total of a draaiboek.
import { describe, expect, it } from "vitest";
import { countdown, formatMinutes, totalTime } from "../../src/lib/step-time.ts";

describe("countdown of a step", () => {
  it("counts down in minutes while there is time", () => {
    expect(countdown(15, 0)).toEqual({ state: "ok", remaining: 900, clock: "15:00", text: "nog 15 min" });
    expect(countdown(15, 150)).toMatchObject({ state: "ok", clock: "12:30", text: "nog 13 min" });
  });
  it("warns in the last two minutes, in words as well", () => {
    expect(countdown(15, 13 * 60)).toMatchObject({ state: "soon", clock: "02:00", text: "nog 2 min" });
    expect(countdown(15, 15 * 60 - 45)).toMatchObject({ state: "soon", clock: "00:45", text: "nog 45 s" });
  });
  it("says how far over time the group is", () => {
    expect(countdown(15, 15 * 60)).toMatchObject({ state: "over", clock: "00:00", text: "de tijd is om" });
    expect(countdown(15, 18 * 60 + 10)).toMatchObject({ state: "over", remaining: -190, clock: "+03:10", text: "3 min over" });
  });
});

describe("total time", () => {
  it("adds up the steps and counts the steps without a time", () => {
    expect(totalTime([5, 15, undefined, 15, 10])).toEqual({ minutes: 45, withoutTime: 1 });
    expect(totalTime([])).toEqual({ minutes: 0, withoutTime: 0 });
  });
  it("writes minutes and hours in Dutch", () => {
    expect(formatMinutes(45)).toBe("45 min");
    expect(formatMinutes(60)).toBe("1 uur");
    expect(formatMinutes(90)).toBe("1 uur en 30 min");
  });
});
