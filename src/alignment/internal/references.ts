// Private: broken references — duplicate ids, ids that name nothing, and
// capability `requires` loops. All of them are errors: later checks cannot
// trust a plan whose links do not resolve.
import { dependencyOrder } from "../../_lib/graph.ts";
import { createIssue, formatPath } from "../../_lib/issues.ts";
import type { Issue } from "../../model/index.ts";
import { firstIndexById, type IdIndex, type Path, type PlanIndex } from "./planIndex.ts";

/** Longer loops are shortened in the message: their first ids, "…", the last id. */
const LOOP_IDS_SHOWN = 8;

/** Pushes `ref/duplicate-id`, `ref/unknown` and `graph/cycle` issues. */
export function checkReferences(index: PlanIndex, issues: Issue[]): void {
  const { capabilities, milestones, goals, tasks, reviews, capabilityAt, milestoneAt, goalAt, goalMilestone, taskGoal } = index;
  const capabilityPath = ["vision", "capabilities"];
  checkDuplicates(issues, capabilityPath, capabilities, capabilityAt);
  checkDuplicates(issues, ["milestones"], milestones, milestoneAt);
  checkDuplicates(issues, ["goals"], goals, goalAt);
  checkDuplicates(issues, ["tasks"], tasks);
  checkDuplicates(issues, ["reviews"], reviews);

  // One pass per collection: these loops run over every item of a large plan.
  capabilities.forEach(({ requires }, at) => checkIds(issues, capabilityPath, at, "requires", requires, capabilityAt));
  milestones.forEach(({ capabilityIds }, at) => checkIds(issues, ["milestones"], at, "capabilityIds", capabilityIds, capabilityAt));
  goals.forEach(({ milestoneId, capabilityIds, replaces }, at) => {
    // The index already looked up milestoneId.
    if (milestoneId !== undefined && goalMilestone[at] === undefined) issues.push(unknown(["goals", at, "milestoneId"], milestoneId));
    checkIds(issues, ["goals"], at, "capabilityIds", capabilityIds, capabilityAt);
    if (replaces !== undefined && !goalAt.has(replaces)) issues.push(unknown(["goals", at, "replaces"], replaces));
  });
  tasks.forEach(({ goalId }, at) => {
    if (taskGoal[at] === undefined) issues.push(unknown(["tasks", at, "goalId"], goalId));
  });
  reviews.forEach(({ decisions }, at) => {
    decisions?.forEach(({ goalId }, step) => {
      if (!goalAt.has(goalId)) issues.push(unknown(["reviews", at, "decisions", step, "goalId"], goalId));
    });
  });

  if (capabilities.length === 0) return;
  const ids = capabilities.map((capability) => capability.id);
  for (const loop of dependencyOrder(ids, (at) => capabilities[at]!.requires).cycles) {
    const message = `requires loop: ${describeLoop(loop.map((at) => ids[at]!))}`;
    issues.push(createIssue("graph/cycle", "error", [...capabilityPath, loop[0]!], message, "Remove one requires to break the loop."));
  }
}

function checkDuplicates(issues: Issue[], path: Path, items: readonly { readonly id: string }[], firstAt = firstIndexById(items)): void {
  if (firstAt.size === items.length) return; // every id is distinct
  for (let at = 0; at < items.length; at++) {
    const first = firstAt.get(items[at]!.id)!;
    if (first === at) continue;
    const message = `"${items[at]!.id}" is already the id of ${formatPath([...path, first])}`;
    issues.push(createIssue("ref/duplicate-id", "error", [...path, at, "id"], message, "Give every item its own id."));
  }
}

/** Pushes `ref/unknown` for every id of the list `path[at][field]` that `known` lacks. */
function checkIds(issues: Issue[], path: Path, at: number, field: string, ids: readonly string[] | undefined, known: IdIndex): void {
  if (ids === undefined) return;
  // The path is built only for the rare broken reference.
  for (let step = 0; step < ids.length; step++) if (!known.has(ids[step])) issues.push(unknown([...path, at, field, step], ids[step]!));
}

function unknown(path: Path, id: string): Issue {
  return createIssue("ref/unknown", "error", path, `unknown id "${id}"`, "Correct the id, or add the item it names.");
}

/** "a → b → c → a"; a long loop keeps its first ids and its last one, and says how long it is. */
function describeLoop(ids: readonly string[]): string {
  const long = ids.length > LOOP_IDS_SHOWN + 1;
  const shown = long ? [...ids.slice(0, LOOP_IDS_SHOWN), "…", ids.at(-1)!] : ids;
  return [...shown, ids[0]].join(" → ") + (long ? ` (${ids.length} capabilities)` : "");
}
