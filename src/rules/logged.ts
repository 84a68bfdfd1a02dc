// What the progress log counts, in one place: progress, the alignment drift
// check, the mix pie and the interview evidence all read the log this way.
import { isIsoDate } from "../_lib/dates.ts";
import { firstById } from "../_lib/ids.ts";
import type { Bucket, LogEntryInput } from "../model/index.ts";
import { goalBucket } from "./bucket.ts";
import type { PlanIndex } from "./planIndex.ts";

/** The span of days a reading of the log covers; `from` missing means since the log began. */
export interface LogWindow {
  /** The first day counted, `YYYY-MM-DD`, included. */
  readonly from?: string;
  /** The last day counted, `YYYY-MM-DD`, included (the `asOf` of the reading). */
  readonly asOf: string;
}

/**
 * The entry when it is an object dated on a real day inside the window, else
 * undefined. A plan that skipped parsePlan may hold anything in its log: what
 * is not an entry, or is dated after `asOf`, is never counted.
 */
export function entryWithin(entry: unknown, window: LogWindow): LogEntryInput | undefined {
  if (typeof entry !== "object" || entry === null) return undefined;
  const { date } = entry as LogEntryInput;
  if (!isIsoDate(date) || date > window.asOf || (window.from !== undefined && date < window.from)) return undefined;
  return entry as LogEntryInput;
}

/** The minutes an entry logs: a positive finite number, else 0 (an entry may log only a check-in or a note). */
export function entryMinutes(entry: LogEntryInput): number {
  const { minutes } = entry;
  return typeof minutes === "number" && minutes > 0 && minutes < Infinity ? minutes : 0;
}

/** The goal an entry counts for: its `goalId`, else the goal of its `taskId` (`goalOfTask`, first task of each id). */
export function entryGoalId(entry: LogEntryInput, goalOfTask: ReadonlyMap<string, string>): string | undefined {
  if (typeof entry.goalId === "string") return entry.goalId;
  return typeof entry.taskId === "string" ? goalOfTask.get(entry.taskId) : undefined;
}

/** Per task id, the goal id of its first task: how an entry that names only a task finds its goal. */
export function goalOfTasks(tasks: readonly { readonly id?: unknown; readonly goalId: string }[]): Map<string, string> {
  return firstById(tasks, (task) => task.goalId);
}

/**
 * Minutes logged per bucket inside the window, each entry in the bucket of the
 * goal it counts for (`goalBucket`, whatever the goal's status: the time was
 * spent); an entry whose goal is unknown is left out.
 */
export function loggedMinutesByBucket(index: PlanIndex, window: LogWindow): Record<Bucket, number> {
  const minutes = { core: 0, auxiliary: 0, exploratory: 0 };
  const log: unknown = index.plan.log;
  if (!Array.isArray(log) || log.length === 0) return minutes;
  const goalOfTask = goalOfTasks(index.tasks);
  for (const item of log as unknown[]) {
    const entry = entryWithin(item, window);
    const spent = entry === undefined ? 0 : entryMinutes(entry);
    if (spent === 0) continue;
    const at = index.goalAt.get(entryGoalId(entry!, goalOfTask));
    if (at !== undefined) minutes[goalBucket(index.goals[at]!, index.kinds)] += spent;
  }
  return minutes;
}
