// careerCanvas's indexes and next steps, apart so the canvas file stays short. Not re-exported.
import { isIsoDate } from "../_lib/dates.ts";
import { goalStatus } from "../_lib/defaults.ts";
import type { GoalInput, MicroTask, MilestoneInput, PlanInput } from "../model/index.ts";
import type { CanvasGap, CanvasStep } from "./canvasTypes.ts";

const MAX_STEPS = 5;

/** One step per gap (its first open task, else a split or draft step), then more open tasks, at most five. */
export function canvasNextSteps(
  gaps: readonly CanvasGap[],
  goals: readonly GoalInput[],
  tasks: readonly MicroTask[],
  dueOf: (goal: GoalInput) => string,
): CanvasStep[] {
  const goalById = new Map<string, GoalInput>();
  for (const goal of goals) if (!goalById.has(goal.id)) goalById.set(goal.id, goal);
  const openTasks = new Map<string, MicroTask[]>();
  for (const task of tasks) {
    if (task.done === true) continue;
    const list = openTasks.get(task.goalId);
    if (list) list.push(task);
    else openTasks.set(task.goalId, [task]);
  }
  const steps: CanvasStep[] = [];
  const listed = new Set<MicroTask>();
  const queues = gaps.map((gap) => {
    const gapGoals = gap.goalIds.map((id) => goalById.get(id)!).sort((a, b) => compare(dueOf(a), dueOf(b)));
    return { gap, gapGoals, queue: gapGoals.flatMap((goal) => (openTasks.get(goal.id) ?? []).map((task) => ({ goal, task }))) };
  });
  for (const { gap, gapGoals, queue } of queues) {
    if (steps.length >= MAX_STEPS) break;
    const next = queue.find((entry) => !listed.has(entry.task));
    if (next) {
      listed.add(next.task);
      steps.push(taskStep(gap, next.goal, next.task));
    } else if (queue.length > 0) {
      continue;
    } else if (gapGoals[0]) {
      steps.push({ text: `Split "${gapGoals[0].title}" into micro-tasks of 30–60 minutes`, capabilityId: gap.capabilityId, goalId: gapGoals[0].id });
    } else {
      const milestone = gap.milestoneTitle === undefined ? "" : ` (milestone "${gap.milestoneTitle}", due ${gap.dueDate})`;
      steps.push({ text: `Draft a SMART goal for ${gap.name}${milestone}`, capabilityId: gap.capabilityId });
    }
  }
  const rest = queues.flatMap(({ gap, queue }) => queue.map((entry) => ({ gap, ...entry })));
  rest.sort((a, b) => compare(dueOf(a.goal), dueOf(b.goal)));
  for (const { gap, goal, task } of rest) {
    if (steps.length >= MAX_STEPS) break;
    if (listed.has(task)) continue;
    listed.add(task);
    steps.push(taskStep(gap, goal, task));
  }
  return steps;
}

function taskStep(gap: CanvasGap, goal: GoalInput, task: MicroTask): CanvasStep {
  return { text: task.title, capabilityId: gap.capabilityId, goalId: goal.id, taskId: task.id, minutes: task.minutes };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Per capability id: the active goals building it (ids, plan order) and how many done ones.
export interface Building {
  active: string[];
  done: number;
}

export function goalsByCapability(goals: readonly GoalInput[]): Map<string, Building> {
  const building = new Map<string, Building>();
  for (const goal of goals) {
    // A goal naming a capability twice still counts once.
    for (const id of new Set(goal.capabilityIds ?? [])) {
      let entry = building.get(id);
      if (!entry) building.set(id, (entry = { active: [], done: 0 }));
      if (goalStatus(goal) === "done") entry.done++;
      else entry.active.push(goal.id);
    }
  }
  return building;
}

// A goal's due date: its own, else its milestone's, else the vision's target.
export function goalDueDates(plan: Readonly<PlanInput>, milestones: readonly MilestoneInput[]): (goal: GoalInput) => string {
  const milestoneDue = new Map<string, string>();
  for (const milestone of milestones) if (!milestoneDue.has(milestone.id)) milestoneDue.set(milestone.id, milestone.dueDate);
  return (goal) =>
    isIsoDate(goal.dueDate) ? goal.dueDate : ((goal.milestoneId === undefined ? undefined : milestoneDue.get(goal.milestoneId)) ?? plan.vision.targetDate);
}
