// Recognises one time expression starting at a token ("by March 2027",
// "Q3 2027", "within the next 6 months", "by the next session") and resolves it
// to a date when it can. Shared by parseDeadline and the SMART scan.
import { addDays, addMonths, dateParts, endOfMonth, formatIsoDate, isIsoDate, isoWeekday } from "../_lib/dates.ts";
import type { IsoDate } from "../model/index.ts";
import type { TimeMatch } from "./features.ts";
import { EVENT_DEADLINES, FREQUENCY_OPENERS, MONTHS, NUMBER_WORDS, PERIOD_SHIFT, PERIODS, SPAN_FILLERS, SPAN_UNITS, WEEKDAYS } from "./lexicon.ts";
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
  if (kind === NUMBER) return dayMonthYear(at);
  if (kind !== WORD) return false;
  const word = tokens.text[at]!;
  // One lookup gives every list the word belongs to.
  const role = tokens.role[at]!;
  if ((role & MONTH) !== 0) return monthDayYear(at);
  if ((role & END) !== 0 && wordAt(at + 1) === "of") return periodEnd(wordAt(at + 2) === "the" ? at + 3 : at + 2, asOf);
  const quarter = quarterEnd(at);
  if (quarter !== undefined) return found(at + 2, quarter);
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

function monthDayYear(at: number): boolean {
  const month = MONTHS.get(tokens.text[at]!)!;
  let next = at + 1;
  const day = dayAt(next);
  if (day > 0) next++;
  if (tokens.text[next] === ",") next++;
  const year = yearAt(next);
  if (year < 0) return false;
  if (day <= 0) return found(next + 1, endOfMonth(year, month));
  return foundDate(next + 1, formatIsoDate(year, month, day));
}

function dayMonthYear(at: number): boolean {
  const day = dayAt(at);
  if (day <= 0) return false;
  const monthAt = wordAt(at + 1) === "of" ? at + 2 : at + 1;
  const month = MONTHS.get(wordAt(monthAt));
  if (month === undefined) return false;
  const yearIndex = tokens.text[monthAt + 1] === "," ? monthAt + 2 : monthAt + 1;
  const year = yearAt(yearIndex);
  return year > 0 && foundDate(yearIndex + 1, formatIsoDate(year, month, day));
}

/** Records `date`, or an impossible date when it is not on the calendar ("2027-02-30"); returns true. */
function foundDate(end: number, date: string): boolean {
  const valid = isIsoDate(date);
  return found(end, valid ? date : undefined, !valid);
}

function quarterEnd(at: number): IsoDate | undefined {
  const word = tokens.text[at]!;
  const year = word.length === 2 ? yearAt(at + 1) : -1;
  if (year < 0) return undefined;
  const index = word.charCodeAt(1) - 48;
  if (word[0] === "q" && index >= 1 && index <= 4) return endOfMonth(year, index * 3);
  if (word[0] === "h" && index >= 1 && index <= 2) return endOfMonth(year, index * 6);
  return undefined;
}

function periodEnd(at: number, asOf: string | undefined): boolean {
  const year = yearAt(at);
  if (year > 0) return found(at + 1, formatIsoDate(year, 12, 31));
  if (tokens.kind[at] === WORD && (MONTHS.has(tokens.text[at]!) || quarterEnd(at) !== undefined)) return matchTime(at, asOf);
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

