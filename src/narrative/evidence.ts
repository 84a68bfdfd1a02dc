// Private: what the person has earned as evidence of each capability — done
// goals and evidence logged on the goals that build it. Planned evidence (a
// capability's `evidence` field, an active goal's title) is never cited as done.
import { goalStatus } from "../rules/defaults.ts";
import { oneLine } from "../_lib/markdown.ts";
import type { PlanInput } from "../model/index.ts";

/** The evidence of one capability earned so far. */
export interface Earned {
  /** Titles of the done goals that build it, in plan order. */
  doneGoals: string[];
  /** Evidence logged on goals (or their tasks) that build it, by date. */
  logged: string[];
}

/** Per vision capability id, the evidence earned by `asOf`. O(goals + tasks + log), plus sorting the evidence entries. */
export function earnedEvidence(plan: Readonly<PlanInput>, asOf: string): Map<string, Earned> {
  const earned = new Map<string, Earned>();
  const at = (id: string): Earned => {
    let entry = earned.get(id);
    if (!entry) earned.set(id, (entry = { doneGoals: [], logged: [] }));
    return entry;
  };
  const capabilitiesOf = new Map<string, readonly string[]>();
  for (const goal of plan.goals ?? []) {
    if (!capabilitiesOf.has(goal.id)) capabilitiesOf.set(goal.id, [...new Set(goal.capabilityIds ?? [])]);
    const title = oneLine(goal.title);
    if (goalStatus(goal) === "done" && title) for (const id of new Set(goal.capabilityIds)) at(id).doneGoals.push(title);
  }
  const goalOfTask = new Map<string, string>();
  for (const task of plan.tasks ?? []) if (!goalOfTask.has(task.id)) goalOfTask.set(task.id, task.goalId);
  const logged = (Array.isArray(plan.log) ? plan.log : [])
    .filter((entry) => typeof entry === "object" && entry !== null && typeof entry.evidence === "string" && oneLine(entry.evidence) !== "" && typeof entry.date === "string" && entry.date <= asOf)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const entry of logged) {
    const goalId = entry.goalId ?? (entry.taskId === undefined ? undefined : goalOfTask.get(entry.taskId));
    for (const id of (goalId === undefined ? undefined : capabilitiesOf.get(goalId)) ?? []) at(id).logged.push(oneLine(entry.evidence));
  }
  return earned;
}
