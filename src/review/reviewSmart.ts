// Private: the SMART check of the goal titles a review writes, reported as
// warnings with paths into the review (the review still applies).
import { firstById } from "../_lib/ids.ts";
import { createIssue, formatPath, sortIssues } from "../_lib/issues.ts";
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
    for (const issue of checkSmart(goal, { asOf: date, plan }).issues) {
      // The message may carry its old path in front (0.1's createIssue): keep only the words.
      const prefix = `${formatPath(issue.path)}: `;
      const message = issue.message.startsWith(prefix) ? issue.message.slice(prefix.length) : issue.message;
      issues.push(createIssue(issue.code, issue.severity, [...path, ...issue.path], message, issue.hint));
    }
  }
  return sortIssues(issues);
}
