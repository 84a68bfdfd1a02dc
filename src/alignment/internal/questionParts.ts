// Private: the pieces of keyQuestions that walk the plan's goals and capabilities.
import { goalStatus } from "../../_lib/defaults.ts";
import type { GoalInput, MilestoneInput, PlanInput } from "../../model/index.ts";

/** Capabilities named in one question before "and others". */
const CAPABILITIES_NAMED = 3;

/** Active goals, soonest due first (goals without a due date last), then in plan order. */
export function activeGoalsInDueOrder(goals: readonly GoalInput[]): GoalInput[] {
  const active: { goal: GoalInput; at: number }[] = [];
  for (let at = 0; at < goals.length; at++) if (goalStatus(goals[at]!) === "active") active.push({ goal: goals[at]!, at });
  active.sort((a, b) => {
    const left = a.goal.dueDate ?? "\uffff";
    const right = b.goal.dueDate ?? "\uffff";
    return left < right ? -1 : left > right ? 1 : a.at - b.at;
  });
  return active.map(({ goal }) => goal);
}

/**
 * "system design and technical leadership": the core capabilities active
 * goals build (vision order), else those of `anchor`, else all core ones;
 * "my long-term skills" when the vision lists none.
 */
export function coreCapabilityNames(plan: PlanInput, anchor: MilestoneInput | undefined): string {
  const core = (plan.vision.capabilities ?? []).filter((capability) => (capability.kind ?? "core") === "core");
  const built = new Set<string>();
  for (const goal of plan.goals ?? []) if (goalStatus(goal) === "active") for (const id of goal.capabilityIds ?? []) built.add(id);
  let chosen = core.filter((capability) => built.has(capability.id));
  if (chosen.length === 0 && anchor !== undefined) {
    const ids = new Set(anchor.capabilityIds ?? []);
    chosen = core.filter((capability) => ids.has(capability.id));
  }
  if (chosen.length === 0) chosen = core;
  const names = chosen.map((capability) => capability.name.trim() || capability.id);
  if (names.length === 0) return "my long-term skills";
  if (names.length > CAPABILITIES_NAMED) return `${names.slice(0, CAPABILITIES_NAMED).join(", ")} and ${names.length - CAPABILITIES_NAMED} more`;
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} and ${names.at(-1)!}`;
}

/** "'a', 'b' and 'c'", or "'a', 'b' … and 7 more" past `limit` titles. */
export function listTitles(goals: readonly GoalInput[], limit: number): string {
  const titles = goals.slice(0, limit).map((goal) => `'${goal.title}'`);
  if (goals.length > limit) return `${titles.join(", ")} and ${goals.length - limit} more`;
  return titles.length === 1 ? titles[0]! : `${titles.slice(0, -1).join(", ")} and ${titles.at(-1)!}`;
}
