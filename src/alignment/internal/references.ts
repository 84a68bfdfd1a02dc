// Private: broken references — duplicate ids, ids that name nothing, and
// capability `requires` loops — found with the rules of src/rules/references.ts.
import type { Issue } from "../../model/index.ts";
import { cycleIssues, duplicateIdIssue, unknownIdIssue } from "../../rules/references.ts";
import { indexById } from "../../rules/planIndex.ts";
import type { AlignmentIndex, IdIndex, Path } from "./planIndex.ts";

/** Pushes `ref/duplicate-id`, `ref/unknown` and `graph/cycle` issues. */
export function checkReferences(index: AlignmentIndex, issues: Issue[]): void {
  const { capabilities, milestones, goals, tasks, reviews, capabilityAt, milestoneAt, goalAt, goalMilestone, taskGoal } = index;
  const capabilityPath = ["vision", "capabilities"];
  checkDuplicates(issues, capabilityPath, capabilities, capabilityAt);
  checkDuplicates(issues, ["milestones"], milestones, milestoneAt);
  checkDuplicates(issues, ["goals"], goals, goalAt);
  checkDuplicates(issues, ["tasks"], tasks);
  checkDuplicates(issues, ["reviews"], reviews);

  // One pass per collection: these loops run over every item of a large plan.
  let anyRequires = false;
  capabilities.forEach(({ requires }, at) => {
    if (requires !== undefined && requires.length > 0) anyRequires = true;
    checkIds(issues, capabilityPath, at, "requires", requires, capabilityAt);
  });
  milestones.forEach(({ capabilityIds }, at) => checkIds(issues, ["milestones"], at, "capabilityIds", capabilityIds, capabilityAt));
  goals.forEach(({ milestoneId, capabilityIds, replaces }, at) => {
    // The index already looked up milestoneId.
    if (milestoneId !== undefined && goalMilestone[at] === undefined) issues.push(unknownIdIssue(["goals", at, "milestoneId"], milestoneId));
    checkIds(issues, ["goals"], at, "capabilityIds", capabilityIds, capabilityAt);
    if (replaces !== undefined && !goalAt.has(replaces)) issues.push(unknownIdIssue(["goals", at, "replaces"], replaces));
  });
  tasks.forEach(({ goalId }, at) => {
    if (taskGoal[at] === undefined) issues.push(unknownIdIssue(["tasks", at, "goalId"], goalId));
  });
  reviews.forEach(({ decisions }, at) => {
    decisions?.forEach(({ goalId }, step) => {
      if (!goalAt.has(goalId)) issues.push(unknownIdIssue(["reviews", at, "decisions", step, "goalId"], goalId));
    });
  });

  // Without a single `requires` there is no loop to look for.
  if (!anyRequires) return;
  issues.push(...cycleIssues(capabilityPath, capabilities.map((capability) => capability.id), (at) => capabilities[at]!.requires));
}

// The index's own map when there is one: tasks and reviews are indexed here only, and only when needed.
function checkDuplicates(issues: Issue[], path: Path, items: readonly { readonly id: string }[], firstAt: IdIndex = indexById(items)): void {
  if (firstAt.size === items.length) return; // every id is distinct
  for (let at = 0; at < items.length; at++) {
    const first = firstAt.get(items[at]!.id);
    if (first !== undefined && first !== at) issues.push(duplicateIdIssue(path, at, items[at]!.id, first));
  }
}

/** Pushes `ref/unknown` for every id of the list `path[at][field]` that `known` lacks. */
function checkIds(issues: Issue[], path: Path, at: number, field: string, ids: readonly string[] | undefined, known: IdIndex): void {
  if (ids === undefined) return;
  // The path is built only for the rare broken reference.
  for (let step = 0; step < ids.length; step++) if (!known.has(ids[step])) issues.push(unknownIdIssue([...path, at, field, step], ids[step]!));
}
