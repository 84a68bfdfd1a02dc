// Recognises one time expression starting at a token ("by March 2027",
// "Q3 2027", "by June 30", "within the next 6 months", "by the next session")
// and resolves it to a date when it can. Shared by parseDeadline and the SMART scan.
import { addDays, addMonths, dateParts, daysInMonth, endOfMonth, formatIsoDate, isIsoDate, isoWeekday } from "../_lib/dates.ts";
import type { IsoDate } from "../model/index.ts";
import type { TimeMatch } from "./features.ts";
import { DAY_OPENERS, EVENT_DEADLINES, FREQUENCY_OPENERS, MONTHS, NUMBER_WORDS, PERIOD_SHIFT, PERIODS, SPAN_FILLERS, SPAN_UNITS, WEEKDAYS } from "./lexicon.ts";
import { ISO, NUMBER, WORD, tokens } from "./tokens.ts";
import { DEADLINE, END, MONTH, SHIFT, SPAN_OPENER, WEEKDAY_OPENER, YEAR_OPENER } from "./vocabulary.ts";

/** What the last {@link matchTime} read; one object, reused between calls. */
export const match: TimeMatch = { end: 0, date: undefined, relative: false, spanDays: 0, duration: false, event: false, impossible: false };

/** Tries to read a time expression at token `at`; true when one was read (see {@link match}). */
export function matchTime(at: number, asOf: string | undefined): boolean {
  match.date = undefined;
  match.relative = false;
  match.spanDays = 0;
  match.duration = false;
  match.event = false;
  match.impossible = false;
  const kind = tokens.kind[at];
  if (kind === ISO) return foundDate(at + 1, tokens.text[at]!);
  if (kind === NUMBER) return dayMonthYear(at, asOf);
  if (kind !== WORD) return false;
  const word = tokens.text[at]!;
  // One lookup gives every list the word belongs to.
  const role = tokens.role[at]!;
  if ((role & MONTH) !== 0) return monthDayYear(at, asOf);
  if ((role & END) !== 0 && wordAt(at + 1) === "of") return periodEnd(wordAt(at + 2) === "the" ? at + 3 : at + 2, asOf);
  const quarter = halfOrQuarterMonth(word);
  if (quarter > 0) {
    const year = yearAt(at + 1);
    // "Q3" alone is the next Q3 to end.
    return year > 0 ? found(at + 2, endOfMonth(year, quarter)) : yearless(at + 1, quarter, 0, asOf);
  }
  // "by 2027" ends with the year, as "end of 2027" does.
  if ((role & YEAR_OPENER) !== 0 && yearAt(at + 1) > 0) return periodEnd(at + 1, asOf);
  if (word === "tomorrow") return relative(at + 1, asOf, 1, 0);
  const weekday = (role & WEEKDAY_OPENER) !== 0 ? WEEKDAYS.get(wordAt(at + 1)) : undefined;
  if (weekday !== undefined) return relative(at + 2, asOf, 0, 0, weekday);
  if ((role & SHIFT) !== 0 && word !== "the" && PERIODS.has(wordAt(at + 1))) return periodEnd(at, asOf);
  if ((role & SPAN_OPENER) !== 0 && span(at + 1, asOf)) {
    match.duration = word === "for";
    return true;
  }
  if ((role & DEADLINE) !== 0) return eventDeadline(at + 1, word === "at");
  return false;
}

/** Records an expression that ends before token `end`, with its date; returns true. */
function found(end: number, date?: IsoDate, impossible = false): boolean {
  match.end = end;
  match.date = date;
  match.impossible = impossible;
  return true;
}

function monthDayYear(at: number, asOf: string | undefined): boolean {
  const month = MONTHS.get(tokens.text[at]!)!;
  let next = at + 1;
  const day = dayAt(next);
  if (day > 0) next++;
  const yearIndex = tokens.text[next] === "," ? next + 1 : next;
  const year = yearAt(yearIndex);
  if (year < 0) return opensDay(at - 1) && yearless(next, month, Math.max(day, 0), asOf);
  if (day <= 0) return found(yearIndex + 1, endOfMonth(year, month));
  return foundDate(yearIndex + 1, formatIsoDate(year, month, day));
}

function dayMonthYear(at: number, asOf: string | undefined): boolean {
  const day = dayAt(at);
  if (day <= 0) return false;
  const monthAt = wordAt(at + 1) === "of" ? at + 2 : at + 1;
  const month = MONTHS.get(wordAt(monthAt));
  if (month === undefined) return false;
  const yearIndex = tokens.text[monthAt + 1] === "," ? monthAt + 2 : monthAt + 1;
  const year = yearAt(yearIndex);
  if (year < 0) return opensDay(at - 1) && yearless(monthAt + 1, month, day, asOf);
  return foundDate(yearIndex + 1, formatIsoDate(year, month, day));
}

// A month or day without a year counts as a deadline only after a word that
// makes it one ("by June 30", "by the 15th of March", "end of June"), so "in
// March 5 times" keeps its quantity.
function opensDay(at: number): boolean {
  const word = wordAt(at) === "the" ? wordAt(at - 1) : wordAt(at);
  return DAY_OPENERS.has(word) || (word === "of" && (tokens.role[at - 1]! & END) !== 0);
}

/**
 * A month and day without a year (day 0: the month's last day). With `asOf`,
 * its next occurrence on or after asOf; without, a time limit to resolve later.
 * A day no year has ("June 31") is impossible.
 */
function yearless(end: number, month: number, day: number, asOf: string | undefined): boolean {
  // 2000 was a leap year: February 29 is possible, in the leap years.
  if (day > daysInMonth(2000, month)) return found(end, undefined, true);
  match.relative = true;
  if (asOf === undefined) return found(end);
  const from = dateParts(asOf).year;
  // A leap day comes back within eight years.
  for (let year = from; year <= from + 8; year++) {
    const date = formatIsoDate(year, month, day || daysInMonth(year, month));
    if (isIsoDate(date) && date >= asOf) return found(end, date);
  }
  return found(end);
}

/** Records `date`, or an impossible date when it is not on the calendar ("2027-02-30"); returns true. */
function foundDate(end: number, date: string): boolean {
  const valid = isIsoDate(date);
  return found(end, valid ? date : undefined, !valid);
}

/** The last month of "q1"-"q4" or "h1"-"h2" (3, 6, 9 or 12); 0 for any other word. */
function halfOrQuarterMonth(word: string): number {
  if (word.length !== 2) return 0;
  const index = word.charCodeAt(1) - 48;
  if (word[0] === "q" && index >= 1 && index <= 4) return index * 3;
  if (word[0] === "h" && index >= 1 && index <= 2) return index * 6;
  return 0;
}

function periodEnd(at: number, asOf: string | undefined): boolean {
  const year = yearAt(at);
  if (year > 0) return found(at + 1, formatIsoDate(year, 12, 31));
  if (tokens.kind[at] === WORD && (MONTHS.has(tokens.text[at]!) || halfOrQuarterMonth(tokens.text[at]!) > 0)) return matchTime(at, asOf);
  const shift = PERIOD_SHIFT.get(wordAt(at));
  const periodAt = shift === undefined ? at : at + 1;
  const period = wordAt(periodAt);
  if (!PERIODS.has(period)) return false;
  match.relative = true;
  match.spanDays = 30;
  return found(periodAt + 1, asOf === undefined ? undefined : endOfPeriod(asOf, period, shift ?? 0));
}

function endOfPeriod(asOf: string, period: string, shift: number): IsoDate {
  if (period === "week") return addDays(asOf, 7 - isoWeekday(asOf) + 7 * shift);
  const { year, month } = dateParts(asOf);
  const months = period === "month" ? 1 : period === "quarter" ? 3 : 12;
  const first = formatIsoDate(year, months === 12 ? 1 : Math.floor((month - 1) / months) * months + 1, 1);
  return addDays(addMonths(first, months * (shift + 1)), -1);
}

function span(at: number, asOf: string | undefined): boolean {
  let next = at;
  let filled = false;
  while (SPAN_FILLERS.has(wordAt(next))) {
    filled = true;
    next++;
  }
  let count = countAt(next);
  if (count > 0) next++;
  else if (filled) count = 1;
  else return false;
  const unit = SPAN_UNITS.get(wordAt(next));
  // "for seven days a week" is a frequency, not a span.
  if (unit === undefined || FREQUENCY_OPENERS.has(wordAt(next + 1)) || wordAt(next + 1) === "a") return false;
  return relative(next + 1, asOf, count * unit[0], count * unit[1]);
}

// A weekday ("by Friday") is its first occurrence after asOf.
function relative(end: number, asOf: string | undefined, days: number, months: number, weekday = 0): boolean {
  match.relative = true;
  match.spanDays = weekday > 0 ? 7 : days + months * 30.44;
  if (asOf === undefined) return found(end);
  if (weekday > 0) return found(end, addDays(asOf, ((weekday - isoWeekday(asOf) + 6) % 7) + 1));
  return found(end, months > 0 ? addMonths(asOf, months) : addDays(asOf, days));
}

// "at" bounds only an upcoming event ("at the next appraisal"), not a place ("at the team meeting").
function eventDeadline(at: number, needsNext: boolean): boolean {
  let upcoming = false;
  for (let next = at; next < at + 5 && tokens.kind[next] === WORD; next++) {
    const word = tokens.text[next]!;
    if (SPAN_FILLERS.has(word) && word !== "the") upcoming = true;
    if (EVENT_DEADLINES.has(word) && (upcoming || !needsNext)) {
      match.event = true;
      return found(next + 1);
    }
  }
  return false;
}

function countAt(at: number): number {
  if (tokens.kind[at] === NUMBER) {
    const value = tokens.value[at]!;
    return value > 0 && value <= 1000 ? value : -1;
  }
  const word = wordAt(at);
  if (word === "a" || word === "an") return 1;
  return NUMBER_WORDS.get(word) ?? -1;
}

function dayAt(at: number): number {
  const value = tokens.kind[at] === NUMBER ? tokens.value[at]! : -1;
  return Number.isInteger(value) && value >= 1 && value <= 31 && tokens.text[at]!.length <= 2 ? value : -1;
}

function yearAt(at: number): number {
  if (tokens.kind[at] !== NUMBER || tokens.text[at]!.length !== 4) return -1;
  const value = tokens.value[at]!;
  return value >= 1900 && value <= 2199 ? value : -1;
}

function wordAt(at: number): string {
  return at < tokens.count && tokens.kind[at] === WORD ? tokens.text[at]! : "";
}

