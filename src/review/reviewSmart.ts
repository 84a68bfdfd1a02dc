// Private: the SMART check of the goal titles a review writes, reported as
// warnings with paths into the review (the review still applies).
import { firstById } from "../_lib/ids.ts";
import { sortIssues, underPath } from "../_lib/issues.ts";
import type { GoalInput, Issue, PlanInput } from "../model/index.ts";
import { checkSmart } from "../smart/index.ts";

/** A goal whose title (or due date) the review wrote, and where in the review it was written. */
export interface TitleCheck {
  goalId: string;
  path: (string | number)[];
}

/** checkSmart's issues for each written goal, on the review date, moved under the decision's path. */
export function smartWarnings(titles: readonly TitleCheck[], goals: readonly GoalInput[], plan: PlanInput, date: string): Issue[] {
  if (titles.length === 0) return [];
  const byId = firstById(goals, (goal) => goal);
  const issues: Issue[] = [];
  for (const { goalId, path } of titles) {
    const goal = byId.get(goalId);
    if (!goal) continue;
    for (const issue of checkSmart(goal, { asOf: date, plan }).issues) issues.push(underPath(path, issue));
  }
  return sortIssues(issues);
}
