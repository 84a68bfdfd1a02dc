// Private: what the person has earned as evidence of each capability — done
// goals and evidence logged on the goals that build it. Planned evidence (a
// capability's `evidence` field, an active goal's title) is never cited as done.
import { goalStatus } from "../rules/defaults.ts";
import { oneLine } from "../_lib/markdown.ts";
import { firstById } from "../_lib/ids.ts";
import type { LogEntryInput, PlanInput } from "../model/index.ts";
import { entryGoalId, entryWithin, goalOfTasks } from "../rules/logged.ts";

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
  const capabilitiesOf = firstById(plan.goals ?? [], (goal) => [...new Set(goal.capabilityIds ?? [])]);
  for (const goal of plan.goals ?? []) {
    const title = oneLine(goal.title);
    if (goalStatus(goal) === "done" && title) for (const id of new Set(goal.capabilityIds)) at(id).doneGoals.push(title);
  }
  const goalOfTask = goalOfTasks(plan.tasks ?? []);
  const logged = (Array.isArray(plan.log) ? plan.log : [])
    .map((entry) => entryWithin(entry, { asOf }))
    .filter((entry): entry is LogEntryInput & { evidence: string } => typeof entry?.evidence === "string" && oneLine(entry.evidence) !== "")
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const entry of logged) {
    const goalId = entryGoalId(entry, goalOfTask);
    for (const id of (goalId === undefined ? undefined : capabilitiesOf.get(goalId)) ?? []) at(id).logged.push(oneLine(entry.evidence));
  }
  return earned;
}
