// The arithmetic behind measureProgress, kept apart so the public file reads
// as the roll-up it is. Not re-exported.
import { fromDayNumber, toDayNumber } from "../_lib/dates.ts";
import type { IsoDate } from "../model/index.ts";
import type { GoalLog } from "./logTotals.ts";
import type { ProgressBasis, ProgressRow, ProgressStatus } from "./types.ts";

/** 9999-12-31 as a day number: forecasts past it are left out. */
const LAST_DAY = 2_932_896;

/** A counted goal as the roll-ups see it: unrounded progress, effort weight and start. */
export interface Counted {
  progress: number;
  weight: number;
  startDate: IsoDate;
}

/** Minutes of micro-tasks per goal id, all and done (tasks without positive minutes don't count). */
export function taskMinutes(tasks: readonly { goalId: string; minutes: number; done?: boolean }[]): Map<string, { total: number; done: number }> {
  const minutes = new Map<string, { total: number; done: number }>();
  for (const task of tasks) {
    if (!(task.minutes > 0)) continue;
    let entry = minutes.get(task.goalId);
    if (!entry) minutes.set(task.goalId, (entry = { total: 0, done: 0 }));
    entry.total += task.minutes;
    if (task.done === true) entry.done += task.minutes;
  }
  return minutes;
}

/** A metric's progress from baseline (0 when missing) to target, clamped to 0..1; undefined when it can't be measured. */
export function metricProgress(metric: { target: number; baseline?: number; current?: number } | undefined): number | undefined {
  if (metric?.current === undefined) return undefined;
  const baseline = metric.baseline ?? 0;
  // Dividing two negative differences makes "reduce" metrics (load time 5 s → 3 s) work unchanged;
  // a target equal to the baseline divides by 0 and can't measure.
  const share = (metric.current - baseline) / (metric.target - baseline);
  return Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : undefined;
}

/**
 * A counted goal's progress, from the first rule that applies: marked done; its metric (the latest check-in
 * in the log, else `current`); else the larger of its done task minutes and its logged minutes over its effort; else 0.
 */
export function goalProgress(
  done: boolean,
  goal: { metric?: Parameters<typeof metricProgress>[0]; effortHours?: number },
  tasks: { total: number; done: number } | undefined,
  log?: GoalLog,
): { progress: number; basis: ProgressBasis } {
  if (done) return { progress: 1, basis: "status" };
  const checkedIn = log?.latest && goal.metric ? { ...goal.metric, current: log.latest.value } : goal.metric;
  const measured = metricProgress(checkedIn);
  if (measured !== undefined) return { progress: measured, basis: "metric" };
  const effortMinutes = effortMinutesOf(goal);
  // Listed tasks are often only the next few steps: measure against the whole effort when it is larger.
  const byTasks = tasks ? tasks.done / Math.max(tasks.total, effortMinutes) : undefined;
  // Time logged counts against the planned effort; it cannot say more than "the effort is spent".
  const byLog = log && log.minutes > 0 && effortMinutes > 0 ? Math.min(1, log.minutes / effortMinutes) : undefined;
  if (byLog !== undefined && byLog > (byTasks ?? 0)) return { progress: byLog, basis: "log" };
  return byTasks === undefined ? { progress: 0, basis: "status" } : { progress: byTasks, basis: "tasks" };
}

/** A goal's planned effort in minutes; 0 without a positive `effortHours`. */
export function effortMinutesOf(goal: { effortHours?: number }): number {
  return (goal.effortHours ?? 0) > 0 ? goal.effortHours! * 60 : 0;
}

/**
 * The effort-weighted mean progress of goals (a plain mean when all weigh 0 hours; 1 when all are done,
 * whatever the weights add up to) and their earliest start.
 */
export function rollUp(goals: readonly Counted[]): { progress: number; startDate: IsoDate } {
  let weighted = 0;
  let weights = 0;
  let plain = 0;
  let startDate = goals[0]?.startDate as IsoDate;
  for (const goal of goals) {
    weighted += goal.progress * goal.weight;
    weights += goal.weight;
    plain += goal.progress;
    if (goal.startDate < startDate) startDate = goal.startDate;
  }
  const done = goals.length > 0 && goals.every((goal) => goal.progress >= 1);
  return { progress: done ? 1 : goals.length === 0 ? 0 : weights > 0 ? weighted / weights : plain / goals.length, startDate };
}

/** Day numbers and dates of one measureProgress call, remembered: a plan reuses few distinct dates across many goals. */
export class DayCounter {
  private readonly days = new Map<string, number>();
  private readonly dates = new Map<number, IsoDate>();
  /** The day number of `asOf`. */
  readonly today: number;

  constructor(asOf: IsoDate) {
    this.today = this.dayOf(asOf);
  }

  dayOf(date: IsoDate): number {
    let day = this.days.get(date);
    if (day === undefined) this.days.set(date, (day = toDayNumber(date)));
    return day;
  }

  dateOf(day: number): IsoDate {
    let date = this.dates.get(day);
    if (date === undefined) this.dates.set(day, (date = fromDayNumber(day)));
    return date;
  }
}

/** The pace of the log: minutes logged per day since logging began, and the effort minutes still ahead. */
export interface Pace {
  minutesPerDay: number;
  minutesLeft: number;
}

/** The row of measured progress over `startDate`..`dueDate`, seen on the counter's day. */
export function progressRow(
  counter: DayCounter,
  input: { id: string; progress: number; basis: ProgressBasis; startDate: IsoDate; dueDate: IsoDate; pace?: Pace },
): ProgressRow {
  const { progress, startDate, dueDate } = input;
  const today = counter.today;
  const start = counter.dayOf(startDate);
  const due = counter.dayOf(dueDate);
  const expected = today >= due ? 1 : today <= start ? 0 : (today - start) / (due - start);
  const done = progress >= 1 - 1e-9;
  const shown = done ? 1 : round(progress, 4);
  const row: ProgressRow = {
    id: input.id,
    progress: shown,
    expected: round(expected, 4),
    status: statusOf(done, progress, expected),
    grade: round(shown, 1),
    basis: input.basis,
    startDate,
    dueDate,
  };
  const { pace } = input;
  if (!done && pace && pace.minutesPerDay > 0) {
    // At the pace of the logged days, the effort left is spent this many days after today.
    const days = Math.ceil(pace.minutesLeft / pace.minutesPerDay - 1e-9);
    if (today + days <= LAST_DAY) row.forecast = counter.dateOf(today + days);
  } else if (!done && progress > 0 && today > start) {
    // At the pace kept since the start, progress reaches 1 this many days after it.
    const days = Math.ceil((today - start) / progress - 1e-9);
    if (start + days <= LAST_DAY) row.forecast = counter.dateOf(start + days);
  }
  return row;
}

/** The thresholds documented on {@link ProgressStatus}; 1e-9 keeps float noise from crossing a line. */
function statusOf(done: boolean, progress: number, expected: number): ProgressStatus {
  if (done) return "done";
  if (progress <= 0 && expected <= 0.1) return "not-started";
  if (progress >= expected - 0.1 - 1e-9) return "on-track";
  return progress >= expected - 0.25 - 1e-9 ? "at-risk" : "off-track";
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
