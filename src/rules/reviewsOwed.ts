// When a review is owed, once: reviews fall every `everyMonths` months from the
// vision's start (counted from that anchor, so Jan 31 → Apr 30 → Jul 31), and a
// review of a kind is owed on a date unless a review OF THAT KIND was held on
// or after it. A canvas review does not stand in for the quarterly one: each
// kind asks its own questions. dueReviews lists every owed date;
// checkAlignment's `review/overdue` flags the latest owed date of each kind.
import type { IsoDate, ReviewInput, ReviewKind } from "../model/index.ts";
import { dateParts, daysInMonth, formatIsoDate, isIsoDate } from "../_lib/dates.ts";

/** The last date a review of each kind was held (reviews with no calendar date are skipped). */
export function lastHeldByKind(reviews: readonly Pick<ReviewInput, "date" | "kind">[]): ReadonlyMap<ReviewKind, string> {
  const latest = new Map<ReviewKind, string>();
  for (const { date, kind } of reviews) if (isIsoDate(date) && date > (latest.get(kind) ?? "")) latest.set(kind, date);
  return latest;
}

/** Whether a `kind` review due on `date` is still owed: none of that kind was held on or after it. */
export function isOwed(kind: ReviewKind, date: string, lastHeld: ReadonlyMap<ReviewKind, string>): boolean {
  return date > (lastHeld.get(kind) ?? "");
}

/** The `count`-th review date of a cadence: `start` plus count × `everyMonths` months, the day clamped to the month's end; `undefined` past 9999-12-31. */
export function cadenceDate(start: string, everyMonths: number, count: number): IsoDate | undefined {
  const { year, month, day } = dateParts(start);
  const months = month - 1 + count * everyMonths;
  const reviewYear = year + Math.floor(months / 12);
  if (reviewYear > 9999) return undefined;
  const reviewMonth = (months % 12) + 1;
  return formatIsoDate(reviewYear, reviewMonth, Math.min(day, daysInMonth(reviewYear, reviewMonth)));
}

/** The latest review date of a cadence on or before `asOf` (after `start`), or `undefined` when none has come yet. */
export function latestCadenceDate(start: string, everyMonths: number, asOf: string): IsoDate | undefined {
  const from = dateParts(start);
  const to = dateParts(asOf);
  let count = Math.floor(((to.year - from.year) * 12 + to.month - from.month) / everyMonths);
  // The month count overshoots by one period when asOf's day comes before the (clamped) review day.
  while (count >= 1 && cadenceDate(start, everyMonths, count)! > asOf) count--;
  return count >= 1 ? cadenceDate(start, everyMonths, count) : undefined;
}
