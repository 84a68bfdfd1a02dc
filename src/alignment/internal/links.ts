// Private: whether the short term and the long term are linked at all —
// orphan goals, milestones nobody works toward, capabilities nobody builds —
// and the coverage fractions that measure the same links.
import { goalStatus } from "../../_lib/defaults.ts";
import { createIssue } from "../../_lib/issues.ts";
import type { Bucket, Issue } from "../../model/index.ts";
import type { PlanIndex } from "./planIndex.ts";

/** Fractions 0..1 of the plan that is linked; 1 when there is nothing to link. */
export interface Coverage {
  /** Vision capabilities worked on by a milestone or an active or done goal. */
  capabilities: number;
  /** Milestones not yet due (dueDate ≥ asOf) with at least one active goal. */
  milestones: number;
  /** Active core and auxiliary goals whose milestoneId names an existing milestone. */
  goals: number;
}

/** Pushes `goal/orphan`, `milestone/unsupported` and `capability/uncovered` issues; returns the coverage. */
export function checkLinks(index: PlanIndex, buckets: readonly (Bucket | undefined)[], issues: Issue[]): Coverage {
  const { capabilities, milestones, goals, capabilityAt, goalMilestone, active, asOf } = index;
  const activeGoalsOf = new Int32Array(milestones.length);
  // Marked at each id's first capability; a later duplicate shares its mark.
  const workedOn = new Uint8Array(capabilities.length);
  const markWorkedOn = (ids: readonly string[] | undefined): void => {
    if (ids === undefined) return;
    for (const id of ids) {
      const at = capabilityAt.get(id);
      if (at !== undefined) workedOn[at] = 1;
    }
  };
  for (const milestone of milestones) markWorkedOn(milestone.capabilityIds);

  let linkedGoals = 0;
  let committedGoals = 0;
  for (let at = 0; at < goals.length; at++) {
    const goal = goals[at]!;
    const status = goalStatus(goal);
    if (status === "active" || status === "done") markWorkedOn(goal.capabilityIds);
    if (active[at] === 0) continue;
    const milestone = goalMilestone[at]!;
    if (milestone !== -1) activeGoalsOf[milestone]!++;
    if (buckets[at] === "exploratory") continue;
    committedGoals++;
    if (milestone !== -1) linkedGoals++;
    // A milestoneId that names nothing is already a ref/unknown error.
    else if (goal.milestoneId === undefined) {
      const hint = `Set milestoneId to the milestone it moves you toward, or give it bucket "exploratory" if it is an experiment.`;
      issues.push(createIssue("goal/orphan", "warning", ["goals", at], `this active ${buckets[at]} goal supports no milestone`, hint));
    }
  }

  let openMilestones = 0;
  let supportedMilestones = 0;
  for (let at = 0; at < milestones.length; at++) {
    const milestone = milestones[at]!;
    // A milestone already due is history: measureProgress judges it, not the alignment check.
    if (milestone.dueDate < asOf) continue;
    openMilestones++;
    if (activeGoalsOf[at]! > 0) {
      supportedMilestones++;
      continue;
    }
    const hint = `Add an active goal with milestoneId "${milestone.id}", or move or drop the milestone.`;
    issues.push(createIssue("milestone/unsupported", "warning", ["milestones", at], `no active goal works toward this milestone (due ${milestone.dueDate})`, hint));
  }

  let coveredCapabilities = 0;
  for (let at = 0; at < capabilities.length; at++) {
    const capability = capabilities[at]!;
    if (workedOn[capabilityAt.get(capability.id)!] === 1) {
      coveredCapabilities++;
      continue;
    }
    const hint = `List "${capability.id}" in the capabilityIds of the milestone or goal that builds it.`;
    issues.push(createIssue("capability/uncovered", "warning", ["vision", "capabilities", at], `no milestone or goal works on capability "${capability.id}"`, hint));
  }

  return {
    capabilities: fraction(coveredCapabilities, capabilities.length),
    milestones: fraction(supportedMilestones, openMilestones),
    goals: fraction(linkedGoals, committedGoals),
  };
}

function fraction(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}
