import { describe, expect, it } from "vitest";
import { DEFAULT_CADENCES, REVIEW_QUESTIONS, scheduleReviews } from "../../src/index.ts";
import { seniorEngineerPlan } from "../fixtures/seniorEngineerPlan.ts";
import { deepFreeze } from "../fixtures/deepFreeze.ts";

const quarterly = [{ kind: "quarterly" as const, everyMonths: 3 }];
const monthly = [{ kind: "quarterly" as const, everyMonths: 1 }];
const datesOf = (events: { date: string }[]) => events.map((event) => event.date);

describe("scheduleReviews", () => {
  it("returns the seeds' cadence for the senior-engineer plan: quarterly reviews, a canvas every 6 months, a vision review every year", () => {
    const events = scheduleReviews({ start: seniorEngineerPlan.vision.startDate, until: "2027-01-05" });
    expect(events.map((event) => [event.date, event.kinds])).toEqual([
      ["2026-04-05", ["quarterly"]],
      ["2026-07-05", ["quarterly", "canvas"]],
      ["2026-10-05", ["quarterly"]],
      ["2027-01-05", ["quarterly", "canvas", "vision"]],
    ]);
  });

  it("returns the key questions of every kind on a merged day, in kind order", () => {
    const [event] = scheduleReviews({ start: "2026-01-05", until: "2027-01-05" }).slice(-1);
    expect(event?.questions).toEqual([...REVIEW_QUESTIONS.quarterly, ...REVIEW_QUESTIONS.canvas, ...REVIEW_QUESTIONS.vision]);
    expect(event?.questions[0]).toBe("Is my current work bringing me closer to my 3-year milestone? Is there a better path?");
  });

  it("returns the default cadences of 3, 6 and 12 months", () => {
    expect(DEFAULT_CADENCES).toEqual([
      { kind: "quarterly", everyMonths: 3 },
      { kind: "canvas", everyMonths: 6 },
      { kind: "vision", everyMonths: 12 },
    ]);
  });

  it("returns dates computed from the anchor, so Jan 31 gives Apr 30, Jul 31, Oct 31 and never drifts to the 30th", () => {
    expect(datesOf(scheduleReviews({ start: "2026-01-31", until: "2027-01-31", cadences: quarterly }))).toEqual([
      "2026-04-30",
      "2026-07-31",
      "2026-10-31",
      "2027-01-31",
    ]);
  });

  it("returns Feb 29 again in leap years for a yearly review anchored on a leap day", () => {
    const yearly = [{ kind: "vision" as const, everyMonths: 12 }];
    expect(datesOf(scheduleReviews({ start: "2024-02-29", until: "2032-12-31", cadences: yearly }))).toEqual([
      "2025-02-28",
      "2026-02-28",
      "2027-02-28",
      "2028-02-29",
      "2029-02-28",
      "2030-02-28",
      "2031-02-28",
      "2032-02-29",
    ]);
  });

  it("returns Feb 29 for a quarterly review anchored on Nov 30 of the year before a leap year", () => {
    expect(datesOf(scheduleReviews({ start: "2023-11-30", until: "2024-11-30", cadences: quarterly }))).toEqual([
      "2024-02-29",
      "2024-05-30",
      "2024-08-30",
      "2024-11-30",
    ]);
  });

  it("does not skip short months like rrule #569 (monthly from Jan 31 gives Feb 28, Mar 31, Apr 30, May 31)", () => {
    expect(datesOf(scheduleReviews({ start: "2023-01-31", until: "2023-05-31", cadences: monthly }))).toEqual([
      "2023-02-28",
      "2023-03-31",
      "2023-04-30",
      "2023-05-31",
    ]);
  });

  it("does not skip February in a leap year like rrule #569 (monthly from Jan 30, 2024 gives Feb 29)", () => {
    expect(datesOf(scheduleReviews({ start: "2024-01-30", until: "2024-04-30", cadences: monthly }))).toEqual(["2024-02-29", "2024-03-30", "2024-04-30"]);
  });

  it("does not fall to one date a year like rrule #657 (every 6 months from Mar 31 gives Sep 30 and Mar 31)", () => {
    const canvas = [{ kind: "canvas" as const, everyMonths: 6 }];
    expect(datesOf(scheduleReviews({ start: "2025-03-31", until: "2027-03-31", cadences: canvas }))).toEqual([
      "2025-09-30",
      "2026-03-31",
      "2026-09-30",
      "2027-03-31",
    ]);
  });

  it("keeps one date per quarter when weekends move, unlike the weekly dates of rrule #536", () => {
    // From Saturday 2022-07-16: Oct 16, Apr 16 and Jul 16 are Sundays, Jan 16 a Monday.
    const events = scheduleReviews({ start: "2022-07-16", until: "2023-07-31", cadences: quarterly, weekends: "next-monday" });
    expect(datesOf(events)).toEqual(["2022-10-17", "2023-01-16", "2023-04-17", "2023-07-17"]);
  });

  it("returns Saturday and Sunday dates unchanged by default", () => {
    // 2026-04-04 is a Saturday.
    expect(datesOf(scheduleReviews({ start: "2026-01-04", until: "2026-04-30", cadences: quarterly }))).toEqual(["2026-04-04"]);
  });

  it("moves Saturday and Sunday dates to the next Monday when weekends is next-monday", () => {
    // 2026-04-04 is a Saturday, 2026-07-05 a Sunday.
    const saturday = scheduleReviews({ start: "2026-01-04", until: "2026-04-30", cadences: quarterly, weekends: "next-monday" });
    const sunday = scheduleReviews({ start: "2026-01-05", until: "2026-07-31", cadences: quarterly, weekends: "next-monday" });
    expect(datesOf(saturday)).toEqual(["2026-04-06"]);
    expect(datesOf(sunday)).toEqual(["2026-04-06", "2026-07-06"]);
  });

  it("merges a moved date with a review already on that Monday", () => {
    // Quarterly from Jan 4 lands on Saturday Apr 4 → Monday Apr 6; monthly canvas from Jan 6 lands on Monday Apr 6.
    const events = scheduleReviews({
      start: "2026-01-04",
      until: "2026-04-06",
      cadences: [{ kind: "quarterly", everyMonths: 3 }, { kind: "canvas", everyMonths: 1 }],
      weekends: "next-monday",
    });
    expect(events.map((event) => [event.date, event.kinds])).toEqual([
      ["2026-02-04", ["canvas"]],
      ["2026-03-04", ["canvas"]],
      ["2026-04-06", ["quarterly", "canvas"]],
    ]);
  });

  it("leaves out a date moved past until", () => {
    expect(scheduleReviews({ start: "2026-01-04", until: "2026-04-05", cadences: quarterly, weekends: "next-monday" })).toEqual([]);
  });

  it("includes a review falling exactly on until and never the start date itself", () => {
    expect(datesOf(scheduleReviews({ start: "2026-01-05", until: "2026-04-05", cadences: quarterly }))).toEqual(["2026-04-05"]);
  });

  it("returns no events when until is before start", () => {
    expect(scheduleReviews({ start: "2027-01-01", until: "2026-01-01" })).toEqual([]);
  });

  it("returns no events when no cadence is given", () => {
    expect(scheduleReviews({ start: "2026-01-01", until: "2030-01-01", cadences: [] })).toEqual([]);
  });

  it("stops at year 9999 instead of comparing five-digit years", () => {
    const events = scheduleReviews({ start: "9998-12-31", until: "9999-12-31", cadences: quarterly });
    expect(datesOf(events)).toEqual(["9999-03-31", "9999-06-30", "9999-09-30", "9999-12-31"]);
  });

  it("handles a monthly schedule over eight thousand years", () => {
    const events = scheduleReviews({ start: "2000-01-01", until: "9999-12-31", cadences: monthly });
    expect(events).toHaveLength(95_999);
    expect(events.at(-1)?.date).toBe("9999-12-01");
  });

  it("does not mutate its input", () => {
    const options = deepFreeze({ start: "2026-01-31", until: "2030-12-31", cadences: [{ kind: "quarterly" as const, everyMonths: 3 }], weekends: "next-monday" as const });
    const before = structuredClone(options);
    scheduleReviews(options);
    expect(options).toEqual(before);
  });

  it("throws a RangeError naming the parameter when start is not a date", () => {
    expect(() => scheduleReviews({ start: "2026-02-30", until: "2027-01-01" })).toThrow(
      new RangeError('scheduleReviews: start must be a calendar date written YYYY-MM-DD, got "2026-02-30"'),
    );
  });

  it("throws a RangeError naming the parameter when until is not a date", () => {
    expect(() => scheduleReviews({ start: "2026-01-01", until: "2027/01/01" })).toThrow(/^scheduleReviews: until must be a calendar date/);
  });

  it("throws a RangeError when everyMonths is not a positive whole number", () => {
    for (const everyMonths of [0, -3, 1.5, Number.NaN]) {
      expect(() => scheduleReviews({ start: "2026-01-01", until: "2027-01-01", cadences: [{ kind: "quarterly", everyMonths }] })).toThrow(
        new RangeError(`scheduleReviews: cadences[0].everyMonths must be a positive whole number, got ${everyMonths}`),
      );
    }
  });

  it("throws a RangeError for an unknown review kind", () => {
    const cadences = [{ kind: "weekly", everyMonths: 1 }] as unknown as [];
    expect(() => scheduleReviews({ start: "2026-01-01", until: "2027-01-01", cadences })).toThrow(
      new RangeError('scheduleReviews: cadences[0].kind must be "quarterly", "canvas" or "vision", got "weekly"'),
    );
  });

  it("throws a RangeError for an unknown weekends rule", () => {
    const weekends = "previous-friday" as unknown as "keep";
    expect(() => scheduleReviews({ start: "2026-01-01", until: "2027-01-01", weekends })).toThrow(
      new RangeError('scheduleReviews: weekends must be "keep" or "next-monday", got "previous-friday"'),
    );
  });

  it("throws a TypeError when options is missing", () => {
    expect(() => scheduleReviews(undefined as never)).toThrow(new TypeError("scheduleReviews: options must be an object, got undefined"));
  });
});
