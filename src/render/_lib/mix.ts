// Private: the effort mix the "mix" pie shows: time logged per bucket when the
// plan has a log, else the effort planned for the next quarter.
import { isNumberFrom } from "../../_lib/args.ts";
import { addMonths, isIsoDate, toDayNumber } from "../../_lib/dates.ts";
import { firstById } from "../../_lib/ids.ts";
import type { Bucket, GoalInput, IsoDate, PlanInput, Ratios } from "../../model/index.ts";
import { goalClassifier } from "../../rules/bucket.ts";
import { DEFAULT_RATIOS, goalStatus } from "../../rules/defaults.ts";
import { effortLeftMinutes } from "../../rules/effortLeft.ts";
import { planRatios } from "../../rules/ratios.ts";

/** Minutes per bucket, what they measure, and the ratios they are compared with. */
export interface EffortMix {
  basis: "logged" | "planned";
  minutes: Record<Bucket, number>;
  ratios: Readonly<Ratios>;
  /** False when the plan's ratios are invalid and 70/20/10 stands in for them. */
  ratiosUsable: boolean;
}

/** A log entry as the pie reads it; `plan.log` may be missing or hold anything (it is read defensively). */
interface LogLike {
  date?: unknown;
  minutes?: unknown;
  goalId?: unknown;
  taskId?: unknown;
}

export function effortMix(plan: Readonly<PlanInput>, asOf: IsoDate): EffortMix {
  const goals = plan.goals ?? [];
  const goalById = firstById(goals, (goal) => goal);
  const classify = goalClassifier(plan.vision);
  // An unknown bucket name is checkAlignment's to report; the rule classifies such a goal by its capabilities.
  const bucketOf = (goal: Readonly<GoalInput>) => classify(goal);
  const usable = planRatios(plan).ratios;
  const ratios = usable ?? DEFAULT_RATIOS;
  const ratiosUsable = usable !== undefined;
  const logged = loggedMinutes(plan, asOf, (goalId) => {
    const goal = goalById.get(goalId);
    return goal && bucketOf(goal);
  });
  if (logged) return { basis: "logged", minutes: logged, ratios, ratiosUsable };
  return { basis: "planned", minutes: plannedMinutes(plan, asOf, bucketOf), ratios, ratiosUsable };
}

/** Minutes logged on or before `asOf` against a goal (directly or through one of its tasks); undefined when none. */
function loggedMinutes(plan: Readonly<PlanInput>, asOf: IsoDate, bucketOfGoal: (goalId: string) => Bucket | undefined): Record<Bucket, number> | undefined {
  const log: unknown = (plan as { log?: unknown }).log;
  if (!Array.isArray(log)) return undefined;
  const goalOfTask = firstById(plan.tasks ?? [], (task) => task.goalId);
  const minutes = emptyMix();
  let total = 0;
  for (const entry of log as unknown[]) {
    if (typeof entry !== "object" || entry === null) continue;
    const { date, minutes: spent, goalId, taskId } = entry as LogLike;
    if (!isNumberFrom(spent) || spent === 0 || !isIsoDate(date) || date > asOf) continue;
    const owner = typeof goalId === "string" ? goalId : typeof taskId === "string" ? goalOfTask.get(taskId) : undefined;
    const bucket = owner === undefined ? undefined : bucketOfGoal(owner);
    if (bucket === undefined) continue;
    minutes[bucket] += spent;
    total += spent;
  }
  return total > 0 ? minutes : undefined;
}

/**
 * The effort left on each active goal spread evenly over the days from
 * `asOf` (or its later start) to its due date, summed over the next quarter;
 * a goal already past due brings all its effort left into the quarter.
 */
function plannedMinutes(plan: Readonly<PlanInput>, asOf: IsoDate, bucketOf: (goal: Readonly<GoalInput>) => Bucket): Record<Bucket, number> {
  const minutes = emptyMix();
  const sums = taskMinutes(plan.tasks ?? []);
  const today = toDayNumber(asOf);
  const quarterEnd = isIsoDate(addMonths(asOf, 3)) ? toDayNumber(addMonths(asOf, 3)) - 1 : today + 90;
  for (const goal of plan.goals ?? []) {
    if (goalStatus(goal) !== "active") continue;
    const tasks = sums.get(goal.id);
    const hours = isNumberFrom(goal.effortHours) ? goal.effortHours : undefined;
    const left = effortLeftMinutes(hours, tasks?.total ?? 0, tasks?.done ?? 0);
    if (left === 0) continue;
    const start = Math.max(today, isIsoDate(goal.startDate) ? toDayNumber(goal.startDate) : today);
    const due = isIsoDate(goal.dueDate) ? toDayNumber(goal.dueDate) : undefined;
    // No due date: the effort is spread to the vision's target.
    const end = due ?? (isIsoDate(plan.vision.targetDate) ? toDayNumber(plan.vision.targetDate) : quarterEnd);
    const share = end < today ? 1 : start > quarterEnd || end < start ? 0 : (Math.min(end, quarterEnd) - start + 1) / (end - start + 1);
    minutes[bucketOf(goal)] += left * share;
  }
  return minutes;
}

/** Minutes of micro-tasks per goal id, all and done (tasks without positive minutes don't count), as measureProgress counts them. */
function taskMinutes(tasks: readonly { goalId: string; minutes: number; done?: boolean }[]): Map<string, { total: number; done: number }> {
  const minutes = new Map<string, { total: number; done: number }>();
  for (const task of tasks) {
    if (!(task.minutes > 0)) continue;
    const entry = minutes.get(task.goalId) ?? { total: 0, done: 0 };
    minutes.set(task.goalId, entry);
    entry.total += task.minutes;
    if (task.done === true) entry.done += task.minutes;
  }
  return minutes;
}

function emptyMix(): Record<Bucket, number> {
  return { core: 0, auxiliary: 0, exploratory: 0 };
}
