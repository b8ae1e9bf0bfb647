// Review dates (src/lib/review.ts) with a fixed day, so the result is the same next year.
import { describe, expect, it } from "vitest";
import { contentDate, formatReviewStatus, isOverdue, newestFirst, reviewStatus } from "../../src/lib/review.ts";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const module = (id: string, lastChecked: string, reviewBefore: string) => ({ id, title: id, lastChecked: day(lastChecked), reviewBefore: day(reviewBefore) });

describe("contentDate: the day the build speaks for", () => {
  it("is CONTENT_DATE when set", () => {
    expect(contentDate({ CONTENT_DATE: "2028-01-01" }, day("2026-11-28"))).toEqual(day("2028-01-01"));
  });
  it("is today (UTC, at midnight) otherwise", () => {
    expect(contentDate({}, new Date("2026-11-28T21:15:00Z"))).toEqual(day("2026-11-28"));
  });
  it("refuses a CONTENT_DATE that is not JJJJ-MM-DD", () => {
    expect(() => contentDate({ CONTENT_DATE: "volgend jaar" })).toThrow("CONTENT_DATE moet een datum zijn in de vorm JJJJ-MM-DD, zoals 2028-01-01 (nu: 'volgend jaar').");
  });
});

describe("isOverdue", () => {
  const dates = module("m", "2026-11-28", "2027-06-01");
  it("is false before and on the review date, true the day after", () => {
    expect(isOverdue(dates, day("2026-11-28"))).toBe(false);
    expect(isOverdue(dates, day("2027-06-01"))).toBe(false);
    expect(isOverdue(dates, day("2027-06-02"))).toBe(true);
  });
});

describe("reviewStatus and the content:status table", () => {
  const modules = [module("wonen", "2026-11-28", "2027-06-01"), module("jeugdzorg", "2025-01-10", "2025-07-01"), module("toegang", "2026-11-28", "2027-03-01"), module("inburgering", "2026-06-01", "2026-12-01")];
  it("lists overdue modules first, each group by the date it is due", () => {
    const status = reviewStatus(modules, day("2027-04-01"));
    expect(status.map((m) => [m.id, m.overdue])).toEqual([
      ["jeugdzorg", true],
      ["inburgering", true],
      ["toegang", true],
      ["wonen", false],
    ]);
  });
  it("prints each module with both dates and says which are overdue and what to do", () => {
    const today = day("2027-01-15");
    expect(formatReviewStatus(reviewStatus(modules, today), today)).toBe(
      [
        "TE LAAT jeugdzorg    laatst gecontroleerd 2025-01-10  controleren voor 2025-07-01",
        "TE LAAT inburgering  laatst gecontroleerd 2026-06-01  controleren voor 2026-12-01",
        "        toegang      laatst gecontroleerd 2026-11-28  controleren voor 2027-03-01",
        "        wonen        laatst gecontroleerd 2026-11-28  controleren voor 2027-06-01",
        "",
        "2 modules zijn over de controledatum (peildatum 2027-01-15): jeugdzorg, inburgering. Controleer de inhoud, zet 'lastChecked' op de dag van controle en kies een nieuwe 'reviewBefore'.",
      ].join("\n"),
    );
  });
  it("says so when no module is overdue", () => {
    const today = day("2026-11-28");
    expect(formatReviewStatus(reviewStatus([modules[0]!], today), today)).toMatch(/\nGeen module is over zijn controledatum \(peildatum 2026-11-28\)\.$/);
  });
});

describe("newestFirst", () => {
  it("puts the newest change log entry on top, whatever the order in the file", () => {
    const entries = [{ date: day("2025-03-01"), changes: ["eerste"] }, { date: day("2026-11-28"), changes: ["nieuwste"] }, { date: day("2026-01-05"), changes: ["tweede"] }];
    expect(newestFirst(entries).map((e) => e.changes[0])).toEqual(["nieuwste", "tweede", "eerste"]);
    expect(entries[0]!.changes[0]).toBe("eerste");
  });
});
