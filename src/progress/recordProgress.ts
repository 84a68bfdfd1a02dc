import { fail, requireObject, requirePlan } from "../_lib/args.ts";
import { assertIsoDate, isIsoDate } from "../_lib/dates.ts";
import { createIssue, sortIssues } from "../_lib/issues.ts";
import { firstById } from "../_lib/ids.ts";
import type { GoalInput, Issue, LogEntryInput, MicroTaskInput, PlanInput } from "../model/index.ts";
import { logEntryProblems } from "./logEntryProblems.ts";

/**
 * Options of {@link recordProgress}.
 *
 * @category Progress
 */
export interface RecordProgressOptions {
  /** Today (`YYYY-MM-DD`): entries dated after it are refused. */
  asOf: string;
}

/**
 * What {@link recordProgress} gives back.
 *
 * @category Progress
 */
export interface RecordProgressResult {
  /** The plan with the entries recorded; the very object passed in when `issues` is not empty. */
  plan: PlanInput;
  /** Why the entries could not be recorded, each pointing at `["entries", index, field]`; empty on success. */
  issues: Issue[];
}

/** The fields a log entry keeps; anything else is left out of the log. */
const ENTRY_FIELDS = ["date", "minutes", "goalId", "taskId", "done", "value", "note", "evidence"] as const;

/**
 * Records what was done in the plan's progress log: time spent, tasks done,
 * metric check-ins, notes and evidence.
 *
 * The entries are appended to `plan.log` (only the {@link LogEntry} fields
 * are kept). An entry with `taskId` and `done` marks that micro-task done (or
 * not done); one with `goalId`, `done` and no `taskId` marks the goal `done`
 * (or active again). A `value` is a check-in of the goal's metric: the
 * metric's `current` becomes the value logged on the latest date (of the whole
 * log; on the same date the later entry wins).
 *
 * Atomic: any bad entry — not an object, a date that is impossible or after
 * `asOf`, negative or over-a-day minutes, an unknown goal or task, a task of
 * another goal, a value for a goal without a metric, an entry that records
 * nothing — gives issues naming each entry (`schema/invalid`, `ref/unknown`,
 * `log/invalid-entry`, all errors) and the plan comes back unchanged. Inputs
 * are never modified. Runs in O(plan + log + entries).
 *
 * @param plan - The plan to record progress in.
 * @param entries - The new log entries, in any order.
 * @param options - `asOf`, today.
 * @returns The updated plan and no issues, or the input plan and the issues.
 * @throws {TypeError} `plan` has no vision, `entries` is not an array or `options` is not an object.
 * @throws {RangeError} `options.asOf` is not a `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * const plan: PlanInput = {
 *   vision: { id: "v", statement: "Become a senior engineer", startDate: "2026-01-05", targetDate: "2030-12-31" },
 *   goals: [{ id: "g-load", title: "Cut the dashboard load time from 5 s to 3 s by June 2027", metric: { metric: "load time", unit: "s", baseline: 5, target: 3 } }],
 *   tasks: [{ id: "g-load-t1", goalId: "g-load", title: "Profile the dashboard queries", minutes: 45 }],
 * };
 * const { plan: next, issues } = recordProgress(plan, [
 *   { date: "2027-01-11", taskId: "g-load-t1", minutes: 45, done: true },
 *   { date: "2027-01-15", goalId: "g-load", value: 4.2 },
 * ], { asOf: "2027-01-15" });
 * issues; //=> []
 * next.tasks?.[0]?.done; //=> true
 * next.goals?.[0]?.metric?.current; //=> 4.2
 * next.log?.length; //=> 2
 * ```
 *
 * @category Progress
 */
export function recordProgress(plan: PlanInput, entries: readonly LogEntryInput[], options: RecordProgressOptions): RecordProgressResult {
  const where = "recordProgress";
  requirePlan(where, plan);
  if (!Array.isArray(entries)) fail(where, "entries", "an array", entries, TypeError);
  requireObject(where, "options", options);
  assertIsoDate(options.asOf, `${where}: options.asOf`);
  const goals = plan.goals ?? [];
  const tasks = plan.tasks ?? [];
  const targets = {
    goals: firstById(goals, (goal) => ({ hasMetric: typeof goal.metric === "object" && goal.metric !== null })),
    tasks: firstById(tasks, (task) => ({ goalId: task.goalId })),
  };
  const issues: Issue[] = [];
  entries.forEach((entry, index) => {
    for (const { field, code, message, hint } of logEntryProblems(entry, options.asOf, targets)) {
      issues.push(createIssue(code, "error", field === undefined ? ["entries", index] : ["entries", index, field], message, hint));
    }
  });
  if (issues.length > 0) return { plan, issues: sortIssues(issues) };

  const recorded = entries.map(keepEntryFields);
  // The latest date wins; a stable sort keeps the given order on one date.
  const byDate = recorded.map((entry, order) => ({ entry, order })).sort((a, b) => (a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : a.order - b.order));
  const taskDone = new Map<string, boolean>();
  const goalDone = new Map<string, boolean>();
  const checkIns = new Map<string, { date: string; value: number }>();
  for (const { entry } of byDate) {
    if (entry.done !== undefined && entry.taskId !== undefined) taskDone.set(entry.taskId, entry.done);
    else if (entry.done !== undefined && entry.goalId !== undefined) goalDone.set(entry.goalId, entry.done);
    if (entry.value !== undefined && entry.goalId !== undefined) checkIns.set(entry.goalId, { date: entry.date, value: entry.value });
  }
  // A check-in older than one already in the log does not move the metric back.
  for (const old of plan.log ?? []) {
    const latest = old.goalId === undefined || old.value === undefined ? undefined : checkIns.get(old.goalId);
    if (latest && isIsoDate(old.date) && old.date > latest.date) checkIns.delete(old.goalId!);
  }
  const next: PlanInput = { ...plan, log: [...(plan.log ?? []), ...recorded] };
  if (taskDone.size > 0) next.tasks = updateFirst(tasks, taskDone, (task, done): MicroTaskInput => ({ ...task, done }));
  if (goalDone.size > 0 || checkIns.size > 0) {
    const touched = new Set([...goalDone.keys(), ...checkIns.keys()]);
    next.goals = updateFirst(goals, new Map([...touched].map((id) => [id, id])), (goal) => updatedGoal(goal, goalDone.get(goal.id), checkIns.get(goal.id)?.value));
  }
  return { plan: next, issues: [] };
}

function keepEntryFields(entry: LogEntryInput): LogEntryInput {
  const kept: Record<string, unknown> = {};
  for (const field of ENTRY_FIELDS) if (entry[field] !== undefined) kept[field] = entry[field];
  return kept as unknown as LogEntryInput;
}

/** `items` with the first item of each id in `changes` rewritten; the others shared. */
function updateFirst<T extends { id: string }, C>(items: readonly T[], changes: ReadonlyMap<string, C>, rewrite: (item: T, change: C) => T): T[] {
  const pending = new Map(changes);
  return items.map((item) => {
    if (!pending.has(item.id)) return item;
    const change = pending.get(item.id)!;
    pending.delete(item.id);
    return rewrite(item, change);
  });
}

function updatedGoal(goal: GoalInput, done: boolean | undefined, value: number | undefined): GoalInput {
  const next = { ...goal };
  if (done === true && (goal.status ?? "active") === "active") next.status = "done";
  if (done === false && goal.status === "done") next.status = "active";
  if (value !== undefined && goal.metric) next.metric = { ...goal.metric, current: value };
  return next;
}
