// Private: what every alignment rule reads, built once per check on the one
// plan index of src/rules, so each rule stays a single linear pass (no rule
// scans another collection per item) and no rule keeps state between calls.
import type { Bucket, Issue, PlanInput, Ratios } from "../../model/index.ts";
import { createIssue, type Path } from "../../_lib/issues.ts";
import { goalBucket, isBucket } from "../../rules/bucket.ts";
import { goalStatus } from "../../rules/defaults.ts";
import { indexPlan, type PlanIndex } from "../../rules/planIndex.ts";
import { planRatios } from "../../rules/ratios.ts";

export type { IdIndex } from "../../rules/planIndex.ts";
export type { Path } from "../../_lib/issues.ts";

/** The plan index, with what alignment adds: the date, the buckets of the active goals, the usable ratios. */
export interface AlignmentIndex extends PlanIndex {
  /** The date the check is made on. */
  readonly asOf: string;
  /** Per goal, its 70/20/10 bucket when it is active (a missing status is active); `undefined` marks the others. */
  readonly buckets: readonly (Bucket | undefined)[];
  /** The plan's ratios (70/20/10 when it sets none); `undefined` when the plan's are unusable (reported). */
  readonly ratios: Readonly<Ratios> | undefined;
}

/**
 * Builds the alignment index of `plan` in O(size of the plan), and pushes the
 * data problems that would otherwise make a rule guess: unusable ratios and a
 * `bucket` outside the three (`schema/invalid`, errors; such a goal is
 * classified by its capabilities, as `goalBucket` says).
 */
export function indexForAlignment(plan: PlanInput, asOf: string, issues: Issue[]): AlignmentIndex {
  const index = indexPlan("checkAlignment", plan);
  const { ratios, issues: ratioIssues } = planRatios(plan);
  issues.push(...ratioIssues);
  const { goals, kinds } = index;
  const buckets: (Bucket | undefined)[] = new Array(goals.length);
  for (let at = 0; at < goals.length; at++) {
    const goal = goals[at]!;
    if (goal.bucket !== undefined && !isBucket(goal.bucket)) {
      issues.push(createIssue("schema/invalid", "error", ["goals", at, "bucket"], 'expected one of "core", "auxiliary", "exploratory"', "Leave bucket out to take it from the goal's capabilities."));
    }
    buckets[at] = goalStatus(goal) === "active" ? goalBucket(goal, kinds) : undefined;
  }
  return { ...index, asOf, buckets, ratios };
}

/** Pushes a warning; most alignment rules raise nothing else. */
export function warn(issues: Issue[], code: Issue["code"], path: Path, message: string, hint: string): void {
  issues.push(createIssue(code, "warning", path, message, hint));
}
