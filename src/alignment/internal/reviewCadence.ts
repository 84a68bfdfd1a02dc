// Private: the quarterly review cadence. Reviews fall every 3 months from the
// vision's start date, computed from that anchor (Jan 31 → Apr 30 → Jul 31).
import { addMonths, dateParts } from "../../_lib/dates.ts";
import type { IsoDate, Issue } from "../../model/index.ts";
import { type PlanIndex, warn } from "./planIndex.ts";

/**
 * Pushes one `review/overdue` issue, at `["reviews"]`, when the latest
 * quarterly review date on or before `asOf` has no review of any kind
 * recorded on or after it. Without a calendar `start` (see
 * `visionDates`, which reports it) there is no cadence to check.
 */
export function checkReviewCadence(index: PlanIndex, start: IsoDate | undefined, issues: Issue[]): void {
  if (start === undefined) return;
  const { reviews, asOf } = index;
  const from = dateParts(start);
  const to = dateParts(asOf);
  let quarters = Math.floor(((to.year - from.year) * 12 + to.month - from.month) / 3);
  // The month count overshoots by one quarter when asOf's day comes before start's.
  if (quarters >= 1 && addMonths(start, quarters * 3) > asOf) quarters--;
  if (quarters < 1) return;
  const due = addMonths(start, quarters * 3);

  let last = ""; // before every date: no review yet
  for (const review of reviews) if (review.date > last) last = review.date;
  if (last >= due) return;
  const message = `a quarterly review was due ${due}; ${last ? `the last was ${last}` : "none is recorded"}`;
  warn(issues, "review/overdue", ["reviews"], message, "Hold the quarterly review, then record it in reviews.");
}
