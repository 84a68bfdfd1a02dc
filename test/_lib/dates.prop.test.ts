// date-fns on UTC dates is the reference the day-number arithmetic must match.
import { UTCDate } from "@date-fns/utc";
import { fc, test } from "@fast-check/vitest";
import { addDays as referenceAddDays, differenceInCalendarDays, getISODay } from "date-fns";
import { describe, expect } from "vitest";
import { addDays, daysBetween, fromDayNumber, isoWeekday, toDayNumber } from "../../src/_lib/dates.ts";
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

  test.prop([isoDate, isoDate], { numRuns: 1000 })("daysBetween", (from, to) => {
    expect(daysBetween(from, to)).toBe(differenceInCalendarDays(utc(to), utc(from)));
  });

  test.prop([isoDate], { numRuns: 500 })("isoWeekday, and day numbers invert", (date) => {
    expect(isoWeekday(date)).toBe(getISODay(utc(date)));
    expect(fromDayNumber(toDayNumber(date))).toBe(date);
  });
});
