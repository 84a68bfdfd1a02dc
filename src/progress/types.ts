import type { IsoDate } from "../model/index.ts";

/**
 * Where a goal, milestone or the vision stands against the calendar:
 * `done`, `on-track`, `at-risk`, `off-track` or `not-started`.
 *
 * With `progress` and `expected` as fractions 0..1: `done` when the item is
 * marked done or its progress reaches 1; `not-started` when its progress is 0
 * and at most 10% of its time has passed; `on-track` when progress ≥ expected − 0.10;
 * `at-risk` when progress ≥ expected − 0.25; `off-track` otherwise.
 *
 * @example
 * ```ts
 * const status: ProgressStatus = "on-track";
 * ```
 *
 * @category Progress
 */
export type ProgressStatus = "done" | "on-track" | "at-risk" | "off-track" | "not-started";

/**
 * What a row's progress was measured from: a goal's `metric`, its done
 * micro-task minutes (`tasks`), the minutes logged on it against its effort
 * (`log`), its `status` alone, or the effort-weighted roll-up of `goals`
 * (milestones and the vision).
 *
 * @example
 * ```ts
 * const basis: ProgressBasis = "metric";
 * ```
 *
 * @category Progress
 */
export type ProgressBasis = "metric" | "tasks" | "log" | "status" | "goals";

/**
 * The progress of one goal, one milestone or the vision on a given day.
 *
 * @example
 * ```ts
 * const plan: PlanInput = {
 *   vision: { id: "v", statement: "Become a senior engineer", startDate: "2026-01-05", targetDate: "2030-12-31" },
 *   goals: [{ id: "g-course", title: "Complete a system design course by 2026-06-30", dueDate: "2026-06-30", status: "done" }],
 * };
 * const row: ProgressRow | undefined = measureProgress(plan, { asOf: "2026-11-22" }).goals[0];
 * row?.status; //=> "done"
 * row?.grade; //=> 1
 * ```
 *
 * @category Progress
 */
export interface ProgressRow {
  /** The goal's, milestone's or vision's id. */
  id: string;
  /** How much is achieved, 0..1, rounded to 4 decimals. */
  progress: number;
  /** The share of the time span already elapsed on `asOf`, 0..1, rounded to 4 decimals. */
  expected: number;
  /** Progress against the calendar; see {@link ProgressStatus} for the thresholds. */
  status: ProgressStatus;
  /** OKR-style score: progress rounded to one decimal (0.7 counts as a good result). */
  grade: number;
  /**
   * The day progress reaches 1 at the current pace: for a goal with time in the
   * log, the minutes logged per day since logging began (the effort left at that
   * pace); otherwise the progress made per day since `startDate`. Absent when
   * done, not yet begun or beyond year 9999.
   */
  forecast?: IsoDate;
  /** Goals only: the minutes logged on the goal and its tasks up to `asOf`, when any are. */
  loggedMinutes?: number;
  /** Goals only: how many metric check-ins the log holds up to `asOf`, when any are. */
  checkIns?: number;
  /** What `progress` was measured from. */
  basis: ProgressBasis;
  /** The first day of the time span. */
  startDate: IsoDate;
  /** The last day of the time span (the due date). */
  dueDate: IsoDate;
}
