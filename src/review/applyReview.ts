// A review applies whole or not at all: the decisions are checked while they
// are applied to a copy of the goals, and any problem hands back the plan as it was.
import { shown } from "../_lib/args.ts";
import { isIsoDate } from "../_lib/dates.ts";
import { createIssue, sortIssues } from "../_lib/issues.ts";
import type { GoalInput, Issue, PlanInput, ReviewDecisionInput, ReviewInput } from "../model/index.ts";
import { goalFieldProblems, isId, NOT_A_DATE, NOT_AN_ID } from "./goalFields.ts";
import { KINDS, oneOf } from "./kinds.ts";

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
 * and `schema/invalid` (a bad date, kind, outcome or missing id, or goal fields
 * that break the Goal schema: a plan parsePlan accepts still passes after the
 * review). The input
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
  const issues: Issue[] = [];
  // Every problem here stops the review, so every one is an error.
  const report: Report = (code, path, message, hint) => {
    issues.push(createIssue(code, "error", path, message, hint));
  };
  if (!isId(review.id)) report(INVALID, ["id"], NOT_AN_ID);
  else if (plan.reviews?.some((held) => held.id === review.id)) {
    report(DUPLICATE, ["id"], `${shown(review.id)} is already in plan.reviews`, "Use a new id, or skip this review if it was applied already.");
  }
  if (!isIsoDate(review.date)) report(INVALID, ["date"], NOT_A_DATE);
  if (!KINDS.includes(review.kind)) report(INVALID, ["kind"], `must be ${oneOf(KINDS)}`);
  const goals = [...(plan.goals ?? [])];
  // Where each goal id first appears, so every decision finds its goal without a scan.
  const positions = new Map<string, number>();
  goals.forEach((goal, index) => {
    if (!positions.has(goal.id)) positions.set(goal.id, index);
  });
  const decisions: unknown = review.decisions ?? [];
  if (!Array.isArray(decisions)) report(INVALID, ["decisions"], "must be an array");
  else decisions.forEach((decision: unknown, index) => applyDecision(decision, ["decisions", index], goals, positions, report));
  if (issues.length > 0) return { plan, issues: sortIssues(issues) };
  const next: PlanInput = { ...plan, reviews: [...(plan.reviews ?? []), review] };
  if (plan.goals !== undefined || goals.length > 0) next.goals = goals;
  return { plan: next, issues: [] };
}

type Path = (string | number)[];
type Report = (code: Issue["code"], path: Path, message: string, hint?: string) => void;

const OUTCOMES: readonly string[] = ["keep", "tweak", "replace", "drop"];
const INVALID = "schema/invalid";
const BAD_DECISION = "review/invalid-decision";
const DUPLICATE = "ref/duplicate-id";

/** Checks one decision and, when it is sound, rewrites `goals` as it says; a replacement is appended. */
function applyDecision(value: unknown, path: Path, goals: GoalInput[], positions: Map<string, number>, report: Report): void {
  if (typeof value !== "object" || value === null) return report(INVALID, path, "must be an object");
  const { goalId, outcome, changes, replacement } = value as ReviewDecisionInput;
  const index = positions.get(goalId);
  const goal = index === undefined ? undefined : goals[index];
  // Without a goal there is nothing to change: its ref/unknown issue discards the copy anyway.
  const update = (changed: Partial<GoalInput>) => {
    if (goal !== undefined) goals[index!] = { ...goal, ...changed };
  };
  if (goal === undefined) report("ref/unknown", [...path, "goalId"], `no goal has the id ${shown(goalId)}`, "Use the id of a goal in plan.goals.");
  if (!OUTCOMES.includes(outcome)) report(INVALID, [...path, "outcome"], `must be ${oneOf(OUTCOMES)}`);
  if (outcome === "drop") update({ status: "dropped" });
  if (outcome === "tweak") {
    if (typeof changes !== "object" || changes === null || Object.keys(changes).length === 0) {
      report(BAD_DECISION, [...path, "changes"], "a tweak must list the fields to change", 'Add e.g. { dueDate: "2027-04-30" }, or use "keep".');
    } else if ("id" in changes) {
      report(BAD_DECISION, [...path, "changes", "id"], "a tweak cannot change the id", 'Use "replace" instead.');
    } else if (fieldsFit(changes, [...path, "changes"], report)) update(changes);
  }
  if (outcome === "replace") {
    const at = [...path, "replacement"];
    if (typeof replacement !== "object" || replacement === null) {
      report(BAD_DECISION, at, "a replace needs the new goal", 'Add replacement: { id, title }, or use "drop".');
    } else if (!isId(replacement.id)) report(INVALID, [...at, "id"], NOT_AN_ID);
    else if (positions.has(replacement.id)) report(DUPLICATE, [...at, "id"], `${shown(replacement.id)} is already a goal's id`, "Use a new id.");
    else if (replacement.title === undefined) report(INVALID, [...at, "title"], "must be a string");
    else if (fieldsFit(replacement, at, report)) {
      update({ status: "replaced" });
      // Later decisions of the same review may name the new goal.
      positions.set(replacement.id, goals.length);
      goals.push({ ...replacement, replaces: goalId, status: replacement.status ?? "active" });
    }
  }
}

// A review must leave a plan that parsePlan accepts: every field written to a goal follows the Goal schema.
function fieldsFit(fields: object, path: Path, report: Report): boolean {
  const problems = goalFieldProblems(fields);
  for (const { field, message, hint } of problems) report(INVALID, [...path, field], message, hint);
  return problems.length === 0;
}
