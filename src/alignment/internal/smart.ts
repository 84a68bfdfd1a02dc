// Private: the SMART check of every active goal, with its issues' paths made
// relative to the plan (["goals", i, …]) instead of the goal.
import { createIssue } from "../../_lib/issues.ts";
import type { Issue } from "../../model/index.ts";
import { checkSmart } from "../../smart/index.ts";
import type { PlanIndex } from "./planIndex.ts";
import { withoutPath } from "./withoutPath.ts";

/**
 * Pushes the `smart/not-*` issues of the active goals, checked with the plan
 * (capacity for *achievable*, links for *relevant*) and `asOf`.
 */
export function checkActiveGoalsSmart(index: PlanIndex, issues: Issue[]): void {
  const { goals, active, plan, asOf } = index;
  const context = { asOf, plan };
  for (let at = 0; at < goals.length; at++) {
    if (active[at] === 0) continue;
    for (const issue of checkSmart(goals[at]!, context).issues) {
      const path = ["goals", at, ...issue.path];
      issues.push(createIssue(issue.code, issue.severity, path, withoutPath(issue.message, issue.path), issue.hint));
    }
  }
}
