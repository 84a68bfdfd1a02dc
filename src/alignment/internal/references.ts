// Private: broken references — duplicate ids, ids that name nothing, and
// capability `requires` loops. All of them are errors: later checks cannot
// trust a plan whose links do not resolve.
import { dependencyOrder } from "../../_lib/graph.ts";
import { createIssue, formatPath } from "../../_lib/issues.ts";
import type { Issue } from "../../model/index.ts";
import { firstIndexById, type PlanIndex } from "./planIndex.ts";

type Path = readonly (string | number)[];

const CAPABILITIES: Path = ["vision", "capabilities"];
const MILESTONES: Path = ["milestones"];
const GOALS: Path = ["goals"];

const DUPLICATE_HINT = "Give every item its own id; references resolve to the first item with an id.";
const UNKNOWN_HINT = "Correct the id, or add the item it should name.";
const CYCLE_HINT = "Remove one of the requires so the capabilities can be built one after another.";
/** Longer loops are shortened in the message: their first ids, "…", the last id. */
const CYCLE_IDS_SHOWN = 8;

/** Pushes `ref/duplicate-id`, `ref/unknown` and `graph/cycle` issues. */
export function checkReferences(index: PlanIndex, issues: Issue[]): void {
  const { capabilities, milestones, goals, tasks, reviews, capabilityAt, milestoneAt, goalAt, taskGoal, goalMilestone } = index;
  checkDuplicates(CAPABILITIES, capabilities, capabilityAt, issues);
  checkDuplicates(MILESTONES, milestones, milestoneAt, issues);
  checkDuplicates(GOALS, goals, goalAt, issues);
  checkDuplicates(["tasks"], tasks, firstIndexById(tasks), issues);
  checkDuplicates(["reviews"], reviews, firstIndexById(reviews), issues);

  // Paths are built only for the rare broken reference: these loops run over every item.
  for (let at = 0; at < capabilities.length; at++) {
    checkIds(capabilities[at]!.requires, capabilityAt, "capability", issues, CAPABILITIES, at, "requires");
  }
  for (let at = 0; at < milestones.length; at++) {
    checkIds(milestones[at]!.capabilityIds, capabilityAt, "capability", issues, MILESTONES, at, "capabilityIds");
  }
  for (let at = 0; at < goals.length; at++) {
    const goal = goals[at]!;
    if (goalMilestone[at] === -1 && goal.milestoneId !== undefined) issues.push(unknown(["goals", at, "milestoneId"], "milestone", goal.milestoneId));
    checkIds(goal.capabilityIds, capabilityAt, "capability", issues, GOALS, at, "capabilityIds");
    if (goal.replaces !== undefined && !goalAt.has(goal.replaces)) issues.push(unknown(["goals", at, "replaces"], "goal", goal.replaces));
  }
  for (let at = 0; at < tasks.length; at++) {
    if (taskGoal[at] === -1) issues.push(unknown(["tasks", at, "goalId"], "goal", tasks[at]!.goalId));
  }
  for (let at = 0; at < reviews.length; at++) {
    const decisions = reviews[at]!.decisions ?? [];
    for (let step = 0; step < decisions.length; step++) {
      const goalId = decisions[step]!.goalId;
      if (!goalAt.has(goalId)) issues.push(unknown(["reviews", at, "decisions", step, "goalId"], "goal", goalId));
    }
  }
  checkCycles(index, issues);
}

function checkDuplicates(path: Path, items: readonly { readonly id: string }[], firstAt: ReadonlyMap<string, number>, issues: Issue[]): void {
  if (firstAt.size === items.length) return; // every id is distinct
  for (let at = 0; at < items.length; at++) {
    const id = items[at]!.id;
    const first = firstAt.get(id);
    if (first === undefined || first === at) continue;
    const message = `id "${id}" is already used by ${formatPath([...path, first])}`;
    issues.push(createIssue("ref/duplicate-id", "error", [...path, at, "id"], message, DUPLICATE_HINT));
  }
}

function checkIds(
  ids: readonly string[] | undefined,
  known: ReadonlyMap<string, number>,
  kind: string,
  issues: Issue[],
  collection: Path,
  at: number,
  field: string,
): void {
  if (ids === undefined) return;
  for (let step = 0; step < ids.length; step++) {
    if (!known.has(ids[step]!)) issues.push(unknown([...collection, at, field, step], kind, ids[step]!));
  }
}

function unknown(path: Path, kind: string, id: string): Issue {
  return createIssue("ref/unknown", "error", path, `names ${kind} "${id}", which the plan does not have`, UNKNOWN_HINT);
}

function checkCycles(index: PlanIndex, issues: Issue[]): void {
  const { capabilities } = index;
  if (capabilities.length === 0) return;
  const ids = capabilities.map((capability) => capability.id);
  const { cycles } = dependencyOrder(ids, (at) => capabilities[at]!.requires);
  for (const cycle of cycles) {
    const message = `capabilities require each other in a loop: ${describeLoop(cycle.map((at) => ids[at]!))}`;
    issues.push(createIssue("graph/cycle", "error", ["vision", "capabilities", cycle[0]!], message, CYCLE_HINT));
  }
}

/** "a → b → c → a"; a long loop keeps its first ids and its last one, and says how long it is. */
export function describeLoop(ids: readonly string[]): string {
  if (ids.length <= CYCLE_IDS_SHOWN + 1) return [...ids, ids[0]!].join(" → ");
  const shown = [...ids.slice(0, CYCLE_IDS_SHOWN), "…", ids[ids.length - 1]!, ids[0]!];
  return `${shown.join(" → ")} (${ids.length} capabilities)`;
}
