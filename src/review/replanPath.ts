// Private: the pieces of replan — which capabilities still need a path, how
// the new vision's capability list merges, and ids that do not clash.
import { goalStatus } from "../rules/defaults.ts";
import { dateParts, isIsoDate } from "../_lib/dates.ts";
import type { CapabilityInput, GoalInput, Milestone, MilestoneInput } from "../model/index.ts";

/** The vision's capabilities with `updates` merged in: same id replaces, new ids are appended. */
export function mergeCapabilities(current: readonly CapabilityInput[], updates: readonly CapabilityInput[]): CapabilityInput[] {
  const updateById = new Map(updates.map((capability) => [capability.id, capability] as const));
  const merged = current.map((capability) => updateById.get(capability.id) ?? capability);
  const known = new Set(current.map((capability) => capability.id));
  for (const capability of updates) {
    if (!known.has(capability.id)) merged.push(capability);
    known.add(capability.id);
  }
  return merged;
}

/** Capability ids a done goal builds (held) and those an active goal builds (covered): neither needs a new path. */
export function settledCapabilities(goals: readonly GoalInput[]): Set<string> {
  const settled = new Set<string>();
  for (const goal of goals) {
    const status = goalStatus(goal);
    if (status === "active" || status === "done") for (const id of goal.capabilityIds ?? []) settled.add(id);
  }
  return settled;
}

/** `id`, or `id-<suffix>` (then `-2`, `-3` …) when `taken` holds it; the result is added to `taken`. */
export function freshId(id: string, suffix: string, taken: Set<string>): string {
  let fresh = id;
  for (let number = 1; taken.has(fresh); number++) fresh = number === 1 ? `${id}-${suffix}` : `${id}-${suffix}-${number}`;
  taken.add(fresh);
  return fresh;
}

/**
 * A milestone decomposed from `asOf`, its horizon counted again from the vision's start (the plan's other
 * milestones count from there): "6m" from 2027-01-05 on a vision started 2026-01-05 becomes "18m", its id
 * `m-18m` (or a fresh one) and an "N-month milestone" title prefix the same.
 */
export function fromVisionStart(milestone: Milestone, visionStart: string, taken: Set<string>): MilestoneInput {
  if (milestone.horizon === "final" || !isIsoDate(visionStart)) return { ...milestone, id: freshId(milestone.id, milestone.dueDate, taken) };
  const from = dateParts(visionStart);
  const to = dateParts(milestone.dueDate);
  const months = (to.year - from.year) * 12 + (to.month - from.month) - (to.day < from.day ? 1 : 0);
  const horizon = months % 12 === 0 ? `${months / 12}y` : `${months}m`;
  const label = months % 12 === 0 ? `${months / 12}-year milestone` : `${months}-month milestone`;
  return { ...milestone, id: freshId(`m-${horizon}`, milestone.dueDate, taken), horizon, title: milestone.title.replace(/^\d+-(?:month|year) milestone/, label) };
}
