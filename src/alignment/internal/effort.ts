// Private: the 70/20/10 side of alignment — whether the effort still ahead in
// active goals follows the plan's ratios.
import { measureAllocation } from "../../allocation/index.ts";
import { BUCKETS } from "../../_lib/defaults.ts";
import { effortLeftMinutes } from "../../_lib/effortLeft.ts";
import type { Issue } from "../../model/index.ts";
import { moveIssue, type PlanIndex } from "./planIndex.ts";

/**
 * Pushes `allocation/drift` warnings when the effort still ahead in active
 * goals (`effortLeftMinutes`) strays from the plan's ratios by more than `tolerance`.
 * Issues point at `["ratios", bucket]` when the plan sets ratios, else at
 * `["goals"]` (the 70/20/10 default applies).
 */
export function checkEffortMix(index: PlanIndex, tolerance: number | undefined, issues: Issue[]): void {
  const { goals, tasks, taskGoal, buckets, plan } = index;
  const taskMinutes = new Float64Array(goals.length);
  const doneMinutes = new Float64Array(goals.length);
  tasks.forEach((task, step) => {
    const at = taskGoal[step];
    if (at === undefined) return;
    taskMinutes[at]! += task.minutes;
    if (task.done) doneMinutes[at]! += task.minutes;
  });
  // One entry per bucket: measureAllocation only sums them, and 3 entries beat 100,000.
  const minutes = { core: 0, auxiliary: 0, exploratory: 0 };
  buckets.forEach((bucket, at) => {
    if (bucket !== undefined) minutes[bucket] += effortLeftMinutes(goals[at]!.effortHours, taskMinutes[at]!, doneMinutes[at]!);
  });
  const entries = BUCKETS.filter((bucket) => minutes[bucket] > 0).map((bucket) => ({ bucket, minutes: minutes[bucket] }));
  if (entries.length === 0) return;

  const { ratios } = plan;
  for (const issue of measureAllocation(entries, { ratios, tolerance, path: ["ratios"] }).issues) {
    const located = ratios ? issue : moveIssue(issue, ["goals"], `${issue.path[1]} work is `);
    // measureAllocation speaks of "effort"; here it is the effort still ahead, not time spent.
    issues.push({ ...located, message: located.message.replace(" of effort ", " of the effort left in active goals ") });
  }
}
