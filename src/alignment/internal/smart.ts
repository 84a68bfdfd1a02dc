// Private: the SMART check of every active goal, with its issues' paths made
// relative to the plan (["goals", i, …]) instead of the goal. checkSmartPlan
// indexes the plan once and judges each goal against that index.
import type { Issue } from "../../model/index.ts";
import { checkSmartPlan } from "../../smart/index.ts";
import type { AlignmentIndex } from "./planIndex.ts";

/**
 * Pushes the `smart/*` issues of the active goals, judged one goal at a time
 * against the plan (capacity for *achievable*, links for *relevant*) and `asOf`.
 */
export function checkActiveGoalsSmart(index: AlignmentIndex, issues: Issue[]): void {
  for (const issue of checkSmartPlan(index.plan, { asOf: index.asOf }).issues) issues.push(issue);
}
