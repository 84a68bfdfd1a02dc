// Private: the lookups every alignment rule needs, built once per check so each
// rule stays a single linear pass (no rule scans another collection per item).
import { goalStatus } from "../../_lib/defaults.ts";
import type { CapabilityInput, GoalInput, MilestoneInput, PlanInput, ReviewInput } from "../../model/index.ts";

/** A micro-task as written by a caller. */
export type TaskInput = NonNullable<PlanInput["tasks"]>[number];

/** The plan's collections (empty when absent) and id lookups. */
export interface PlanIndex {
  /** The plan as given; never written to. */
  readonly plan: PlanInput;
  /** The date the check is made on. */
  readonly asOf: string;
  /** `vision.capabilities`, or none. */
  readonly capabilities: readonly CapabilityInput[];
  /** `milestones`, or none. */
  readonly milestones: readonly MilestoneInput[];
  /** `goals`, or none. */
  readonly goals: readonly GoalInput[];
  /** `tasks`, or none. */
  readonly tasks: readonly TaskInput[];
  /** `reviews`, or none. */
  readonly reviews: readonly ReviewInput[];
  /** Index of the first capability with each id (later duplicates are reported, never looked up). */
  readonly capabilityAt: ReadonlyMap<string, number>;
  /** Index of the first milestone with each id. */
  readonly milestoneAt: ReadonlyMap<string, number>;
  /** Index of the first goal with each id. */
  readonly goalAt: ReadonlyMap<string, number>;
  /** 1 where the goal at that index is active (a missing status is active). */
  readonly active: Uint8Array;
  /** Per task, the index of the goal its goalId names, or -1 when it names none. */
  readonly taskGoal: Int32Array;
  /** Per goal, the index of the milestone its milestoneId names, or -1 (no milestoneId, or one that names nothing). */
  readonly goalMilestone: Int32Array;
}

/** Builds the lookups of `plan` in O(size of the plan). */
export function indexPlan(plan: PlanInput, asOf: string): PlanIndex {
  const capabilities = plan.vision.capabilities ?? [];
  const milestones = plan.milestones ?? [];
  const goals = plan.goals ?? [];
  const active = new Uint8Array(goals.length);
  for (let index = 0; index < goals.length; index++) if (goalStatus(goals[index]!) === "active") active[index] = 1;
  const goalAt = firstIndexById(goals);
  const milestoneAt = firstIndexById(milestones);
  const goalMilestone = new Int32Array(goals.length);
  for (let index = 0; index < goals.length; index++) {
    const milestoneId = goals[index]!.milestoneId;
    goalMilestone[index] = milestoneId === undefined ? -1 : (milestoneAt.get(milestoneId) ?? -1);
  }
  const tasks = plan.tasks ?? [];
  const taskGoal = new Int32Array(tasks.length);
  for (let index = 0; index < tasks.length; index++) taskGoal[index] = goalAt.get(tasks[index]!.goalId) ?? -1;
  return {
    plan,
    asOf,
    capabilities,
    milestones,
    goals,
    tasks,
    reviews: plan.reviews ?? [],
    capabilityAt: firstIndexById(capabilities),
    milestoneAt,
    goalAt,
    active,
    taskGoal,
    goalMilestone,
  };
}

/** Maps each id to the index of its first item. */
export function firstIndexById(items: readonly { readonly id: string }[]): Map<string, number> {
  const at = new Map<string, number>();
  // Backwards, so the first item's index is written last: one hash operation per item.
  for (let index = items.length - 1; index >= 0; index--) at.set(items[index]!.id, index);
  return at;
}
