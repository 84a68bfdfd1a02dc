// Private: what the progress log says about each goal on a given day — minutes
// logged (directly or on its tasks), when logging began, and the metric
// check-ins. One pass over the log, so measureProgress stays linear.
import { entryGoalId, entryMinutes, entryWithin } from "../rules/logged.ts";

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
 * Per goal id, its minutes and check-ins logged on or before `asOf`, read as
 * `src/rules/logged.ts` reads every entry: an entry with only a `taskId`
 * counts for that task's goal (`goalOfTask`); entries dated after `asOf`, on
 * impossible dates or with non-finite numbers are skipped.
 */
export function goalLogs(log: readonly unknown[], asOf: string, goalOfTask: ReadonlyMap<string, string>): Map<string, GoalLog> {
  const logs = new Map<string, GoalLog>();
  for (const item of log) {
    const entry = entryWithin(item, { asOf });
    const goalId = entry === undefined ? undefined : entryGoalId(entry, goalOfTask);
    if (goalId === undefined) continue;
    const { date, value } = entry!;
    let totals = logs.get(goalId);
    if (!totals) logs.set(goalId, (totals = { minutes: 0, checkIns: 0 }));
    const minutes = entryMinutes(entry!);
    if (minutes > 0) {
      totals.minutes += minutes;
      if (totals.firstDay === undefined || date < totals.firstDay) totals.firstDay = date;
    }
    if (entry!.goalId !== undefined && typeof value === "number" && Number.isFinite(value)) {
      totals.checkIns += 1;
      // On the same date the later entry wins, as recordProgress does.
      if (totals.latest === undefined || date >= totals.latest.date) totals.latest = { date, value };
    }
  }
  return logs;
}
