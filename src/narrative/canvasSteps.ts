// careerCanvas's next steps, apart so the canvas file stays short. Not re-exported.
import { byDueDate } from "../_lib/order.ts";
import type { GoalInput, MicroTaskInput } from "../model/index.ts";
import type { CanvasGap, CanvasStep } from "./canvasTypes.ts";
import { listAt } from "./maps.ts";

const MAX_STEPS = 5;

/** A goal with the date it is due by: its own, else its milestone's, else the vision's target. */
export interface DatedGoal {
  goal: GoalInput;
  dueDate: string;
}

/** An open task of a gap's goal, with the goal's due date. */
interface Queued {
  gap: CanvasGap;
  task: MicroTaskInput;
  dueDate: string;
}

/** One step per gap (its first open task, else a split or draft step), then more open tasks by goal due date, at most five. */
export function canvasNextSteps(gaps: readonly CanvasGap[], goalById: ReadonlyMap<string, DatedGoal>, tasks: readonly MicroTaskInput[]): CanvasStep[] {
  const openTasks = new Map<string, MicroTaskInput[]>();
  for (const task of tasks) if (task.done !== true) listAt(openTasks, task.goalId).push(task);
  const steps: CanvasStep[] = [];
  const listed = new Set<MicroTaskInput>();
  // Lists the task as a step, unless it is listed already or the steps are full.
  const take = ({ gap, task }: Queued): boolean => {
    if (steps.length >= MAX_STEPS || listed.has(task)) return false;
    listed.add(task);
    steps.push({ text: task.title, capabilityId: gap.capabilityId, goalId: task.goalId, taskId: task.id, minutes: task.minutes });
    return true;
  };
  // First, in gap order, one step per gap: its first open task, else a split or draft step.
  const queued: Queued[] = [];
  for (const gap of gaps) {
    const goals = gap.goalIds.map((id) => goalById.get(id)!).sort(byDueDate);
    const queue = goals.flatMap(({ goal, dueDate }) => (openTasks.get(goal.id) ?? []).map((task) => ({ gap, task, dueDate })));
    for (const entry of queue) if (take(entry)) break;
    if (queue.length === 0 && steps.length < MAX_STEPS) steps.push(plannedStep(gap, goals[0]?.goal));
    for (const entry of queue) queued.push(entry);
  }
  // Then the gaps' other open tasks, soonest goal first, while there is room.
  if (steps.length < MAX_STEPS) for (const entry of queued.sort(byDueDate)) take(entry);
  return steps;
}

// The step for a gap with no open task: split its first goal into tasks, or draft a goal when it has none.
function plannedStep({ capabilityId, name, milestoneTitle, dueDate }: CanvasGap, goal: GoalInput | undefined): CanvasStep {
  if (goal) return { text: `Split "${goal.title}" into micro-tasks of 30–60 minutes`, capabilityId, goalId: goal.id };
  const milestone = milestoneTitle === undefined ? "" : ` (milestone "${milestoneTitle}", due ${dueDate})`;
  return { text: `Draft a SMART goal for ${name}${milestone}`, capabilityId };
}
