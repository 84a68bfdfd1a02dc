// Private: dates that contradict each other — goals due after their milestone
// or already past, milestones out of horizon order or beyond the vision.
import { horizonMonths } from "../../_lib/horizon.ts";
import { formatPath } from "../../model/formatIssue.ts";
import type { IsoDate, Issue } from "../../model/index.ts";
import { type AlignmentIndex, warn } from "./planIndex.ts";

/** Pushes `timeline/past-due` and `timeline/goal-after-milestone` issues for active goals. */
export function checkGoalDates(index: AlignmentIndex, issues: Issue[]): void {
  const { goals, milestones, goalMilestone, buckets, asOf } = index;
  for (let at = 0; at < goals.length; at++) {
    const dueDate = goals[at]!.dueDate;
    if (buckets[at] === undefined || dueDate === undefined) continue;
    if (dueDate < asOf) warn(issues, "timeline/past-due", ["goals", at, "dueDate"], `past due (${dueDate}) and still active`, "Mark it done, or give it a new due date.");
    const milestone = goalMilestone[at];
    if (milestone !== undefined && dueDate > milestones[milestone]!.dueDate) {
      const message = `${dueDate} is after its milestone's dueDate (${milestones[milestone]!.dueDate})`;
      warn(issues, "timeline/goal-after-milestone", ["goals", at, "dueDate"], message, "Bring it forward, or link the goal to a later milestone.");
    }
  }
}

/**
 * Pushes `timeline/milestone-order` issues: a milestone due before one of a
 * shorter horizon (flagged on the longer-horizon one), and a milestone due
 * after the vision's target date. Milestones without a readable horizon are
 * only checked against the target date; without a usable `targetDate` (see
 * `visionDates`, which reports it) none are.
 */
export function checkMilestoneOrder(index: AlignmentIndex, targetDate: IsoDate | undefined, issues: Issue[]): void {
  const { milestones } = index;
  const months: number[] = [];
  const ranked: number[] = [];
  milestones.forEach(({ dueDate, horizon }, at) => {
    if (targetDate !== undefined && dueDate > targetDate) {
      const message = `${dueDate} is after the vision's targetDate (${targetDate})`;
      warn(issues, "timeline/milestone-order", ["milestones", at, "dueDate"], message, "Bring it forward, or move the targetDate.");
    }
    months[at] = horizonMonths(horizon) ?? NaN;
    if (!Number.isNaN(months[at])) ranked.push(at);
  });
  ranked.sort((a, b) => months[a]! - months[b]! || a - b);

  // `latest`: the latest-due milestone of the strictly shorter horizons; `seen`: of all ranked so far.
  let latest: number | undefined;
  let seen: number | undefined;
  ranked.forEach((at, step) => {
    if (step > 0 && months[at] !== months[ranked[step - 1]!]) latest = seen;
    const milestone = milestones[at]!;
    const earlier = latest === undefined ? undefined : milestones[latest]!;
    if (earlier !== undefined && milestone.dueDate < earlier.dueDate) {
      const message = `horizon "${milestone.horizon}", yet due before ${formatPath(["milestones", latest!])} (horizon "${earlier.horizon}", due ${earlier.dueDate})`;
      warn(issues, "timeline/milestone-order", ["milestones", at, "dueDate"], message, "Date the milestones in horizon order, or correct a horizon.");
    }
    if (seen === undefined || milestone.dueDate > milestones[seen]!.dueDate) seen = at;
  });
}
