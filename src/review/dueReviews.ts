import { requireObject } from "../_lib/args.ts";
import { assertIsoDate } from "../_lib/dates.ts";
import type { PlanInput } from "../model/index.ts";
import { indexPlan } from "../rules/planIndex.ts";
import { isOwed, lastHeldByKind } from "../rules/reviewsOwed.ts";
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
  /** Today's date (`YYYY-MM-DD`): reviews dated on or before it are due. */
  asOf: string;
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
 * @param options - `asOf` (today), and the cadences and weekend rule of the schedule.
 * @returns The due review days in date order; empty when the plan is up to date.
 * @throws {RangeError} `options.asOf` or `plan.vision.startDate` is not a `YYYY-MM-DD` date.
 * @throws {TypeError} `plan` does not have the model's shape, or `options` is not an object.
 *
 * @example
 * ```ts
 * const plan: PlanInput = {
 *   vision: { id: "v", statement: "Become a senior engineer", startDate: "2026-01-05", targetDate: "2030-12-31" },
 *   reviews: [{ id: "r1", date: "2026-04-05", kind: "quarterly" }],
 * };
 * dueReviews(plan, { asOf: "2026-08-01" }).map((event) => [event.date, event.kinds]);
 * //=> [["2026-07-05", ["quarterly", "canvas"]]]
 * ```
 *
 * @category Reviews
 */
export function dueReviews(plan: PlanInput, options: DueReviewsOptions): ReviewEvent[] {
  requireObject("dueReviews", "options", options);
  const { asOf, cadences, weekends } = options;
  const { reviews } = indexPlan("dueReviews", plan);
  const { startDate } = plan.vision;
  assertIsoDate(asOf, "dueReviews: options.asOf");
  assertIsoDate(startDate, "dueReviews: plan.vision.startDate");
  const lastHeld = lastHeldByKind(reviews);
  const due: ReviewEvent[] = [];
  for (const { date, kinds } of scheduleReviews({ cadences, weekends, start: startDate, until: asOf })) {
    const owed = kinds.filter((kind) => isOwed(kind, date, lastHeld));
    if (owed.length > 0) due.push(reviewEvent(date, owed));
  }
  return due;
}
