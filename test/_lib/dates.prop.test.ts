// date-fns on UTC dates is the reference the day-number arithmetic must match.
import { UTCDate } from "@date-fns/utc";
import { fc, test } from "@fast-check/vitest";
import { addDays as referenceAddDays, addMonths as referenceAddMonths, differenceInCalendarDays, getISODay } from "date-fns";
import { describe, expect } from "vitest";
import { addDays, addMonths, daysBetween, fromDayNumber, isoWeekday, toDayNumber } from "../../src/_lib/dates.ts";
import { isoDate } from "../property/arbitraries.ts";

function utc(date: string): UTCDate {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new UTCDate(year, month - 1, day);
}

function iso(date: Date): string {
  return `${String(date.getUTCFullYear()).padStart(4, "0")}-${String(date.getUTCMonth() + 1).padStart(2, "0")}-${String(date.getUTCDate()).padStart(2, "0")}`;
}

describe("day-number arithmetic agrees with date-fns", () => {
  test.prop([isoDate, fc.integer({ min: -40_000, max: 40_000 })], { numRuns: 1000 })("addDays", (date, days) => {
    expect(addDays(date, days)).toBe(iso(referenceAddDays(utc(date), days)));
  });

  // Days 1-28 take a path of plain month counting; the month ends take date-fns itself: both must agree with it.
  test.prop([isoDate, fc.integer({ min: -1_200, max: 1_200 })], { numRuns: 2000 })("addMonths", (date, months) => {
    const reference = iso(referenceAddMonths(utc(date), months));
    // Date.UTC reads years 0-99 as 1900-1999: compare only where the reference itself is exact.
    fc.pre(Number(date.slice(0, 4)) >= 100 && Number(reference.slice(0, 4)) >= 100);
    expect(addMonths(date, months)).toBe(reference);
  });

  test.prop([fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 29, max: 31 }), fc.integer({ min: -48, max: 48 })])(
    "addMonths from a month's last days clamps as date-fns does",
    (year, month, day, months) => {
      const date = `${year}-${String(month).padStart(2, "0")}-${day}`;
      fc.pre(utc(date).getUTCDate() === day);
      expect(addMonths(date, months)).toBe(iso(referenceAddMonths(utc(date), months)));
    },
  );

  test.prop([isoDate, isoDate], { numRuns: 1000 })("daysBetween", (from, to) => {
    expect(daysBetween(from, to)).toBe(differenceInCalendarDays(utc(to), utc(from)));
  });

  test.prop([isoDate], { numRuns: 500 })("isoWeekday, and day numbers invert", (date) => {
    expect(isoWeekday(date)).toBe(getISODay(utc(date)));
    expect(fromDayNumber(toDayNumber(date))).toBe(date);
  });
});
