import { addDays, assertIsoDate, dateParts, daysInMonth, formatIsoDate, isoWeekday } from "../_lib/dates.ts";
import type { IsoDate, ReviewKind } from "../model/index.ts";
import { DEFAULT_CADENCES } from "./cadences.ts";
import { KIND_ORDER, questionsFor } from "./questions.ts";
import type { Cadence, ReviewEvent } from "./types.ts";

/**
 * What {@link scheduleReviews} needs: the anchor date, the last day to
 * schedule, the cadences and what to do with weekend dates.
 *
 * @category Reviews
 */
export interface ScheduleReviewsOptions {
  /** The anchor: every review date is this date plus a whole number of months. */
  start: string;
  /** The last day a review may fall on (included). */
  until: string;
  /** The review rhythm; {@link DEFAULT_CADENCES} (3, 6 and 12 months) when left out. */
  cadences?: readonly Readonly<Cadence>[];
  /** `"keep"` (the default) leaves weekend dates alone; `"next-monday"` moves Saturdays and Sundays to the Monday after. */
  weekends?: "keep" | "next-monday";
}

/**
 * Lists the review dates from `start` to `until`, merging reviews that fall
 * on the same day.
 *
 * Every date is computed from the anchor, `start + k × everyMonths` for
 * k = 1, 2, …, with the day clamped to the month's end: from January 31 a
 * quarterly review falls on April 30, July 31 and October 31 (it never drifts
 * to the 30th), and from February 29 a yearly review falls on February 28,
 * then February 29 again in the next leap year. The start date itself is not
 * a review. With `weekends: "next-monday"` a Saturday or Sunday moves to the
 * following Monday, merging with any review already there; a date moved past
 * `until` is left out. An `until` before `start` gives no events.
 *
 * @param options - The anchor, the last day, the cadences and the weekend rule.
 * @returns The review days in date order, each with its kinds and questions.
 * @throws {RangeError} `start` or `until` is not a `YYYY-MM-DD` date, a cadence has an unknown kind or an `everyMonths` that is not a positive whole number, or `weekends` is not `"keep"` or `"next-monday"`.
 * @throws {TypeError} `options` or `cadences` is not an object or array.
 *
 * @example
 * ```ts
 * scheduleReviews({ start: "2026-01-31", until: "2026-12-31", cadences: [{ kind: "quarterly", everyMonths: 3 }] })
 *   .map((event) => event.date);
 * //=> ["2026-04-30", "2026-07-31", "2026-10-31"]
 *
 * scheduleReviews({ start: "2026-01-05", until: "2026-07-05" }).map((event) => event.kinds);
 * //=> [["quarterly"], ["quarterly", "canvas"]]
 * ```
 *
 * @category Reviews
 */
export function scheduleReviews(options: ScheduleReviewsOptions): ReviewEvent[] {
  if (typeof options !== "object" || options === null) {
    throw new TypeError(`scheduleReviews: options must be an object, got ${options === null ? "null" : typeof options}`);
  }
  const { start, until, cadences = DEFAULT_CADENCES, weekends = "keep" } = options;
  assertIsoDate(start, "scheduleReviews: start");
  assertIsoDate(until, "scheduleReviews: until");
  checkCadences(cadences);
  if (weekends !== "keep" && weekends !== "next-monday") {
    throw new RangeError(`scheduleReviews: weekends must be "keep" or "next-monday", got ${JSON.stringify(String(weekends))}`);
  }
  const anchor = dateParts(start);
  const kindsByDate = new Map<IsoDate, number>();
  for (const cadence of cadences) {
    const bit = 1 << KIND_ORDER.indexOf(cadence.kind);
    for (let step = 1; ; step++) {
      const date = anchorPlusMonths(anchor, step * cadence.everyMonths);
      if (date === undefined || date > until) break;
      const day = weekends === "next-monday" ? nextWeekday(date) : date;
      if (day.length !== 10 || day > until) continue;
      kindsByDate.set(day, (kindsByDate.get(day) ?? 0) | bit);
    }
  }
  const dates = [...kindsByDate.keys()].sort();
  return dates.map((date) => {
    const kinds = kindsOf(kindsByDate.get(date) ?? 0);
    return { date, kinds, questions: questionsFor(kinds) };
  });
}

function checkCadences(cadences: readonly Readonly<Cadence>[]): void {
  if (!Array.isArray(cadences)) throw new TypeError(`scheduleReviews: cadences must be an array, got ${typeof cadences}`);
  cadences.forEach((cadence: Readonly<Cadence>, index: number) => {
    if (typeof cadence !== "object" || cadence === null) {
      throw new TypeError(`scheduleReviews: cadences[${index}] must be an object, got ${cadence === null ? "null" : typeof cadence}`);
    }
    if (!KIND_ORDER.includes(cadence.kind)) {
      throw new RangeError(`scheduleReviews: cadences[${index}].kind must be "quarterly", "canvas" or "vision", got ${JSON.stringify(String(cadence.kind))}`);
    }
    if (!Number.isInteger(cadence.everyMonths) || cadence.everyMonths < 1) {
      throw new RangeError(`scheduleReviews: cadences[${index}].everyMonths must be a positive whole number, got ${String(cadence.everyMonths)}`);
    }
  });
}

/**
 * The anchor plus `months`, clamped to the month's end: the same date as
 * `addMonths(start, months)`, without building a Date for each of thousands
 * of steps. Undefined past year 9999, where IsoDates stop comparing as text.
 */
function anchorPlusMonths(anchor: { year: number; month: number; day: number }, months: number): IsoDate | undefined {
  const monthIndex = anchor.month - 1 + months;
  const year = anchor.year + Math.floor(monthIndex / 12);
  if (year > 9999) return undefined;
  const month = (monthIndex % 12) + 1;
  return formatIsoDate(year, month, Math.min(anchor.day, daysInMonth(year, month)));
}

function nextWeekday(date: IsoDate): IsoDate {
  const weekday = isoWeekday(date);
  return weekday === 6 ? addDays(date, 2) : weekday === 7 ? addDays(date, 1) : date;
}

function kindsOf(mask: number): ReviewKind[] {
  return KIND_ORDER.filter((_kind, index) => (mask & (1 << index)) !== 0);
}
