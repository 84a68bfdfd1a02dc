// Private: the 70/20/10 side of alignment — whether the work planned for the
// next quarter follows the plan's ratios.
import { measureAllocation } from "../../allocation/index.ts";
import { driftIssue } from "../../rules/driftIssue.ts";
import { BUCKETS } from "../../rules/defaults.ts";
import type { Bucket, Issue } from "../../model/index.ts";
import type { AlignmentIndex } from "./planIndex.ts";
import { effortLeftByGoal, nextQuarterLastDay, plannedQuarterMinutes } from "../../rules/plannedMix.ts";

/**
 * Pushes `allocation/drift` warnings when the work planned for the next
 * quarter (see `plannedQuarterMinutes`) strays from the plan's ratios by more
 * than `tolerance`. Issues point at `["ratios", bucket]` when the plan sets
 * ratios, else at `["goals"]` (the 70/20/10 default applies). Unusable ratios
 * are reported by the index (`schema/invalid`), and there is then no target
 * to drift from.
 */
export function checkEffortMix(index: AlignmentIndex, tolerance: number | undefined, issues: Issue[]): void {
  const { plan, ratios, asOf } = index;
  if (ratios === undefined) return;
  const minutes = plannedQuarterMinutes(index, effortLeftByGoal(index));
  // One entry per bucket: measureAllocation only sums them, and 3 entries beat 100,000.
  const entries = BUCKETS.filter((bucket) => minutes[bucket] > 0).map((bucket) => ({ bucket, minutes: minutes[bucket] }));
  if (entries.length === 0) return;

  const mix = measureAllocation(entries, { ratios, tolerance });
  const of = `the work planned from ${asOf} to ${nextQuarterLastDay(asOf)}`;
  for (const issue of mix.issues) {
    const bucket = issue.path[1] as Bucket;
    // Here the share is of the work planned for the quarter ahead, not of time spent; without plan ratios the path cannot name the bucket, so the words do.
    const wording = { of, lead: plan.ratios ? "" : `${bucket} work is ` };
    issues.push(driftIssue(["ratios"], bucket, mix.shares[bucket], ratios[bucket], mix.rebalance, wording, plan.ratios ? ["ratios", bucket] : ["goals"]));
  }
}
