// Checks a review against a plan before applyReview touches anything, so a
// review applies whole or not at all.
import { isIsoDate } from "../_lib/dates.ts";
import { createIssue, sortIssues } from "../_lib/issues.ts";
import type { Issue, PlanInput, ReviewDecisionInput, ReviewInput } from "../model/index.ts";
import { KIND_ORDER } from "./questions.ts";

const OUTCOMES: readonly string[] = ["keep", "tweak", "replace", "drop"];

/** Every problem that stops `review` from applying to `plan`, sorted by path. */
export function checkReview(plan: PlanInput, review: ReviewInput): Issue[] {
  const issues: Issue[] = [];
  if (typeof review.id !== "string" || review.id === "") {
    issues.push(createIssue("schema/invalid", "error", ["id"], "the review needs a non-empty id"));
  } else if ((plan.reviews ?? []).some((held) => held.id === review.id)) {
    issues.push(createIssue("ref/duplicate-id", "error", ["id"], `the plan already records a review with the id "${review.id}"`, "Give the review a new id, or leave it out if it was applied already."));
  }
  if (!isIsoDate(review.date)) {
    issues.push(createIssue("schema/invalid", "error", ["date"], "must be a calendar date written YYYY-MM-DD"));
  }
  if (!KIND_ORDER.includes(review.kind)) {
    issues.push(createIssue("schema/invalid", "error", ["kind"], 'must be "quarterly", "canvas" or "vision"'));
  }
  const decisions: unknown = review.decisions ?? [];
  if (!Array.isArray(decisions)) {
    issues.push(createIssue("schema/invalid", "error", ["decisions"], "must be a list of decisions"));
    return sortIssues(issues);
  }
  const goalIds = new Set<string>();
  for (const goal of plan.goals ?? []) goalIds.add(goal.id);
  decisions.forEach((decision: unknown, index: number) => checkDecision(decision, index, goalIds, issues));
  return sortIssues(issues);
}

function checkDecision(value: unknown, index: number, goalIds: Set<string>, issues: Issue[]): void {
  const path = ["decisions", index];
  if (typeof value !== "object" || value === null) {
    issues.push(createIssue("schema/invalid", "error", path, "must be a decision object"));
    return;
  }
  const decision = value as ReviewDecisionInput;
  if (!goalIds.has(decision.goalId)) {
    issues.push(createIssue("ref/unknown", "error", [...path, "goalId"], `no goal has the id ${JSON.stringify(String(decision.goalId))}`, "Use the id of a goal in plan.goals."));
  }
  if (!OUTCOMES.includes(decision.outcome)) {
    issues.push(createIssue("schema/invalid", "error", [...path, "outcome"], 'must be "keep", "tweak", "replace" or "drop"'));
  } else if (decision.outcome === "tweak") {
    checkChanges(decision, path, issues);
  } else if (decision.outcome === "replace") {
    checkReplacement(decision, path, goalIds, issues);
  }
}

function checkChanges(decision: ReviewDecisionInput, path: (string | number)[], issues: Issue[]): void {
  const changes: unknown = decision.changes;
  if (typeof changes !== "object" || changes === null || Object.keys(changes).length === 0) {
    issues.push(createIssue("review/invalid-decision", "error", [...path, "changes"], "a tweak needs the goal fields to change", 'Add changes, e.g. { dueDate: "2027-04-30" }, or make the outcome "keep".'));
  } else if ("id" in changes) {
    issues.push(createIssue("review/invalid-decision", "error", [...path, "changes", "id"], "a tweak cannot change a goal's id", 'Use outcome "replace" with a replacement goal instead.'));
  }
}

function checkReplacement(decision: ReviewDecisionInput, path: (string | number)[], goalIds: Set<string>, issues: Issue[]): void {
  const replacement: unknown = decision.replacement;
  if (typeof replacement !== "object" || replacement === null) {
    issues.push(createIssue("review/invalid-decision", "error", [...path, "replacement"], "a replace decision needs the replacement goal", 'Add replacement: { id, title }, or make the outcome "drop".'));
    return;
  }
  const id: unknown = (replacement as { id?: unknown }).id;
  if (typeof id !== "string" || id === "") {
    issues.push(createIssue("schema/invalid", "error", [...path, "replacement", "id"], "the replacement goal needs a non-empty id"));
  } else if (goalIds.has(id)) {
    issues.push(createIssue("ref/duplicate-id", "error", [...path, "replacement", "id"], `a goal with the id ${JSON.stringify(id)} already exists`, "Give the replacement goal a new id."));
  } else {
    // Later decisions in the same review may refer to the new goal.
    goalIds.add(id);
  }
}
