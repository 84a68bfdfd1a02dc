// Private: the SMART check of every active goal, with its issues' paths made
// relative to the plan (["goals", i, …]) instead of the goal. The plan's facts
// (milestones, capabilities, vision words) are indexed once for all goals.
import type { Issue } from "../../model/index.ts";
import { judgeSmart } from "../../smart/judgeSmart.ts";
import { indexFacts } from "../../smart/planCriteria.ts";
import { moveIssue, type PlanIndex } from "./planIndex.ts";

/**
 * Pushes the `smart/*` issues of the active goals, checked with the plan
 * (capacity for *achievable*, links for *relevant*) and `asOf`.
 */
export function checkActiveGoalsSmart(index: PlanIndex, issues: Issue[]): void {
  const { goals, buckets, plan, asOf } = index;
  const context = { asOf: asOf as Parameters<typeof judgeSmart>[1]["asOf"], dateOrder: "MDY" as const };
  const facts = indexFacts(plan);
  for (let at = 0; at < goals.length; at++) {
    if (buckets[at] === undefined) continue;
    for (const issue of judgeSmart(goals[at]!, context, facts).issues) issues.push(moveIssue(issue, ["goals", at, ...issue.path]));
  }
}
