import type { GoalInput, Issue, PlanInput, ReviewDecisionInput, ReviewInput } from "../model/index.ts";
import { checkReview } from "./checkReview.ts";

/**
 * What {@link applyReview} gives back: the updated plan, or the original plan
 * and the problems that stopped the review.
 *
 * @category Reviews
 */
export interface ApplyReviewResult {
  /** The plan with the review applied; the very object passed in when `issues` is not empty. */
  plan: PlanInput;
  /** Why the review could not apply, sorted by path; empty on success. */
  issues: Issue[];
}

/**
 * Applies a review's decisions to the plan's goals and records the review.
 *
 * For each decision, in order: `keep` leaves the goal as it is; `tweak`
 * merges `changes` onto the goal (shallowly: a new `metric` replaces the old
 * one); `replace` marks the goal `status: "replaced"` and appends
 * `replacement` with `replaces` set to the old goal's id (and
 * `status: "active"` unless it has one); `drop` marks the goal
 * `status: "dropped"`. The review is appended to `plan.reviews`. A decision
 * acts on the first goal with its `goalId` and may name a goal another
 * decision of the same review has just added.
 *
 * The review applies whole or not at all: on any problem the plan comes back
 * unchanged, with issues whose paths point into the review — `ref/unknown`
 * (a decision names no goal), `ref/duplicate-id` (the review id is already
 * recorded, or a replacement reuses a goal id), `review/invalid-decision` (a
 * tweak without changes or changing the id, a replace without a replacement)
 * and `schema/invalid` (a bad date, kind, outcome or missing id). The input
 * plan and review are never modified; goals the review does not touch are
 * shared with the input.
 *
 * @param plan - The plan to update.
 * @param review - The review held, with its decisions.
 * @returns The new plan and no issues, or the input plan and the issues.
 *
 * @example
 * ```ts
 * const plan: PlanInput = {
 *   vision: { id: "v", statement: "Become a senior engineer", startDate: "2026-01-05", targetDate: "2030-12-31" },
 *   goals: [{ id: "g1", title: "Complete one advanced course in system design by June 2026" }],
 * };
 * const { plan: next, issues } = applyReview(plan, {
 *   id: "r1",
 *   date: "2026-04-05",
 *   kind: "quarterly",
 *   decisions: [{ goalId: "g1", outcome: "replace", replacement: { id: "g2", title: "Lead one feature end to end by December 2026" } }],
 * });
 * issues; //=> []
 * next.goals?.map((goal) => [goal.id, goal.status, goal.replaces]);
 * //=> [["g1", "replaced", undefined], ["g2", "active", "g1"]]
 * ```
 *
 * @category Reviews
 */
export function applyReview(plan: PlanInput, review: ReviewInput): ApplyReviewResult {
  const issues = checkReview(plan, review);
  if (issues.length > 0) return { plan, issues };
  const goals = [...(plan.goals ?? [])];
  const positions = new Map<string, number>();
  goals.forEach((goal, index) => {
    if (!positions.has(goal.id)) positions.set(goal.id, index);
  });
  for (const decision of review.decisions ?? []) {
    // checkReview has vouched for the goal id, the changes and the replacement.
    const added = applyDecision(goals, positions.get(decision.goalId)!, decision);
    if (added !== undefined && !positions.has(added.id)) positions.set(added.id, goals.length - 1);
  }
  const next: PlanInput = { ...plan, reviews: [...(plan.reviews ?? []), review] };
  if (plan.goals !== undefined || goals.length > 0) next.goals = goals;
  return { plan: next, issues: [] };
}

/** Rewrites `goals[index]` as `decision` says; returns the goal a replace appends. */
function applyDecision(goals: GoalInput[], index: number, decision: ReviewDecisionInput): GoalInput | undefined {
  const goal = goals[index]!;
  switch (decision.outcome) {
    case "tweak":
      goals[index] = { ...goal, ...decision.changes };
      return undefined;
    case "drop":
      goals[index] = { ...goal, status: "dropped" };
      return undefined;
    case "replace": {
      goals[index] = { ...goal, status: "replaced" };
      const replacement = decision.replacement!;
      const added: GoalInput = { ...replacement, replaces: goal.id, status: replacement.status ?? "active" };
      goals.push(added);
      return added;
    }
    default:
      return undefined;
  }
}
