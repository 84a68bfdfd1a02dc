// Private: whether the short term and the long term are linked at all —
// orphan goals, milestones nobody works toward, capabilities nobody builds —
// and the coverage fractions that measure the same links.
import type { Issue } from "../../model/index.ts";
import { type AlignmentIndex, warn } from "./planIndex.ts";

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
export function checkLinks(index: AlignmentIndex, issues: Issue[]): Coverage {
  const { capabilities, milestones, goals, goalMilestone, buckets, asOf } = index;
  const workedOn = new Set<string>();
  for (const milestone of milestones) for (const id of milestone.capabilityIds ?? []) workedOn.add(id);

  const activeGoalsOf = new Int32Array(milestones.length);
  let committedGoals = 0;
  let linkedGoals = 0;
  for (let at = 0; at < goals.length; at++) {
    const goal = goals[at]!;
    const bucket = buckets[at];
    if (bucket !== undefined || goal.status === "done") for (const id of goal.capabilityIds ?? []) workedOn.add(id);
    if (bucket === undefined) continue;
    const milestone = goalMilestone[at];
    if (milestone !== undefined) activeGoalsOf[milestone]!++;
    if (bucket === "exploratory") continue;
    committedGoals++;
    if (milestone !== undefined) linkedGoals++;
    // A milestoneId that names nothing is already a ref/unknown error.
    else if (goal.milestoneId === undefined) {
      warn(issues, "goal/orphan", ["goals", at], `active ${bucket} goal without a milestoneId`, 'Link it to a milestone, or give it bucket "exploratory".');
    }
  }

  let openMilestones = 0;
  let supportedMilestones = 0;
  milestones.forEach((milestone, at) => {
    // A milestone already due is history: measureProgress judges it, not the alignment check.
    if (milestone.dueDate < asOf) return;
    openMilestones++;
    if (activeGoalsOf[at]! > 0) supportedMilestones++;
    else warn(issues, "milestone/unsupported", ["milestones", at], `no active goal works toward it (due ${milestone.dueDate})`, "Link an active goal to it, or move or drop it.");
  });

  let coveredCapabilities = 0;
  capabilities.forEach(({ id }, at) => {
    if (workedOn.has(id)) coveredCapabilities++;
    else warn(issues, "capability/uncovered", ["vision", "capabilities", at], `no milestone or goal builds "${id}"`, "List it in a milestone's or goal's capabilityIds.");
  });

  const fraction = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);
  return {
    capabilities: fraction(coveredCapabilities, capabilities.length),
    milestones: fraction(supportedMilestones, openMilestones),
    goals: fraction(linkedGoals, committedGoals),
  };
}
