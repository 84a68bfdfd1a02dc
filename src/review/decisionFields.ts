// Private: every field of a review and its decisions that applyReview stores,
// checked by hand (applyReview is free of zod) so a plan parsePlan accepts
// still parses once the review is recorded in it — whatever the outcome.
import { isIsoDate } from "../_lib/dates.ts";
import type { Issue } from "../model/index.ts";
import { goalFieldProblems, isId, NOT_A_DATE, NOT_AN_ID } from "./goalFields.ts";
import { KINDS, oneOf } from "./kinds.ts";

type Path = (string | number)[];
/** Reports one problem; every one stops the review. */
export type Report = (code: Issue["code"], path: Path, message: string, hint?: string) => void;

export const INVALID = "schema/invalid";
export const BAD_DECISION = "review/invalid-decision";
export const OUTCOMES: readonly string[] = ["keep", "tweak", "replace", "drop"];

/** Checks the review's own fields: id (not already held), date, kind and notes. */
export function checkReviewFields(review: Record<string, unknown>, heldIds: readonly unknown[], report: Report): void {
  if (!isId(review.id)) report(INVALID, ["id"], NOT_AN_ID);
  else if (heldIds.includes(review.id)) {
    report("ref/duplicate-id", ["id"], `${JSON.stringify(review.id.slice(0, 40))} is already in plan.reviews`, "Use a new id, or skip this review if it was applied already.");
  }
  if (!isIsoDate(review.date)) report(INVALID, ["date"], NOT_A_DATE);
  if (!KINDS.includes(review.kind as never)) report(INVALID, ["kind"], `must be ${oneOf(KINDS)}`);
  if (review.notes !== undefined && typeof review.notes !== "string") report(INVALID, ["notes"], "must be a string");
}

/**
 * Checks the fields of a decision that any outcome stores: the outcome, a
 * string `note`, a boolean `useBackup`, `changes` that fit a goal and a
 * `replacement` that is a whole goal. Returns whether they all fit.
 */
export function checkDecisionFields(decision: Record<string, unknown>, path: Path, report: Report): boolean {
  let fits = true;
  const invalid = (at: Path, message: string, hint?: string) => {
    report(INVALID, at, message, hint);
    fits = false;
  };
  const { outcome, note, useBackup, changes, replacement } = decision;
  if (!OUTCOMES.includes(outcome as string)) invalid([...path, "outcome"], `must be ${oneOf(OUTCOMES)}`);
  if (note !== undefined && typeof note !== "string") invalid([...path, "note"], "must be a string");
  if (useBackup !== undefined && typeof useBackup !== "boolean") invalid([...path, "useBackup"], "must be true or false");
  // A tweak's changes and a replace's replacement get their own, more specific checks.
  if (changes !== undefined && outcome !== "tweak") {
    if (!isRecord(changes)) invalid([...path, "changes"], "must be an object of goal fields");
    else fits = goalFieldsFit(changes, [...path, "changes"], report) && fits;
  }
  if (replacement !== undefined && outcome !== "replace") {
    if (!isRecord(replacement)) invalid([...path, "replacement"], "must be a goal { id, title, … }");
    else fits = wholeGoalFits(replacement, [...path, "replacement"], report) && fits;
  }
  return fits;
}

/** Whether every field fits the Goal schema; reports each one that does not. */
export function goalFieldsFit(fields: object, path: Path, report: Report): boolean {
  const problems = goalFieldProblems(fields);
  for (const { field, message, hint } of problems) report(INVALID, [...path, field], message, hint);
  return problems.length === 0;
}

/** Whether `goal` is a whole goal: an id, a title and fields that fit. */
export function wholeGoalFits(goal: Record<string, unknown>, path: Path, report: Report): boolean {
  if (!isId(goal.id)) report(INVALID, [...path, "id"], NOT_AN_ID);
  else if (typeof goal.title !== "string") report(INVALID, [...path, "title"], "must be a string");
  else return goalFieldsFit(goal, path, report);
  return false;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
