// Private: the SMART check of every active goal, with its issues' paths made
// relative to the plan (["goals", i, …]) instead of the goal.
import type { Issue } from "../../model/index.ts";
import { underPath } from "../../_lib/issues.ts";
import { checkSmart } from "../../smart/index.ts";
import type { AlignmentIndex } from "./planIndex.ts";

/**
 * Pushes the `smart/not-*` issues of the active goals, judged one goal at a
 * time against the plan (capacity for *achievable*, links for *relevant*) and `asOf`.
 */
export function checkActiveGoalsSmart(index: AlignmentIndex, issues: Issue[]): void {
  const { goals, buckets, plan, asOf } = index;
  // TODO(merge): judge each goal with the smart area's per-goal judge, passing `index`
  // (the one plan index), once src/smart takes it instead of caching per plan.
  const context = { asOf, plan };
  for (let at = 0; at < goals.length; at++) {
    if (buckets[at] === undefined) continue;
    for (const issue of checkSmart(goals[at]!, context).issues) issues.push(underPath(["goals", at], issue));
  }
}
