// Private: what a review does to the micro-tasks, so no stale work is left —
// the open tasks of a replaced or dropped goal are closed (kept as history),
// and a goal whose effort or due date changed gets its open tasks re-split.
import type { GoalInput, MicroTaskInput } from "../model/index.ts";
import { splitIntoMicroTasks } from "../vision/index.ts";

/** A task still to do: not done and not closed. */
function isOpen(task: MicroTaskInput): boolean {
  return task.done !== true && task.closedOn === undefined;
}

/**
 * The tasks after a review on `date`: open tasks of the goals in `closing`
 * get `closedOn: date`; the open tasks of each goal in `resplitting` are
 * replaced, where the first of them stood, by a fresh split of the effort
 * left (effort less done minutes) unless they already add up to it. Tasks of
 * other goals are shared. O(tasks + new tasks).
 */
export function reviewTasks(
  tasks: readonly MicroTaskInput[],
  date: string,
  closing: ReadonlySet<string>,
  resplitting: ReadonlyMap<string, GoalInput>,
): readonly MicroTaskInput[] {
  if (closing.size === 0 && resplitting.size === 0) return tasks;
  const fresh = freshSplits(tasks, resplitting);
  const placed = new Set<string>();
  const next: MicroTaskInput[] = [];
  for (const task of tasks) {
    if (closing.has(task.goalId) && isOpen(task)) next.push({ ...task, closedOn: date });
    else if (fresh.has(task.goalId) && isOpen(task)) {
      if (!placed.has(task.goalId)) next.push(...fresh.get(task.goalId)!);
      placed.add(task.goalId);
    } else next.push(task);
  }
  return next;
}

/** Per goal to re-split whose open tasks no longer add up to its effort left, the new open tasks. */
function freshSplits(tasks: readonly MicroTaskInput[], resplitting: ReadonlyMap<string, GoalInput>): Map<string, MicroTaskInput[]> {
  const sums = new Map<string, { done: number; open: number; openIds: string[] }>();
  const usedIds = new Set<string>();
  for (const task of tasks) {
    usedIds.add(task.id);
    if (!resplitting.has(task.goalId)) continue;
    let sum = sums.get(task.goalId);
    if (!sum) sums.set(task.goalId, (sum = { done: 0, open: 0, openIds: [] }));
    if (task.done === true) sum.done += task.minutes;
    else if (isOpen(task)) {
      sum.open += task.minutes;
      sum.openIds.push(task.id);
    }
  }
  const fresh = new Map<string, MicroTaskInput[]>();
  for (const [goalId, sum] of sums) {
    const goal = resplitting.get(goalId)!;
    if (sum.openIds.length === 0 || goal.effortHours === undefined) continue;
    const left = Math.max(0, Math.round(goal.effortHours * 60) - sum.done);
    if (Math.round(sum.open) === left) continue;
    // The split's ids are <goal>-t1, -t2 …; done and closed tasks may hold some, so number on past them.
    for (const id of sum.openIds) usedIds.delete(id);
    let number = 0;
    const split = splitIntoMicroTasks({ id: goalId, title: goal.title, effortHours: left / 60 }).tasks.map((task) => {
      let id: string;
      do id = `${goalId}-t${++number}`;
      while (usedIds.has(id));
      usedIds.add(id);
      return { ...task, id };
    });
    fresh.set(goalId, split);
  }
  return fresh;
}
