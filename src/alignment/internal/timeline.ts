// Private: dates that contradict each other — goals due after their milestone
// or already past, milestones out of horizon order or beyond the vision.
import { createIssue, formatPath } from "../../_lib/issues.ts";
import type { Issue } from "../../model/index.ts";
import { horizonMonths } from "./horizon.ts";
import type { PlanIndex } from "./planIndex.ts";

const PAST_DUE_HINT = "Mark it done, give it a new due date, or keep, tweak or replace it at the next review.";
const AFTER_MILESTONE_HINT = "Bring the goal's due date forward, or link it to a later milestone.";
const ORDER_HINT = "Date the milestones in horizon order (6m, 1y, 3y …, final last), or correct a horizon.";
const TARGET_HINT = "Move the milestone on or before the vision's target date, or move the target date.";

/** Pushes `timeline/past-due` and `timeline/goal-after-milestone` issues for active goals. */
export function checkGoalDates(index: PlanIndex, issues: Issue[]): void {
  const { goals, milestones, goalMilestone, active, asOf } = index;
  for (let at = 0; at < goals.length; at++) {
    if (active[at] === 0) continue;
    const goal = goals[at]!;
    const dueDate = goal.dueDate;
    if (dueDate === undefined) continue;
    if (dueDate < asOf) {
      issues.push(createIssue("timeline/past-due", "warning", ["goals", at, "dueDate"], `due ${dueDate}, before ${asOf}, and still active`, PAST_DUE_HINT));
    }
    const milestoneIndex = goalMilestone[at]!;
    if (milestoneIndex === -1) continue;
    const milestone = milestones[milestoneIndex]!;
    if (dueDate > milestone.dueDate) {
      const message = `due ${dueDate}, after its milestone ${formatPath(["milestones", milestoneIndex])} is due (${milestone.dueDate})`;
      issues.push(createIssue("timeline/goal-after-milestone", "warning", ["goals", at, "dueDate"], message, AFTER_MILESTONE_HINT));
    }
  }
}

/**
 * Pushes `timeline/milestone-order` issues: a milestone due before one of a
 * shorter horizon (flagged on the longer-horizon one), and a milestone due
 * after the vision's target date. Milestones without a readable horizon are
 * only checked against the target date.
 */
export function checkMilestoneOrder(index: PlanIndex, issues: Issue[]): void {
  const { milestones, plan } = index;
  const targetDate = plan.vision.targetDate;
  const months: number[] = [];
  const ranked: number[] = [];
  for (let at = 0; at < milestones.length; at++) {
    const milestone = milestones[at]!;
    if (milestone.dueDate > targetDate) {
      const message = `due ${milestone.dueDate}, after the vision's target date (${targetDate})`;
      issues.push(createIssue("timeline/milestone-order", "warning", ["milestones", at, "dueDate"], message, TARGET_HINT));
    }
    const span = horizonMonths(milestone.horizon);
    months[at] = span ?? Number.NaN;
    if (span !== undefined) ranked.push(at);
  }
  ranked.sort((a, b) => months[a]! - months[b]! || a - b);

  // `latest`: the latest-due milestone of the strictly shorter horizons; `seen`: of all ranked so far.
  let latest: number | undefined;
  let seen: number | undefined;
  for (let step = 0; step < ranked.length; step++) {
    const at = ranked[step]!;
    if (step > 0 && months[at] !== months[ranked[step - 1]!]) latest = seen;
    const milestone = milestones[at]!;
    if (latest !== undefined && milestone.dueDate < milestones[latest]!.dueDate) {
      const earlier = milestones[latest]!;
      const message = `horizon "${milestone.horizon}" but due ${milestone.dueDate}, before ${formatPath(["milestones", latest])} (horizon "${earlier.horizon}", due ${earlier.dueDate})`;
      issues.push(createIssue("timeline/milestone-order", "warning", ["milestones", at, "dueDate"], message, ORDER_HINT));
    }
    if (seen === undefined || milestone.dueDate > milestones[seen]!.dueDate) seen = at;
  }
}
