// Private: the SMART check of every active goal, with its issues' paths made
// relative to the plan (["goals", i, …]) instead of the goal.
import type { Issue } from "../../model/index.ts";
import { checkSmart } from "../../smart/index.ts";
import { moveIssue, type PlanIndex } from "./planIndex.ts";

/**
 * Pushes the `smart/not-*` issues of the active goals, checked with the plan
 * (capacity for *achievable*, links for *relevant*) and `asOf`.
 */
export function checkActiveGoalsSmart(index: PlanIndex, issues: Issue[]): void {
  const { goals, buckets, plan, asOf } = index;
  const context = { asOf, plan };
  for (let at = 0; at < goals.length; at++) {
    if (buckets[at] === undefined) continue;
    for (const issue of checkSmart(goals[at]!, context).issues) issues.push(moveIssue(issue, ["goals", at, ...issue.path]));
  }
}
