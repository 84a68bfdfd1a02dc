// Calendar-date arithmetic on `YYYY-MM-DD` strings. Every computation goes
// through UTC dates so that the host's TZ can never shift a day.
import { UTCDate } from "@date-fns/utc";
import { addDays as addDaysUtc, addMonths as addMonthsUtc, differenceInCalendarDays } from "date-fns";
import type { IsoDate } from "../model/isoDate.ts";

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether `year` has a February 29th (proleptic Gregorian calendar). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** Whether `value` is a string `YYYY-MM-DD` naming a day that exists. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string" || value.length !== 10) return false;
  if (value[4] !== "-" || value[7] !== "-") return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Writes year, month (1-12) and day as an IsoDate; the caller vouches the day exists. */
export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}` as IsoDate;
}

/** The last day of `month` (1-12) of `year`. */
export function endOfMonth(year: number, month: number): IsoDate {
  return formatIsoDate(year, month, daysInMonth(year, month));
}

/** `date` plus `months` calendar months, clamped to the month's end (Jan 31 + 1 month = Feb 28). */
export function addMonths(date: string, months: number): IsoDate {
  return fromUtc(addMonthsUtc(toUtc(date), months));
}

/** `date` plus `days` days (negative goes back). */
export function addDays(date: string, days: number): IsoDate {
  return fromUtc(addDaysUtc(toUtc(date), days));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(toUtc(to), toUtc(from));
}

/** 1 = Monday … 7 = Sunday (ISO 8601 weekday). */
export function isoWeekday(date: string): number {
  const day = toUtc(date).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Year, month (1-12) and day of an IsoDate. */
export function dateParts(date: string): { year: number; month: number; day: number } {
  return { year: digits(date, 0, 4), month: digits(date, 5, 7), day: digits(date, 8, 10) };
}

/** Throws a RangeError naming the function and parameter when `value` is not an IsoDate. */
export function assertIsoDate(value: unknown, where: string): asserts value is IsoDate {
  if (!isIsoDate(value)) {
    const shown = typeof value === "string" ? JSON.stringify(value.slice(0, 40)) : typeof value;
    throw new RangeError(`${where} must be a calendar date written YYYY-MM-DD, got ${shown}`);
  }
}

function toUtc(date: string): UTCDate {
  const { year, month, day } = dateParts(date);
  const utc = new UTCDate(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0-99 to 1900-1999; set the full year explicitly.
  utc.setUTCFullYear(year, month - 1, day);
  return utc;
}

function fromUtc(date: Date): IsoDate {
  return formatIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}
