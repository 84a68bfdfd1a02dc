// The arithmetic behind measureProgress, kept apart so the public file reads
// as the roll-up it is. Not re-exported.
import { addDays, daysBetween } from "../_lib/dates.ts";
import type { IsoDate } from "../model/index.ts";
import type { ProgressBasis, ProgressRow, ProgressStatus } from "./types.ts";

/** progress ≥ expected − ON_TRACK_MARGIN is on track. */
export const ON_TRACK_MARGIN = 0.1;
/** progress ≥ expected − AT_RISK_MARGIN (and not on track) is at risk. */
export const AT_RISK_MARGIN = 0.25;
/** A row with no progress is not started while at most this share of its time has passed. */
export const NOT_STARTED_EXPECTED = 0.1;

const LAST_DAY = "9999-12-31";

/** A metric's progress from baseline (0 when missing) to target, clamped to 0..1; undefined when it can't be measured. */
export function metricProgress(metric: { target: number; baseline?: number; current?: number } | undefined): number | undefined {
  if (!metric || metric.current === undefined) return undefined;
  const baseline = metric.baseline ?? 0;
  const span = metric.target - baseline;
  // Dividing two negative differences makes "reduce" metrics (load time 5 s → 3 s) work unchanged.
  const share = (metric.current - baseline) / span;
  return span === 0 || !Number.isFinite(share) ? undefined : clamp(share);
}

/** Day arithmetic, cached: a plan reuses few distinct dates across many goals. */
export class DayCounter {
  private readonly days = new Map<string, number>();
  private readonly later = new Map<string, IsoDate>();
  /** `date` plus `days` days. */
  plus(date: IsoDate, days: number): IsoDate {
    const key = `${date}+${days}`;
    let result = this.later.get(key);
    if (result === undefined) {
      result = addDays(date, days);
      this.later.set(key, result);
    }
    return result;
  }
  /** Days from 1970-01-01 to `date`. */
  of(date: string): number {
    let day = this.days.get(date);
    if (day === undefined) {
      day = daysBetween("1970-01-01", date);
      this.days.set(date, day);
    }
    return day;
  }
}

/** Builds a row from measured progress and the time span. */
export function progressRow(
  counter: DayCounter,
  input: { id: string; progress: number; basis: ProgressBasis; done: boolean; startDate: IsoDate; dueDate: IsoDate; asOf: IsoDate },
): ProgressRow {
  const { progress, startDate, dueDate, asOf } = input;
  const start = counter.of(startDate);
  const due = counter.of(dueDate);
  const today = counter.of(asOf);
  const expected = today >= due ? 1 : today <= start ? 0 : (today - start) / (due - start);
  const done = input.done || progress >= 1 - 1e-9;
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
  const elapsed = today - start;
  if (!done && progress > 0 && elapsed > 0) {
    const total = Math.ceil(elapsed / progress - 1e-9);
    if (total <= counter.of(LAST_DAY) - start) row.forecast = counter.plus(startDate, total);
  }
  return row;
}

// Effort-weighted mean of goal progress, the earliest start, and whether every goal is done.
export class RollUp {
  count = 0;
  private weighted = 0;
  private weights = 0;
  private plain = 0;
  private allDone = true;
  constructor(public start: IsoDate) {}
  add(progress: number, weight: number, start: IsoDate): void {
    if (this.count === 0 || start < this.start) this.start = start;
    this.count++;
    this.weighted += progress * weight;
    this.weights += weight;
    this.plain += progress;
    if (progress < 1) this.allDone = false;
  }
  result(): { progress: number; done: boolean } {
    if (this.count === 0) return { progress: 0, done: false };
    // Goals that all weigh 0 hours still count, equally.
    const progress = this.weights > 0 ? this.weighted / this.weights : this.plain / this.count;
    return { progress, done: this.allDone };
  }
}

export function goalProgress(
  done: boolean,
  goal: { metric?: Parameters<typeof metricProgress>[0]; effortHours?: number },
  tasks: { total: number; done: number } | undefined,
): { progress: number; basis: ProgressBasis } {
  if (done) return { progress: 1, basis: "status" };
  const measured = metricProgress(goal.metric);
  if (measured !== undefined) return { progress: measured, basis: "metric" };
  if (!tasks || tasks.total <= 0) return { progress: 0, basis: "status" };
  // Listed tasks are often only the next few steps: measure against the whole effort when it is larger.
  const effortMinutes = typeof goal.effortHours === "number" && goal.effortHours > 0 ? goal.effortHours * 60 : 0;
  return { progress: tasks.done / Math.max(tasks.total, effortMinutes), basis: "tasks" };
}

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

function statusOf(done: boolean, progress: number, expected: number): ProgressStatus {
  if (done) return "done";
  if (progress <= 0 && expected <= NOT_STARTED_EXPECTED) return "not-started";
  if (progress >= expected - ON_TRACK_MARGIN - 1e-9) return "on-track";
  if (progress >= expected - AT_RISK_MARGIN - 1e-9) return "at-risk";
  return "off-track";
}

/** Clamps to 0..1; NaN becomes 0. */
export function clamp(share: number): number {
  return share > 1 ? 1 : share > 0 ? share : 0;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
