// Private: what the progress log says about each goal on a given day — minutes
// logged (directly or on its tasks), when logging began, and the metric
// check-ins. One pass over the log, so measureProgress stays linear.
import { isIsoDate } from "../_lib/dates.ts";
import type { LogEntryInput } from "../model/index.ts";

/** One goal's log on or before the measuring day. */
export interface GoalLog {
  /** Minutes logged on the goal or its tasks. */
  minutes: number;
  /** The first day time was logged (`YYYY-MM-DD`); undefined when only check-ins are logged. */
  firstDay?: string;
  /** How many metric check-ins are logged. */
  checkIns: number;
  /** The latest check-in, when there is one. */
  latest?: { date: string; value: number };
}

/**
 * Per goal id, its minutes and check-ins logged on or before `asOf`. An entry
 * with only a `taskId` counts for that task's goal (`goalOfTask`). Entries
 * dated after `asOf`, with impossible dates or non-finite numbers are skipped.
 */
export function goalLogs(log: readonly LogEntryInput[], asOf: string, goalOfTask: ReadonlyMap<string, string>): Map<string, GoalLog> {
  const logs = new Map<string, GoalLog>();
  for (const entry of log) {
    // A plan that skipped parsePlan may hold anything here: what is not an entry is skipped.
    if (typeof entry !== "object" || entry === null) continue;
    const { date, minutes, value } = entry;
    if (!isIsoDate(date) || date > asOf) continue;
    const goalId = entry.goalId ?? (entry.taskId === undefined ? undefined : goalOfTask.get(entry.taskId));
    if (goalId === undefined) continue;
    let totals = logs.get(goalId);
    if (!totals) logs.set(goalId, (totals = { minutes: 0, checkIns: 0 }));
    if (typeof minutes === "number" && minutes > 0 && minutes < Infinity) {
      totals.minutes += minutes;
      if (totals.firstDay === undefined || date < totals.firstDay) totals.firstDay = date;
    }
    if (entry.goalId !== undefined && typeof value === "number" && Number.isFinite(value)) {
      totals.checkIns += 1;
      // On the same date the later entry wins, as recordProgress does.
      if (totals.latest === undefined || date >= totals.latest.date) totals.latest = { date, value };
    }
  }
  return logs;
}
