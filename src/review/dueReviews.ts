import { assertIsoDate, isIsoDate } from "../_lib/dates.ts";
import type { PlanInput, ReviewKind } from "../model/index.ts";
import { reviewEvent } from "./questions.ts";
import { scheduleReviews } from "./scheduleReviews.ts";
import type { ScheduleReviewsOptions } from "./scheduleReviews.ts";
import type { ReviewEvent } from "./types.ts";

/**
 * How {@link dueReviews} builds the schedule it checks the plan against.
 *
 * @category Reviews
 */
export interface DueReviewsOptions {
  /** The review rhythm; {@link DEFAULT_CADENCES} (3, 6 and 12 months) when left out. */
  cadences?: ScheduleReviewsOptions["cadences"];
  /** The weekend rule of {@link scheduleReviews}; `"keep"` when left out. */
  weekends?: ScheduleReviewsOptions["weekends"];
}

/**
 * Lists the scheduled reviews that are due: their date is on or before
 * `asOf` and the plan records no review of that kind on or after it.
 *
 * The schedule runs from the vision's `startDate` (see
 * {@link scheduleReviews}). Every missed review is listed, not only the
 * latest of each kind, so a caller can show how far behind the plan is; each
 * event keeps only the kinds still due and their questions. A recorded review
 * whose date is not a valid `YYYY-MM-DD` date is ignored.
 *
 * @param plan - The plan, with the reviews held so far in `plan.reviews`.
 * @param asOf - Today's date.
 * @param options - The cadences and weekend rule of the schedule.
 * @returns The due review days in date order; empty when the plan is up to date.
 * @throws {RangeError} `asOf` or `plan.vision.startDate` is not a `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * const plan: PlanInput = {
 *   vision: { id: "v", statement: "Become a senior engineer", startDate: "2026-01-05", targetDate: "2030-12-31" },
 *   reviews: [{ id: "r1", date: "2026-04-05", kind: "quarterly" }],
 * };
 * dueReviews(plan, "2026-08-01").map((event) => [event.date, event.kinds]);
 * //=> [["2026-07-05", ["quarterly", "canvas"]]]
 * ```
 *
 * @category Reviews
 */
export function dueReviews(plan: PlanInput, asOf: string, options: DueReviewsOptions = {}): ReviewEvent[] {
  const { startDate } = plan.vision;
  assertIsoDate(asOf, "dueReviews: asOf");
  assertIsoDate(startDate, "dueReviews: plan.vision.startDate");
  const latest = new Map<ReviewKind, string>();
  for (const { date, kind } of plan.reviews ?? []) {
    if (isIsoDate(date) && date > (latest.get(kind) ?? "")) latest.set(kind, date);
  }
  const due: ReviewEvent[] = [];
  for (const { date, kinds } of scheduleReviews({ ...options, start: startDate, until: asOf })) {
    // A kind is still owed unless a review of it was held on or after this date.
    const owed = kinds.filter((kind) => date > (latest.get(kind) ?? ""));
    if (owed.length > 0) due.push(reviewEvent(date, owed));
  }
  return due;
}
