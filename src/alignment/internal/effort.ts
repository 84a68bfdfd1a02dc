// Private: the 70/20/10 side of alignment — whether the work planned for the
// next quarter follows the plan's ratios.
import { measureAllocation } from "../../allocation/index.ts";
import { BUCKETS } from "../../_lib/defaults.ts";
import type { Issue } from "../../model/index.ts";
import { moveIssue, type PlanIndex } from "./planIndex.ts";
import { effortLeftByGoal, nextQuarterEnd, plannedQuarterMinutes } from "./plannedMix.ts";

/**
 * Pushes `allocation/drift` warnings when the work planned for the next
 * quarter (see `plannedQuarterMinutes`) strays from the plan's ratios by more
 * than `tolerance`. Issues point at `["ratios", bucket]` when the plan sets
 * ratios, else at `["goals"]` (the 70/20/10 default applies).
 */
export function checkEffortMix(index: PlanIndex, tolerance: number | undefined, issues: Issue[]): void {
  const minutes = plannedQuarterMinutes(index, effortLeftByGoal(index));
  const entries = BUCKETS.filter((bucket) => minutes[bucket] > 0).map((bucket) => ({ bucket, minutes: minutes[bucket] }));
  if (entries.length === 0) return;

  const { ratios } = index.plan;
  const quarter = ` of the work planned from ${index.asOf} to ${nextQuarterEnd(index.asOf)} `;
  for (const issue of measureAllocation(entries, { ratios, tolerance, path: ["ratios"] }).issues) {
    const located = ratios ? issue : moveIssue(issue, ["goals"], `${issue.path[1]} work is `);
    // measureAllocation speaks of "effort"; here it is the work planned for the quarter ahead.
    issues.push({ ...located, message: located.message.replace(" of effort ", quarter) });
  }
}
