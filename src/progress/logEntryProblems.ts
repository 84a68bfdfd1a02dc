// Private: what makes one progress-log entry unusable, checked by hand so
// recordProgress stays free of zod. The rules are the LogEntry schema's plus
// the plan's: ids that exist, no future dates, values only on measured goals.
import { isNumberFrom } from "../_lib/args.ts";
import { isIsoDate } from "../_lib/dates.ts";
import { MAX_LOG_MINUTES } from "../model/logLimits.ts";

/** One problem of an entry: the field, the issue code and what is wrong. */
export interface EntryProblem {
  field?: string;
  code: "schema/invalid" | "ref/unknown" | "log/invalid-entry";
  message: string;
  hint?: string;
}

/** What an entry may point at: the plan's goals (whether each has a metric) and tasks (with their goal). */
export interface LogTargets {
  goals: ReadonlyMap<string, { hasMetric: boolean }>;
  tasks: ReadonlyMap<string, { goalId: string }>;
}

const TEXT_FIELDS = ["note", "evidence"] as const;
const SAYS_SOMETHING = ["minutes", "done", "value", "note", "evidence"] as const;

/** Every problem of `entry` on `asOf` against the plan's goals and tasks; empty when it can be recorded. */
export function logEntryProblems(entry: unknown, asOf: string, targets: LogTargets): EntryProblem[] {
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) return [{ code: "schema/invalid", message: "must be an object such as { date, goalId, minutes }" }];
  const { date, minutes, goalId, taskId, done, value } = entry as Record<string, unknown>;
  const problems: EntryProblem[] = [];
  const invalid = (field: string, message: string, hint?: string) => problems.push({ field, code: "schema/invalid", message, ...(hint && { hint }) });
  if (!isIsoDate(date)) invalid("date", "must be a calendar date written YYYY-MM-DD", "Write dates as YYYY-MM-DD, e.g. 2027-03-31.");
  else if (date > asOf) problems.push({ field: "date", code: "log/invalid-entry", message: `is after ${asOf}: only what has happened can be logged` });
  if (minutes !== undefined && !(isNumberFrom(minutes) && minutes <= MAX_LOG_MINUTES)) invalid("minutes", `must be a number of minutes from 0 to ${MAX_LOG_MINUTES}`);
  if (done !== undefined && typeof done !== "boolean") invalid("done", "must be true or false");
  if (value !== undefined && !isNumberFrom(value, -Infinity)) invalid("value", "must be a finite number");
  for (const field of TEXT_FIELDS) {
    const text = (entry as Record<string, unknown>)[field];
    if (text !== undefined && typeof text !== "string") invalid(field, "must be a string");
  }
  const goal = idField(goalId, "goalId", targets.goals, problems);
  const task = idField(taskId, "taskId", targets.tasks, problems);
  if (task && typeof goalId === "string" && goal && task.goalId !== goalId) {
    problems.push({ field: "taskId", code: "log/invalid-entry", message: `belongs to another goal than ${JSON.stringify(goalId.slice(0, 40))}`, hint: "Give the task's own goal, or leave goalId out." });
  }
  if (value !== undefined && goalId === undefined) problems.push({ field: "value", code: "log/invalid-entry", message: "a metric check-in needs the goalId of the measured goal" });
  else if (value !== undefined && goal && !goal.hasMetric) {
    problems.push({ field: "value", code: "log/invalid-entry", message: "the goal has no metric to check in", hint: "Add a metric to the goal, or log the value as a note." });
  }
  if (done !== undefined && taskId === undefined && goalId === undefined) problems.push({ field: "done", code: "log/invalid-entry", message: "says what is done only with a taskId or goalId" });
  if (SAYS_SOMETHING.every((field) => (entry as Record<string, unknown>)[field] === undefined)) {
    problems.push({ code: "log/invalid-entry", message: "records nothing", hint: "Give minutes spent, done, a value, a note or evidence." });
  }
  return problems;
}

/** The target an id field names; a problem when it is not an id or names nothing. */
function idField<T>(id: unknown, field: string, targets: ReadonlyMap<string, T>, problems: EntryProblem[]): T | undefined {
  if (id === undefined) return undefined;
  if (typeof id !== "string" || id === "") {
    problems.push({ field, code: "schema/invalid", message: "must be a non-empty string" });
    return undefined;
  }
  const target = targets.get(id);
  if (target === undefined) problems.push({ field, code: "ref/unknown", message: `no ${field === "goalId" ? "goal" : "task"} has the id ${JSON.stringify(id.slice(0, 40))}` });
  return target;
}
