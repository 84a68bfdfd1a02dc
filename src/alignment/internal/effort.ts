// Private: the 70/20/10 side of alignment — whether the effort still ahead in
// active goals follows the plan's ratios.
import { measureAllocation } from "../../allocation/index.ts";
import { driftIssue } from "../../rules/driftIssue.ts";
import { BUCKETS } from "../../rules/defaults.ts";
import { effortLeftMinutes } from "../../rules/effortLeft.ts";
import type { Bucket, Issue } from "../../model/index.ts";
import type { AlignmentIndex } from "./planIndex.ts";

/**
 * Pushes `allocation/drift` warnings when the effort still ahead in active
 * goals (`effortLeftMinutes`) strays from the plan's ratios by more than `tolerance`.
 * Issues point at `["ratios", bucket]` when the plan sets ratios, else at
 * `["goals"]` (the 70/20/10 default applies). Unusable ratios are reported
 * by the index (`schema/invalid`), and there is then no target to drift from.
 */
export function checkEffortMix(index: AlignmentIndex, tolerance: number | undefined, issues: Issue[]): void {
  const { goals, tasks, taskGoal, buckets, plan, ratios, effortHours } = index;
  if (ratios === undefined) return;
  const taskMinutes = new Float64Array(goals.length);
  const doneMinutes = new Float64Array(goals.length);
  tasks.forEach((task, step) => {
    const at = taskGoal[step];
    if (at === undefined) return;
    taskMinutes[at]! += index.taskMinutes[step]!;
    if (task.done) doneMinutes[at]! += index.taskMinutes[step]!;
  });
  // One entry per bucket: measureAllocation only sums them, and 3 entries beat 100,000.
  const minutes = { core: 0, auxiliary: 0, exploratory: 0 };
  buckets.forEach((bucket, at) => {
    if (bucket !== undefined) minutes[bucket] += effortLeftMinutes(effortHours[at], taskMinutes[at]!, doneMinutes[at]!);
  });
  const entries = BUCKETS.filter((bucket) => minutes[bucket] > 0).map((bucket) => ({ bucket, minutes: minutes[bucket] }));
  if (entries.length === 0) return;

  const mix = measureAllocation(entries, { ratios, tolerance });
  for (const issue of mix.issues) {
    const bucket = issue.path[1] as Bucket;
    // Here the share is of the effort still ahead, not of time spent; without plan ratios the path cannot name the bucket, so the words do.
    const wording = { of: "the effort left in active goals", lead: plan.ratios ? "" : `${bucket} work is ` };
    issues.push(driftIssue(["ratios"], bucket, mix.shares[bucket], ratios[bucket], mix.rebalance, wording, plan.ratios ? ["ratios", bucket] : ["goals"]));
  }
}
