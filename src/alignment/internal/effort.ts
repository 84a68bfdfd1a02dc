// Private: the 70/20/10 side of alignment — which bucket each active goal is
// in, and whether the effort still ahead in active goals follows the ratios.
import { classifyGoal, measureAllocation } from "../../allocation/index.ts";
import { BUCKETS } from "../../_lib/defaults.ts";
import { effortLeftMinutes } from "../../_lib/effortLeft.ts";
import { createIssue } from "../../_lib/issues.ts";
import type { Bucket, CapabilityInput, Issue } from "../../model/index.ts";
import type { PlanIndex } from "./planIndex.ts";
import { withoutPath } from "./withoutPath.ts";

/**
 * The bucket of every active goal (`undefined` for the others), by
 * `classifyGoal`. A goal without an explicit bucket is classified against
 * only the capabilities it names, looked up once, so a plan with many
 * capabilities stays linear.
 */
export function classifyActiveGoals(index: PlanIndex): (Bucket | undefined)[] {
  const { goals, active, capabilities, capabilityAt, plan } = index;
  const buckets: (Bucket | undefined)[] = new Array<Bucket | undefined>(goals.length);
  for (let at = 0; at < goals.length; at++) {
    if (active[at] === 0) continue;
    const goal = goals[at]!;
    if (goal.bucket !== undefined) {
      buckets[at] = classifyGoal(goal, plan.vision);
      continue;
    }
    const named: CapabilityInput[] = [];
    for (const id of goal.capabilityIds ?? []) {
      const found = capabilityAt.get(id);
      if (found !== undefined) named.push(capabilities[found]!);
    }
    buckets[at] = classifyGoal(goal, { ...plan.vision, capabilities: named });
  }
  return buckets;
}

/**
 * Pushes `allocation/drift` warnings when the effort still ahead in active
 * goals (`effortLeftMinutes`) strays from the plan's ratios by more than `tolerance`.
 * Issues point at `["ratios", bucket]` when the plan sets ratios, else at
 * `["goals"]` (the 70/20/10 default applies).
 */
export function checkEffortMix(index: PlanIndex, buckets: readonly (Bucket | undefined)[], tolerance: number | undefined, issues: Issue[]): void {
  const { goals, tasks, taskGoal, active, plan } = index;
  const taskMinutes = new Float64Array(goals.length);
  const doneMinutes = new Float64Array(goals.length);
  for (let step = 0; step < tasks.length; step++) {
    const task = tasks[step]!;
    const at = taskGoal[step]!;
    if (at === -1 || active[at] === 0) continue;
    taskMinutes[at]! += task.minutes;
    if (task.done === true) doneMinutes[at]! += task.minutes;
  }
  // One entry per bucket: measureAllocation only sums them, and 3 entries beat 100,000.
  const minutesOf: Record<Bucket, number> = { core: 0, auxiliary: 0, exploratory: 0 };
  for (let at = 0; at < goals.length; at++) {
    const bucket = buckets[at];
    if (bucket === undefined) continue;
    minutesOf[bucket] += effortLeftMinutes(goals[at]!.effortHours, taskMinutes[at]!, doneMinutes[at]!);
  }
  const entries = BUCKETS.filter((bucket) => minutesOf[bucket] > 0).map((bucket) => ({ bucket, minutes: minutesOf[bucket] }));
  if (entries.length === 0) return;

  const options = tolerance === undefined ? {} : { tolerance };
  const ratios = plan.ratios;
  const measured = measureAllocation(entries, ratios === undefined ? options : { ...options, ratios });
  for (const issue of measured.issues) {
    const bucket = String(issue.path[issue.path.length - 1]);
    const share = withoutPath(issue.message, issue.path).replace("of effort", "of the effort left in active goals");
    if (ratios !== undefined) issues.push(createIssue(issue.code, issue.severity, ["ratios", bucket], share, issue.hint));
    else issues.push(createIssue(issue.code, issue.severity, ["goals"], `${bucket} work is ${share}`, issue.hint));
  }
}
