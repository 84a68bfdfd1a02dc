// Private: the quarterly review cadence. Reviews fall every 3 months from the
// vision's start date, computed from that anchor (Jan 31 → Apr 30 → Jul 31).
import { addMonths, dateParts } from "../../_lib/dates.ts";
import { createIssue } from "../../_lib/issues.ts";
import type { Issue } from "../../model/index.ts";
import type { PlanIndex } from "./planIndex.ts";

const QUARTER_MONTHS = 3;

/**
 * Pushes one `review/overdue` issue, at `["reviews"]`, when the latest
 * quarterly review date on or before `asOf` has no review of any kind
 * recorded on or after it.
 */
export function checkReviewCadence(index: PlanIndex, issues: Issue[]): void {
  const { plan, reviews, asOf } = index;
  const due = latestQuarterlyDate(plan.vision.startDate, asOf);
  if (due === undefined) return;
  let lastReview: string | undefined;
  for (const review of reviews) if (lastReview === undefined || review.date > lastReview) lastReview = review.date;
  if (lastReview !== undefined && lastReview >= due) return;
  const since = lastReview === undefined ? "no review has been recorded yet" : `the last one was on ${lastReview}`;
  const hint = "Hold the quarterly review: keep, tweak or replace each goal, then record it in reviews.";
  issues.push(createIssue("review/overdue", "warning", ["reviews"], `a quarterly review was due on ${due} and ${since}`, hint));
}

/** `start` + 3k months for the largest k ≥ 1 that is on or before `asOf`, if any. */
export function latestQuarterlyDate(start: string, asOf: string): string | undefined {
  const from = dateParts(start);
  const to = dateParts(asOf);
  let quarters = Math.floor(((to.year - from.year) * 12 + (to.month - from.month)) / QUARTER_MONTHS);
  // The month count can overshoot by one quarter when asOf's day comes before start's.
  while (quarters >= 1 && addMonths(start, quarters * QUARTER_MONTHS) > asOf) quarters--;
  return quarters >= 1 ? addMonths(start, quarters * QUARTER_MONTHS) : undefined;
}
