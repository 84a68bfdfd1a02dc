// Private: what every alignment rule reads — the effort index of src/rules,
// built once per check, so each rule stays a single linear pass (no rule
// scans another collection per item) and no rule keeps state between calls.
import type { Issue, PlanInput } from "../../model/index.ts";
import { createIssue, type Path } from "../../_lib/issues.ts";
import { indexEffort, type EffortIndex } from "../../rules/effortIndex.ts";

export type { IdIndex } from "../../rules/planIndex.ts";
export type { Path } from "../../_lib/issues.ts";

/** The index the alignment rules read: the plan index with the date, buckets, ratios and checked efforts. */
export type AlignmentIndex = EffortIndex;

/** {@link indexEffort} for checkAlignment: the data problems it finds are the check's errors. */
export function indexForAlignment(plan: PlanInput, asOf: string, issues: Issue[]): AlignmentIndex {
  return indexEffort("checkAlignment", plan, asOf, issues);
}

/** Pushes a warning; most alignment rules raise nothing else. */
export function warn(issues: Issue[], code: Issue["code"], path: Path, message: string, hint: string): void {
  issues.push(createIssue(code, "warning", path, message, hint));
}
