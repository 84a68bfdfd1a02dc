// Recognises one time expression at a token ("by March 2027", "Q3 2027", "by
// June 30", "within the next 6 months", "before Christmas", "by the next
// session") and resolves it to a date when it can. Shared by parseDeadline and
// the SMART scan. Every look-ahead and look-behind reads a bounded number of
// tokens, so scanning a text token by token stays linear in its length.
import { addDays, addMonths, dateParts, daysInMonth, formatIsoDate, isIsoDate, isoWeekday } from "../_lib/dates.ts";
import type { IsoDate } from "../model/index.ts";
import type { TimeMatch } from "./features.ts";
import {
  DAY_OPENERS, DEADLINE_WORDS, END_WORDS, EVENT_DEADLINES, FREQUENCY_OPENERS, HOLIDAYS, MONTH_ABBREVIATIONS, MONTH_OPENERS, MONTHS, NOW_WORDS,
  NUMBER_WORDS, ORDINAL_WORDS, PART_WORDS, PERIOD_END_ABBREVIATIONS, PERIOD_SHIFT, PERIODS, SEASON_OPENERS, SEASONS, SPAN_FILLERS, SPAN_OPENERS,
  SPAN_UNITS, START_WORDS, WEEKDAY_OPENERS, WEEKDAYS, YEAR_OPENERS,
} from "./lexicon.ts";
import type { Token } from "./tokens.ts";

import type { DateOrder } from "./types.ts";

/** What the reading of a text needs besides its tokens. */
export type { DateOrder };

export interface TimeContext {
  readonly asOf: IsoDate | undefined;
  readonly dateOrder: DateOrder;
}

/** A calendar period: its first and last day. */
interface Period {
  readonly first: IsoDate;
  readonly last: IsoDate;
}

/** What a word can start: one lookup tells which reading to try. */
type TimeWordKind =
  | "month" | "end" | "start" | "quarter" | "ordinal" | "part" | "midyear" | "abbreviation" | "period" | "holiday" | "season" | "day"
  | "weekday" | "shift" | "span" | "count" | "deadline";

/**
 * Every word a time expression can start with, and what it starts; any other
 * word is passed over with one lookup. Built once from the lexicon's constant
 * lists; a later list wins for a word in two ("next" opens a span as well as
 * shifting a period, and its reading tries both).
 */
export const TIME_WORDS: ReadonlyMap<string, TimeWordKind> = new Map<string, TimeWordKind>([
  ...[...DEADLINE_WORDS].map((word) => [word, "deadline"] as const),
  ...["a", "an", ...NUMBER_WORDS.keys()].map((word) => [word, "count"] as const),
  ...[...SPAN_OPENERS].map((word) => [word, "span"] as const),
  ...[...PERIOD_SHIFT.keys()].filter((word) => word !== "the").map((word) => [word, "shift"] as const),
  ...[...WEEKDAYS.keys()].map((word) => [word, "weekday"] as const),
  ...["tomorrow", "today", "tonight"].map((word) => [word, "day"] as const),
  ...[...SEASONS.keys()].map((word) => [word, "season"] as const),
  ...[...HOLIDAYS.keys(), "new"].map((word) => [word, "holiday"] as const),
  ...[...PERIODS.keys()].map((word) => [word, "period"] as const),
  ...[...PERIOD_END_ABBREVIATIONS.keys()].map((word) => [word, "abbreviation"] as const),
  ["midyear", "midyear"],
  ...[...PART_WORDS.keys()].map((word) => [word, "part"] as const),
  ...[...ORDINAL_WORDS.keys(), "last"].map((word) => [word, "ordinal"] as const),
  ...["q1", "q2", "q3", "q4", "h1", "h2"].map((word) => [word, "quarter"] as const),
  ...[...START_WORDS].map((word) => [word, "start"] as const),
  ...[...END_WORDS].map((word) => [word, "end"] as const),
  ...[...MONTHS.keys()].map((word) => [word, "month"] as const),
]);
const MAX_FILLERS = 2;
const MAX_SPAN_COUNT = 1000;
const EVENT_REACH = 5;

/**
 * Reads a time expression starting at token `at`; null when none starts there.
 * A date is produced only when it is a calendar date in 0001-9999.
 */
export function matchTime(tokens: readonly Token[], at: number, context: TimeContext): TimeMatch | null {
  const match = readAt(tokens, at, context);
  if (match === null || match.date === undefined) return match;
  // "before Christmas" is Christmas Eve; "before 2029" is 2028-12-31.
  if (match.first !== undefined && opener(tokens, at) === "before") return { ...match, date: plusDays(match.first, -1), first: undefined };
  return match;
}

function readAt(tokens: readonly Token[], at: number, context: TimeContext): TimeMatch | null {
  const token = tokens[at];
  if (token === undefined) return null;
  if (token.kind === "iso") return dayMatch(at + 1, token.text);
  if (token.kind === "numericDate") return numericDate(token, at, context.dateOrder);
  if (token.kind === "number") return numberAt(tokens, at, context);
  if (token.kind !== "word") return null;
  const word = token.text;
  switch (TIME_WORDS.get(word)) {
    case "month":
      return monthAt(tokens, at, MONTHS.get(word)!, context);
    case "end": {
      if (wordAt(tokens, at + 1) === "of") return periodEnd(tokens, skipThe(tokens, at + 2), context, "end");
      const year = yearAt(tokens, at + 1);
      return year > 0 ? periodMatch(at + 2, yearPeriod(year)) : null;
    }
    case "start":
      return wordAt(tokens, at + 1) === "of" ? periodEnd(tokens, skipThe(tokens, at + 2), context, "start") : null;
    case "quarter":
      return quarterAt(tokens, at + 1, halfOrQuarterMonth(word), word[0] === "h" ? 6 : 3, context);
    case "ordinal":
      return ordinalPeriod(tokens, at, ORDINAL_WORDS.get(word) ?? 0, context);
    case "part":
      return partAt(tokens, at, PART_WORDS.get(word)!, context);
    case "midyear":
      return currentPeriodPart(at + 1, context, 6, 30);
    case "abbreviation":
      return currentPeriod(at + 1, context, PERIOD_END_ABBREVIATIONS.get(word)!, 0);
    case "period": {
      // "year-end 2027", "by year end", "quarter-end".
      if (!END_WORDS.has(wordAt(tokens, at + 1))) return null;
      const year = word === "year" ? yearAt(tokens, at + 2) : -1;
      return year > 0 ? periodMatch(at + 3, yearPeriod(year)) : currentPeriod(at + 2, context, word, 0);
    }
    case "holiday": {
      const holiday = holidayAt(tokens, at);
      return holiday === null ? null : resolveHoliday(tokens, at, holiday, context);
    }
    case "season":
      return seasonAt(tokens, at, SEASONS.get(word)!, context);
    case "day":
      if (word === "tomorrow") return relative(at + 1, context, 1, 0);
      return DAY_OPENERS.has(opener(tokens, at)) ? relative(at + 1, context, 0, 0) : null;
    case "weekday":
      return weekdayAt(tokens, at, WEEKDAYS.get(word)!, context);
    case "shift":
      if (PERIODS.has(wordAt(tokens, at + 1))) return currentPeriod(at + 2, context, wordAt(tokens, at + 1), PERIOD_SHIFT.get(word)!);
      // "next 3 months", "the next year".
      return SPAN_OPENERS.has(word) ? span(tokens, at + 1, context) : null;
    case "span": {
      const found = span(tokens, at + 1, context);
      if (found !== null) return word === "for" ? { ...found, duration: true } : found;
      return DEADLINE_WORDS.has(word) ? eventDeadline(tokens, at + 1, word === "at") : null;
    }
    case "count":
      return fromNow(tokens, at, context);
    case "deadline":
      return eventDeadline(tokens, at + 1, word === "at");
    default:
      return null;
  }
}

// ---------------------------------------------------------------- results

function base(end: number): TimeMatch {
  return { end, date: undefined, first: undefined, relative: false, spanDays: 0, duration: false, event: false, impossible: false };
}

/** One day, or an impossible date when it is not on the calendar ("2027-02-30"). */
function dayMatch(end: number, date: string | undefined): TimeMatch {
  if (date === undefined || !isValid(date)) return { ...base(end), impossible: true };
  return { ...base(end), date: date as IsoDate, first: date as IsoDate };
}

/** A named period: due its last day; "before" it means the day before its first. */
function periodMatch(end: number, period: Period | undefined, relative = false): TimeMatch {
  if (period === undefined) return { ...base(end), relative };
  return { ...base(end), date: period.last, first: period.first, relative };
}

// ---------------------------------------------------------------- calendar dates

function numericDate(token: Token, at: number, order: DateOrder): TimeMatch {
  const [a, b, c] = token.parts as [number, number, number];
  const [, , width] = token.widths as [number, number, number];
  let year: number;
  let month: number;
  let day: number;
  if (token.widths[0] === 4) [year, month, day] = [a, b, c];
  // Dots are the day-first style wherever they are written ("31.03.2027").
  else if (order === "DMY" || token.separator === ".") [day, month, year] = [a, b, c];
  else if (order === "MDY") [month, day, year] = [a, b, c];
  // Year first was asked for, but the year is written last: no reading is safe.
  else return { ...base(at + 1), impossible: true };
  // "3/31/27": a two-digit year is in this century.
  if (token.widths[0] !== 4 && width === 2) year += 2000;
  return dayMatch(at + 1, safeDate(year, month, day));
}

function numberAt(tokens: readonly Token[], at: number, context: TimeContext): TimeMatch | null {
  const year = yearAt(tokens, at);
  if (year > 0) return YEAR_OPENERS.has(opener(tokens, at)) ? periodMatch(at + 1, yearPeriod(year)) : null;
  const token = tokens[at]!;
  // "3rd quarter of 2027", "2nd half".
  if (token.ordinal && token.value >= 1 && token.value <= 4 && (wordAt(tokens, at + 1) === "quarter" || wordAt(tokens, at + 1) === "half")) {
    return ordinalPeriod(tokens, at, token.value, context);
  }
  const day = dayAt(tokens, at);
  if (day > 0) {
    const monthAt = wordAt(tokens, at + 1) === "of" ? at + 2 : at + 1;
    const month = MONTHS.get(wordAt(tokens, monthAt));
    if (month !== undefined) {
      const yearIndex = tokens[monthAt + 1]?.text === "," ? monthAt + 2 : monthAt + 1;
      const written = yearAt(tokens, yearIndex);
      if (written > 0) return dayMatch(yearIndex + 1, safeDate(written, month, day));
      return DAY_OPENERS.has(opener(tokens, at)) ? yearless(monthAt + 1, month, day, context) : null;
    }
    // "by the 15th": the next 15th.
    if (token.ordinal && DAY_OPENERS.has(opener(tokens, at))) return nextDayOfMonth(at + 1, day, context);
  }
  return fromNow(tokens, at, context);
}

function monthAt(tokens: readonly Token[], at: number, month: number, context: TimeContext): TimeMatch | null {
  let next = at + 1;
  if (MONTH_ABBREVIATIONS.has(tokens[at]!.text) && tokens[next]?.text === ".") next++;
  const before = opener(tokens, at);
  // "in March 5 times": after "in", the month alone is the deadline and the number stays a quantity.
  const day = MONTH_OPENERS.has(before) ? -1 : dayAt(tokens, next);
  if (day > 0) next++;
  const yearIndex = tokens[next]?.text === "," || wordAt(tokens, next) === "of" ? next + 1 : next;
  const year = yearAt(tokens, yearIndex);
  if (year > 0) return day > 0 ? dayMatch(yearIndex + 1, safeDate(year, month, day)) : periodMatch(yearIndex + 1, monthPeriod(year, month));
  // Without a year a month is a deadline only after a word that makes it one ("by June", "end of June", "in September").
  const ended = before === "of" && END_WORDS.has(wordAt(tokens, at - (wordAt(tokens, at - 1) === "the" ? 3 : 2)));
  if (!DAY_OPENERS.has(before) && !MONTH_OPENERS.has(before) && !ended && !PART_WORDS.has(before)) return null;
  return yearless(next, month, Math.max(day, 0), context);
}

/**
 * A month and day without a year (day 0: the month's last day): its next
 * occurrence on or after asOf, or a time limit to resolve later without asOf.
 * A day no year has ("June 31") is impossible.
 */
function yearless(end: number, month: number, day: number, context: TimeContext): TimeMatch {
  // 2000 was a leap year: February 29 is possible, in the leap years.
  if (day > daysInMonth(2000, month)) return { ...base(end), impossible: true };
  const { asOf } = context;
  if (asOf === undefined) return { ...base(end), relative: true };
  const from = dateParts(asOf).year;
  // A leap day comes back within eight years.
  for (let year = from; year <= from + 8; year++) {
    const date = safeDate(year, month, day || daysInMonth(year, month));
    if (date !== undefined && date >= asOf) {
      const first = day === 0 ? safeDate(year, month, 1) : date;
      return { ...base(end), date, first, relative: true };
    }
  }
  return { ...base(end), relative: true };
}

function nextDayOfMonth(end: number, day: number, context: TimeContext): TimeMatch {
  const { asOf } = context;
  if (asOf === undefined) return { ...base(end), relative: true };
  const { year, month } = dateParts(asOf);
  for (let offset = 0; offset < 3; offset++) {
    const date = safeDate(year + Math.floor((month - 1 + offset) / 12), ((month - 1 + offset) % 12) + 1, day);
    if (date !== undefined && date >= asOf) return { ...base(end), date, first: date, relative: true };
  }
  return { ...base(end), relative: true };
}

// ---------------------------------------------------------------- quarters, halves, parts of a period

/** The last month of "q1"-"q4" or "h1"-"h2" (3, 6, 9 or 12); 0 for any other word. */
function halfOrQuarterMonth(word: string): number {
  if (word.length !== 2) return 0;
  const index = word.charCodeAt(1) - 48;
  if (word[0] === "q" && index >= 1 && index <= 4) return index * 3;
  if (word[0] === "h" && index >= 1 && index <= 2) return index * 6;
  return 0;
}

/** "Q3 2027", "Q3 of 2027", or "Q3" alone: the next Q3 to end. */
function quarterAt(tokens: readonly Token[], next: number, lastMonth: number, months: number, context: TimeContext): TimeMatch {
  const yearIndex = wordAt(tokens, next) === "of" || tokens[next]?.text === "," ? next + 1 : next;
  const year = yearAt(tokens, yearIndex);
  if (year > 0) return periodMatch(yearIndex + 1, monthsPeriod(year, lastMonth - months + 1, lastMonth));
  const match = yearless(next, lastMonth, 0, context);
  if (match.date === undefined) return match;
  const { year: dueYear } = dateParts(match.date);
  return periodMatch(next, monthsPeriod(dueYear, lastMonth - months + 1, lastMonth), true);
}

/** "the third quarter of 2027", "the first half", "the last quarter". */
function ordinalPeriod(tokens: readonly Token[], at: number, ordinal: number, context: TimeContext): TimeMatch | null {
  const unit = wordAt(tokens, at + 1);
  if (unit === "quarter" && ordinal <= 4) return quarterAt(tokens, at + 2, (ordinal || 4) * 3, 3, context);
  if (unit === "half" && ordinal <= 2) return quarterAt(tokens, at + 2, (ordinal || 2) * 6, 6, context);
  return null;
}

/** "early 2027" (June 30), "late 2027" (December 31), "mid-March" (the 15th), "mid-year". */
function partAt(tokens: readonly Token[], at: number, part: { yearMonth: number; yearDay: number; monthDay: number }, context: TimeContext): TimeMatch | null {
  const next = wordAt(tokens, at + 1) === "of" ? at + 2 : at + 1;
  const year = yearAt(tokens, next);
  if (year > 0) return dayMatch(next + 1, safeDate(year, part.yearMonth, part.yearDay));
  const month = MONTHS.get(wordAt(tokens, next));
  if (month !== undefined) {
    const day = (year: number) => part.monthDay || daysInMonth(year, month);
    const written = yearAt(tokens, next + 1);
    if (written > 0) return dayMatch(next + 2, safeDate(written, month, day(written)));
    const end = yearless(next + 1, month, 0, context);
    if (end.date === undefined) return end;
    const dueYear = dateParts(end.date).year;
    return { ...dayMatch(next + 1, safeDate(dueYear, month, day(dueYear))), relative: true };
  }
  if (wordAt(tokens, next) === "year") return currentPeriodPart(next + 1, context, part.yearMonth, part.yearDay);
  return null;
}

function currentPeriodPart(end: number, context: TimeContext, month: number, day: number): TimeMatch {
  if (context.asOf === undefined) return { ...base(end), relative: true, spanDays: 30 };
  const year = dateParts(context.asOf).year;
  const date = safeDate(year, month, Math.min(day, daysInMonth(year, month)));
  return { ...dayMatch(end, date), relative: true, spanDays: 30 };
}

// ---------------------------------------------------------------- period ends and starts

/** After "end of" / "start of": a year, a month, a quarter, or this/next period. */
function periodEnd(tokens: readonly Token[], at: number, context: TimeContext, side: "end" | "start"): TimeMatch | null {
  const inner = periodAt(tokens, at, context);
  if (inner === null) {
    // "the end of the semester": an event, no date.
    const word = wordAt(tokens, PERIOD_SHIFT.has(wordAt(tokens, at)) ? at + 1 : at);
    return EVENT_DEADLINES.has(word) ? { ...base(at + (word === wordAt(tokens, at) ? 1 : 2)), event: true } : null;
  }
  if (side === "start") {
    if (inner.first === undefined) return { ...inner, date: undefined };
    return { ...inner, date: inner.first };
  }
  // "before the end of 2027" is the end of 2027, not the day before its start.
  return { ...inner, first: undefined };
}

function periodAt(tokens: readonly Token[], at: number, context: TimeContext): TimeMatch | null {
  const year = yearAt(tokens, at);
  if (year > 0) return periodMatch(at + 1, yearPeriod(year));
  const word = wordAt(tokens, at);
  const month = MONTHS.get(word);
  if (month !== undefined) {
    const yearIndex = wordAt(tokens, at + 1) === "of" ? at + 2 : at + 1;
    const written = yearAt(tokens, yearIndex);
    if (written > 0) return periodMatch(yearIndex + 1, monthPeriod(written, month));
    const found = yearless(at + 1, month, 0, context);
    return found.date === undefined ? found : periodMatch(at + 1, monthPeriod(dateParts(found.date).year, month), true);
  }
  const quarter = halfOrQuarterMonth(word);
  if (quarter !== 0) return quarterAt(tokens, at + 1, quarter, word[0] === "h" ? 6 : 3, context);
  const ordinal = ORDINAL_WORDS.get(word) ?? (word === "last" ? 0 : undefined);
  if (ordinal !== undefined) return ordinalPeriod(tokens, at, ordinal, context);
  const shift = PERIOD_SHIFT.get(word);
  const periodIndex = shift === undefined ? at : at + 1;
  const period = wordAt(tokens, periodIndex);
  if (!PERIODS.has(period)) return null;
  return currentPeriod(periodIndex + 1, context, period, shift ?? 0);
}

/** This (shift 0) or next (1) week, month, quarter or year, counted from asOf. */
function currentPeriod(end: number, context: TimeContext, period: string, shift: number): TimeMatch {
  const { asOf } = context;
  if (asOf === undefined) return { ...base(end), relative: true, spanDays: 30 };
  const months = PERIODS.get(period)!;
  let found: Period | undefined;
  if (months === 0) {
    const first = plusDays(asOf, 1 - isoWeekday(asOf) + 7 * shift);
    found = first === undefined ? undefined : range(first, plusDays(first, 6));
  } else {
    const { year, month } = dateParts(asOf);
    // Months counted from year 0: the period's first and last month, then back to dates.
    const first = year * 12 + Math.floor((month - 1) / months) * months + months * shift;
    const last = first + months - 1;
    found = monthsPeriodAt(first, last);
  }
  return { ...periodMatch(end, found, true), spanDays: 30 };
}

// ---------------------------------------------------------------- holidays, seasons, weekdays

interface Holiday {
  readonly end: number;
  readonly month: number;
  readonly day: number;
  /** The holiday's eve: "before" it is the eve already. */
  readonly eve: boolean;
}

/** "Christmas", "Christmas Eve", "New Year's Day", "New Year's Eve", "Thanksgiving", "Valentine's Day". */
function holidayAt(tokens: readonly Token[], at: number): Holiday | null {
  const word = wordAt(tokens, at);
  const fixed = HOLIDAYS.get(word);
  if (fixed !== undefined) {
    const next = wordAt(tokens, at + 1);
    if (next === "eve" && fixed[1] > 0) return { end: at + 2, month: fixed[0], day: fixed[1] - 1, eve: true };
    return { end: next === "day" ? at + 2 : at + 1, month: fixed[0], day: fixed[1], eve: false };
  }
  if (word !== "new") return null;
  const year = wordAt(tokens, at + 1);
  if (year !== "year's" && year !== "years" && year !== "year") return null;
  const after = wordAt(tokens, at + 2);
  if (after === "eve") return { end: at + 3, month: 12, day: 31, eve: true };
  // "by the new year" is January 1st; "a new year", "new year goals" are none (an opener is checked later).
  if (after !== "day" && year === "year" && wordAt(tokens, at - 1) !== "the") return null;
  return { end: after === "day" ? at + 3 : at + 2, month: 1, day: 1, eve: false };
}

function resolveHoliday(tokens: readonly Token[], at: number, holiday: Holiday, context: TimeContext): TimeMatch | null {
  const yearIndex = tokens[holiday.end]?.text === "," ? holiday.end + 1 : holiday.end;
  const written = yearAt(tokens, yearIndex);
  const dayIn = (year: number) => (holiday.day > 0 ? holiday.day : thanksgiving(year));
  if (written > 0) return dayMatch(yearIndex + 1, safeDate(written, holiday.month, dayIn(written)));
  if (!DAY_OPENERS.has(opener(tokens, at))) return null;
  const { asOf } = context;
  if (asOf === undefined) return { ...base(holiday.end), relative: true };
  const from = dateParts(asOf).year;
  for (let year = from; year <= from + 1; year++) {
    const date = safeDate(year, holiday.month, dayIn(year));
    if (date !== undefined && date >= asOf) return { ...dayMatch(holiday.end, date), relative: true };
  }
  return { ...base(holiday.end), relative: true };
}

/** The fourth Thursday of November. */
function thanksgiving(year: number): number {
  const weekday = isoWeekday(formatIsoDate(year, 11, 1));
  return 1 + ((4 - weekday + 7) % 7) + 21;
}

/** "summer 2027", "this summer", "by fall": due the season's last day (northern meteorological seasons). */
function seasonAt(tokens: readonly Token[], at: number, lastMonth: number, context: TimeContext): TimeMatch | null {
  // "the spring term" is an academic term: no calendar says when it ends.
  if (EVENT_DEADLINES.has(wordAt(tokens, at + 1))) return null;
  const yearIndex = wordAt(tokens, at + 1) === "of" ? at + 2 : at + 1;
  const year = yearAt(tokens, yearIndex);
  if (year > 0) return periodMatch(yearIndex + 1, monthsPeriod(year, lastMonth - 2, lastMonth));
  const before = opener(tokens, at);
  if (!SEASON_OPENERS.has(before)) return null;
  const { asOf } = context;
  if (asOf === undefined) return { ...base(at + 1), relative: true };
  // This season's when it has not ended; "next summer" is the first that has not begun.
  const from = dateParts(asOf).year;
  for (let year = from; year <= from + 1; year++) {
    const season = monthsPeriod(year, lastMonth - 2, lastMonth);
    if (season !== undefined && (before === "next" ? season.first > asOf : season.last >= asOf)) return periodMatch(at + 1, season, true);
  }
  return { ...base(at + 1), relative: true };
}

// "by Friday" is the first Friday after asOf; "this Friday" the Friday of this
// week (or the next one once it has passed); "next Friday" the Friday of next week.
function weekdayAt(tokens: readonly Token[], at: number, weekday: number, context: TimeContext): TimeMatch | null {
  const before = opener(tokens, at);
  if (!WEEKDAY_OPENERS.has(before)) return null;
  const { asOf } = context;
  const found = { ...base(at + 1), relative: true, spanDays: 7 };
  if (asOf === undefined) return found;
  const today = isoWeekday(asOf);
  let offset = ((weekday - today + 6) % 7) + 1;
  if (before === "next") offset = 7 - today + weekday;
  else if (before === "this" && weekday >= today) offset = weekday - today;
  const date = plusDays(asOf, offset);
  return date === undefined ? found : { ...found, date, first: date };
}

// ---------------------------------------------------------------- relative spans and events

/** "in 8 weeks", "within the next 6 months", "over the next year", "within the year". */
function span(tokens: readonly Token[], at: number, context: TimeContext): TimeMatch | null {
  let next = at;
  let filled = false;
  let upcoming = false;
  // Bounded: "next next next …" must not rescan from every position.
  while (next < at + MAX_FILLERS && SPAN_FILLERS.has(wordAt(tokens, next))) {
    if (wordAt(tokens, next) !== "the") upcoming = true;
    filled = true;
    next++;
  }
  let count = countAt(tokens, next);
  if (count > 0) {
    next++;
    if (wordAt(tokens, next) === "of") next++;
  } else if (!filled) return null;
  const unitWord = wordAt(tokens, next);
  const unit = SPAN_UNITS.get(unitWord);
  if (unit === undefined || FREQUENCY_OPENERS.has(wordAt(tokens, next + 1)) || wordAt(tokens, next + 1) === "a") return null;
  if (count <= 0) {
    // "in the coming weeks" names no length; "within the year" is the current year.
    if (unitWord.endsWith("s")) return null;
    if (!upcoming) return PERIODS.has(unitWord) ? currentPeriod(next + 1, context, unitWord, 0) : null;
    count = 1;
  }
  return relative(next + 1, context, count * unit[0], count * unit[1]);
}

/** "3 weeks from now", "a month from today". */
function fromNow(tokens: readonly Token[], at: number, context: TimeContext): TimeMatch | null {
  const count = countAt(tokens, at);
  const unit = SPAN_UNITS.get(wordAt(tokens, at + 1));
  if (count <= 0 || unit === undefined || wordAt(tokens, at + 2) !== "from" || !NOW_WORDS.has(wordAt(tokens, at + 3))) return null;
  return relative(at + 4, context, count * unit[0], count * unit[1]);
}

function relative(end: number, context: TimeContext, days: number, months: number): TimeMatch {
  const found = { ...base(end), relative: true, spanDays: days + months * 30.44 };
  const { asOf } = context;
  if (asOf === undefined) return found;
  const date = months > 0 ? plusMonths(asOf, months) : plusDays(asOf, days);
  return date === undefined ? found : { ...found, date };
}

// "at" bounds only an upcoming event ("at the next appraisal"), not a place ("at the team meeting").
function eventDeadline(tokens: readonly Token[], at: number, needsNext: boolean): TimeMatch | null {
  let upcoming = false;
  for (let next = at; next < at + EVENT_REACH && tokens[next]?.kind === "word"; next++) {
    const word = tokens[next]!.text;
    if (SPAN_FILLERS.has(word) && word !== "the") upcoming = true;
    if (EVENT_DEADLINES.has(word) && (upcoming || !needsNext)) return { ...base(next + 1), event: true };
  }
  return null;
}

// ---------------------------------------------------------------- token helpers

function countAt(tokens: readonly Token[], at: number): number {
  const token = tokens[at];
  if (token?.kind === "number") return token.value > 0 && token.value <= MAX_SPAN_COUNT && !token.ordinal ? token.value : -1;
  const word = wordAt(tokens, at);
  if (word === "a" || word === "an") return 1;
  return NUMBER_WORDS.get(word) ?? -1;
}

function dayAt(tokens: readonly Token[], at: number): number {
  const token = tokens[at];
  if (token?.kind !== "number") return -1;
  const value = token.value;
  return Number.isInteger(value) && value >= 1 && value <= 31 && token.text.length <= 2 ? value : -1;
}

/** A year written with four digits, 1900-2199; -1 otherwise. */
function yearAt(tokens: readonly Token[], at: number): number {
  const token = tokens[at];
  if (token?.kind !== "number" || token.text.length !== 4 || token.ordinal) return -1;
  const value = token.value;
  return value >= 1900 && value <= 2199 ? value : -1;
}

function wordAt(tokens: readonly Token[], at: number): string {
  const token = tokens[at];
  return token !== undefined && token.kind === "word" ? token.text : "";
}

function skipThe(tokens: readonly Token[], at: number): number {
  return wordAt(tokens, at) === "the" ? at + 1 : at;
}

/** The word that opens the expression at `at`, looking past one "the" ("by the 15th", "before the end"). */
function opener(tokens: readonly Token[], at: number): string {
  const previous = wordAt(tokens, at - 1);
  return previous === "the" ? wordAt(tokens, at - 2) || "the" : previous;
}

// ---------------------------------------------------------------- dates in 0001-9999 only

function isValid(date: string): boolean {
  return isIsoDate(date) && date >= "0001-01-01";
}

function safeDate(year: number, month: number, day: number): IsoDate | undefined {
  if (!(year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return undefined;
  return formatIsoDate(year, month, day);
}

function plusDays(date: string, days: number): IsoDate | undefined {
  const { year } = dateParts(date);
  // Far from the edges of the calendar, day arithmetic cannot leave it.
  if (year > 1 && year < 9999) return addDays(date, days);
  const result = addDays(date, days);
  return isValid(result) ? result : undefined;
}

function plusMonths(date: string, months: number): IsoDate | undefined {
  const { year, month } = dateParts(date);
  const target = Math.floor((year * 12 + month - 1 + months) / 12);
  if (target < 1 || target > 9999) return undefined;
  const result = addMonths(date, months);
  return isValid(result) ? result : undefined;
}

function range(first: IsoDate, last: IsoDate | undefined): Period | undefined {
  return last === undefined ? undefined : { first, last };
}

function yearPeriod(year: number): Period | undefined {
  return monthsPeriod(year, 1, 12);
}

function monthPeriod(year: number, month: number): Period | undefined {
  return monthsPeriod(year, month, month);
}

/** The months `first`..`last`, each counted as year × 12 + month - 1. */
function monthsPeriodAt(first: number, last: number): Period | undefined {
  const start = safeDate(Math.floor(first / 12), (first % 12) + 1, 1);
  const lastYear = Math.floor(last / 12);
  const lastMonth = (last % 12) + 1;
  const end = safeDate(lastYear, lastMonth, daysInMonth(lastYear, lastMonth));
  return start === undefined || end === undefined ? undefined : { first: start, last: end };
}

function monthsPeriod(year: number, firstMonth: number, lastMonth: number): Period | undefined {
  const first = safeDate(year, firstMonth, 1);
  const last = safeDate(year, lastMonth, daysInMonth(year, lastMonth));
  return first === undefined || last === undefined ? undefined : { first, last };
}
