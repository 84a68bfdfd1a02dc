import { fail, requireObject } from "../_lib/args.ts";
import { addDays, assertIsoDate, isoWeekday } from "../_lib/dates.ts";
import { cadenceDate } from "../rules/reviewsOwed.ts";
import type { IsoDate, ReviewKind } from "../model/index.ts";
import { DEFAULT_CADENCES } from "../rules/defaults.ts";
import { oneOf, requireKind } from "./kinds.ts";
import { reviewEvent } from "./questions.ts";
import type { Cadence, ReviewEvent } from "./types.ts";

const WHERE = "scheduleReviews";
const WEEKEND_RULES: readonly string[] = ["keep", "next-monday"];

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
  requireObject(WHERE, "options", options);
  const { start, until, cadences = DEFAULT_CADENCES, weekends = "keep" } = options;
  assertIsoDate(start, `${WHERE}: start`);
  assertIsoDate(until, `${WHERE}: until`);
  checkCadences(cadences);
  if (!WEEKEND_RULES.includes(weekends)) fail(WHERE, "weekends", oneOf(WEEKEND_RULES), weekends);
  const kindsByDate = new Map<IsoDate, ReviewKind[]>();
  for (const { kind, everyMonths } of cadences) {
    // Each date is counted from the anchor, not from the last review, so a day clamped to a short month's end never drifts.
    for (let count = 1; ; count++) {
      let date = cadenceDate(start, everyMonths, count);
      if (date === undefined || date > until) break;
      if (weekends === "next-monday") date = nextWeekday(date);
      // After 9999-12-31 a date grows a fifth year digit and no longer compares as text.
      if (date.length > 10 || date > until) continue;
      kindsByDate.set(date, [...(kindsByDate.get(date) ?? []), kind]);
    }
  }
  return [...kindsByDate.keys()].sort().map((date) => reviewEvent(date, kindsByDate.get(date)!));
}

function checkCadences(cadences: readonly Readonly<Cadence>[]): void {
  if (!Array.isArray(cadences)) fail(WHERE, "cadences", "an array", cadences, TypeError);
  cadences.forEach((cadence: Readonly<Cadence>, index: number) => {
    const name = `cadences[${index}]`;
    requireObject(WHERE, name, cadence);
    requireKind(WHERE, `${name}.kind`, cadence.kind);
    if (!Number.isInteger(cadence.everyMonths) || cadence.everyMonths < 1) fail(WHERE, `${name}.everyMonths`, "a positive whole number", cadence.everyMonths);
  });
}

/** Saturday (6) and Sunday (7) move to the Monday after. */
function nextWeekday(date: IsoDate): IsoDate {
  const weekday = isoWeekday(date);
  return weekday > 5 ? addDays(date, 8 - weekday) : date;
}
