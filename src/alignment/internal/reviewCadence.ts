// Private: the review cadence of the seeds (quarterly, canvas every 6 months,
// vision every year), judged by the one rule of src/rules/reviewsOwed.ts.
import type { IsoDate, Issue } from "../../model/index.ts";
import { DEFAULT_CADENCES } from "../../rules/defaults.ts";
import { isOwed, lastHeldByKind, latestCadenceDate } from "../../rules/reviewsOwed.ts";
import { type AlignmentIndex, warn } from "./planIndex.ts";

/**
 * Pushes one `review/overdue` issue, at `["reviews"]`, per review kind whose
 * latest date on or before `asOf` has no review of that kind on or after it
 * (the dates `dueReviews` lists). Without a calendar `start` (see
 * `visionDates`, which reports it) there is no cadence to check.
 */
export function checkReviewCadence(index: AlignmentIndex, start: IsoDate | undefined, issues: Issue[]): void {
  if (start === undefined) return;
  const { reviews, asOf } = index;
  let lastHeld: ReturnType<typeof lastHeldByKind> | undefined;
  for (const { kind, everyMonths } of DEFAULT_CADENCES) {
    const due = latestCadenceDate(start, everyMonths, asOf);
    if (due === undefined) continue;
    lastHeld ??= lastHeldByKind(reviews);
    if (!isOwed(kind, due, lastHeld)) continue;
    const last = lastHeld.get(kind);
    const message = `a ${kind} review was due ${due}; ${last ? `the last was ${last}` : "none is recorded"}`;
    warn(issues, "review/overdue", ["reviews"], message, `Hold the ${kind} review, then record it in reviews with kind "${kind}".`);
  }
}
