// One index of a plan for every rule that needs per-plan facts: its lists
// (empty when absent), the lookups by id and the links already resolved, built
// once per call in O(size of the plan). It is also the one guard against a
// plan that skipped parsePlan: a TypeError naming the function and the field.
import type { CapabilityInput, GoalInput, MilestoneInput, PlanInput, ReviewInput } from "../model/index.ts";
import { fail } from "../_lib/args.ts";
import { firstIndexById } from "../_lib/ids.ts";
import { capabilityKinds, type CapabilityKinds } from "./bucket.ts";

/** Index of the first item with each id (later duplicates are reported, never looked up); an absent id finds nothing. */
export type IdIndex = ReadonlyMap<string | undefined, number>;

/** A plan's collections and lookups; see {@link indexPlan}. */
export interface PlanIndex {
  /** The plan as given; never written to. */
  readonly plan: PlanInput;
  readonly capabilities: readonly CapabilityInput[];
  readonly milestones: readonly MilestoneInput[];
  readonly goals: readonly GoalInput[];
  readonly tasks: NonNullable<PlanInput["tasks"]>;
  readonly reviews: readonly ReviewInput[];
  readonly capabilityAt: IdIndex;
  readonly milestoneAt: IdIndex;
  readonly goalAt: IdIndex;
  /** Whether each capability id is core: what a goal's bucket follows (see `goalBucket`). */
  readonly kinds: CapabilityKinds;
  /** Per goal, the index of the milestone its milestoneId names, if any. Looked up once: big maps are slow to probe. */
  readonly goalMilestone: readonly (number | undefined)[];
  /** Per task, the index of the goal its goalId names, if any. */
  readonly taskGoal: readonly (number | undefined)[];
}

/**
 * Indexes `plan` for the function `where`. Throws a TypeError naming `where`
 * and the field when the plan does not have the model's shape (no vision
 * object, `goals` not an array, an item that is not an object): data that
 * never went through parsePlan. Values inside items are left to the rules.
 */
export function indexPlan(where: string, plan: PlanInput): PlanIndex {
  const { capabilities, milestones, goals, tasks, reviews } = planLists(where, plan);
  const milestoneAt = indexById(milestones);
  const goalAt = indexById(goals);
  const goalMilestone: (number | undefined)[] = new Array(goals.length);
  for (let at = 0; at < goals.length; at++) goalMilestone[at] = milestoneAt.get(goals[at]!.milestoneId);
  const taskGoal: (number | undefined)[] = new Array(tasks.length);
  for (let at = 0; at < tasks.length; at++) taskGoal[at] = goalAt.get(tasks[at]!.goalId);
  return {
    plan,
    capabilities,
    milestones,
    goals,
    tasks,
    reviews,
    capabilityAt: indexById(capabilities),
    milestoneAt,
    goalAt,
    kinds: capabilityKinds(capabilities),
    goalMilestone,
    taskGoal,
  };
}

/** A plan's lists, each empty when absent. */
export type PlanLists = Pick<PlanIndex, "plan" | "capabilities" | "milestones" | "goals" | "tasks" | "reviews">;

/**
 * The lists of `plan`, checked for shape as {@link indexPlan} checks them, without
 * the lookups across them: for a function that reads goals one at a time and
 * needs only a few of the maps (checkSmartPlan, inside every checkAlignment).
 */
export function planLists(where: string, plan: PlanInput): PlanLists {
  if (typeof plan !== "object" || plan === null) fail(where, "plan", "an object with a vision", plan, TypeError);
  const { vision } = plan;
  if (typeof vision !== "object" || vision === null) fail(where, "plan.vision", "an object", vision, TypeError);
  return {
    plan,
    capabilities: listOf(where, "plan.vision.capabilities", vision.capabilities),
    milestones: listOf(where, "plan.milestones", plan.milestones),
    goals: listOf(where, "plan.goals", plan.goals),
    tasks: listOf(where, "plan.tasks", plan.tasks),
    reviews: listOf(where, "plan.reviews", plan.reviews),
  };
}

/** Maps each id to the index of its first item (see `firstIndexById`). */
export function indexById(items: readonly { readonly id?: unknown }[]): IdIndex {
  return firstIndexById(items);
}

/** The list, empty when absent; a TypeError naming `name` when it is not an array of objects. */
function listOf<T>(where: string, name: string, list: readonly T[] | undefined): T[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) fail(where, name, "an array", list, TypeError);
  for (let at = 0; at < list.length; at++) {
    const item: unknown = list[at];
    if (typeof item !== "object" || item === null) fail(where, `${name}[${at}]`, "an object", item, TypeError);
  }
  return list as T[];
}
