import { requireObject, requirePlan } from "../_lib/args.ts";
import { assertIsoDate, isIsoDate } from "../_lib/dates.ts";
import { goalStatus } from "../rules/defaults.ts";
import { firstById } from "../_lib/ids.ts";
import type { IsoDate, PlanInput } from "../model/index.ts";
import { goalLogs, type GoalLog } from "./logTotals.ts";
import { goalOfTasks } from "../rules/logged.ts";
import { type Counted, DayCounter, effortMinutesOf, goalProgress, metricProgress, type Pace, progressRow, rollUp, taskMinutes } from "./progressRules.ts";
import type { ProgressRow } from "./types.ts";

/**
 * Options of {@link measureProgress}.
 *
 * @category Progress
 */
export interface MeasureProgressOptions {
  /** The day to measure on, `YYYY-MM-DD`; log entries after it are not counted. */
  asOf: string;
}

/** The fewest days a pace is measured over, so one long first day does not promise the moon. */
const MIN_PACE_DAYS = 7;

/**
 * The progress of a plan on one day: the vision, every milestone and every
 * active or done goal.
 *
 * @category Progress
 */
export interface MeasureProgressResult {
  /** The vision, rolled up from the goals that support a milestone. */
  vision: ProgressRow;
  /** One row per milestone, in plan order. */
  milestones: ProgressRow[];
  /** One row per active or done goal, in plan order (replaced and dropped goals have none). */
  goals: ProgressRow[];
}

/**
 * Measures how far each goal, milestone and the vision has come on `asOf`,
 * against how far it should have come.
 *
 * A goal's progress comes from its metric, `(current − baseline) / (target − baseline)`
 * clamped to 0..1 (a missing baseline counts as 0; "reduce" metrics such as a
 * load time falling from 5 s to 3 s work the same way); else from its done
 * micro-task minutes over its effort (`effortHours` × 60, or its task minutes
 * when they add up to more) or, when larger, the minutes logged in `plan.log`
 * on the goal and its tasks over its effort (basis `log`); else from its
 * status (a goal marked done is always 1). The log's latest metric check-in on
 * or before `asOf` is the metric's current value. Goal rows carry
 * `loggedMinutes` and `checkIns` when the log has any. A goal with time logged
 * is forecast at the pace of the logged days (minutes per day since its first
 * logged day, over at least a week): the day the effort left is spent at that
 * pace. Its time span runs from `startDate` (else the
 * vision's) to `dueDate` (else its milestone's, else the vision's target), and
 * `expected` is the share of that span elapsed on `asOf`. A milestone rolls up
 * its goals weighted by `effortHours` (1 when missing), over the span from its
 * earliest goal start to its due date; with no goals it takes the mean of its
 * indicators that have a `current` value. The vision rolls up the goals that
 * support a milestone (all goals when none does) over its start and target
 * dates. Replaced and dropped goals are history: they get no row and count
 * nowhere. Dates that are not `YYYY-MM-DD` are treated as missing.
 *
 * Runs in O(goals + milestones + tasks + log).
 *
 * @param plan - The plan to measure.
 * @param options - `asOf`, the day to measure on.
 * @returns A {@link ProgressRow} for the vision, each milestone and each counted goal.
 * @throws {RangeError} `asOf` or the vision's start or target date is not a `YYYY-MM-DD` date.
 * @throws {TypeError} `plan` or `plan.vision` is not an object, or `options` is not an object.
 *
 * @example
 * ```ts
 * const plan: PlanInput = {
 *   vision: { id: "v", statement: "Become a senior engineer", startDate: "2026-01-05", targetDate: "2030-12-31" },
 *   goals: [{
 *     id: "g-load-time",
 *     title: "Cut the dashboard load time from 5 s to 3 s by December 31, 2027",
 *     startDate: "2026-10-01",
 *     dueDate: "2027-12-31",
 *     metric: { metric: "dashboard load time", unit: "s", baseline: 5, current: 4.2, target: 3 },
 *   }],
 * };
 * const { goals } = measureProgress(plan, { asOf: "2026-11-22" });
 * goals[0];
 * //=> { id: "g-load-time", progress: 0.4, expected: 0.114, status: "on-track", grade: 0.4,
 * //     basis: "metric", startDate: "2026-10-01", dueDate: "2027-12-31", forecast: "2027-02-08" }
 * ```
 *
 * @category Progress
 */
export function measureProgress(plan: Readonly<PlanInput>, options: Readonly<MeasureProgressOptions>): MeasureProgressResult {
  return progressFor("measureProgress", plan, options);
}

/**
 * measureProgress for the public function `where` that needs it (the plan
 * page, the roadmap): an argument error names the function the caller called.
 *
 * @internal
 */
export function progressFor(where: string, plan: Readonly<PlanInput>, options: Readonly<MeasureProgressOptions>): MeasureProgressResult {
  requirePlan(where, plan);
  requireObject(where, "options", options, "an object such as { asOf }");
  const { asOf } = options;
  const { vision } = plan;
  assertIsoDate(asOf, `${where}: options.asOf`);
  assertIsoDate(vision.startDate, `${where}: plan.vision.startDate`);
  assertIsoDate(vision.targetDate, `${where}: plan.vision.targetDate`);
  const counter = new DayCounter(asOf);
  const visionStart: IsoDate = vision.startDate;
  const visionTarget: IsoDate = vision.targetDate;
  const milestones = plan.milestones ?? [];
  const milestoneById = firstById(milestones, (milestone) => ({ dueDate: validDate(milestone.dueDate) ?? visionTarget, goals: [] as Counted[] }));
  const minutes = taskMinutes(plan.tasks ?? []);
  const logs = Array.isArray(plan.log) && plan.log.length > 0 ? goalLogs(plan.log, asOf, goalOfTasks(plan.tasks ?? [])) : new Map<string, GoalLog>();
  const goalRows: ProgressRow[] = [];
  const counted: Counted[] = [];
  const linked: Counted[] = [];
  for (const goal of plan.goals ?? []) {
    const status = goalStatus(goal);
    if (status !== "active" && status !== "done") continue;
    const milestone = goal.milestoneId === undefined ? undefined : milestoneById.get(goal.milestoneId);
    // Roll-ups weigh a goal by its effort hours (1 when missing or negative). A goal marked done has progress 1.
    const hours = typeof goal.effortHours === "number" ? goal.effortHours : 1;
    const log = logs.get(goal.id);
    const measured = {
      id: goal.id,
      ...goalProgress(status === "done", goal, minutes.get(goal.id), log),
      startDate: validDate(goal.startDate) ?? visionStart,
      dueDate: validDate(goal.dueDate) ?? milestone?.dueDate ?? visionTarget,
      weight: hours >= 0 ? hours : 1,
    };
    const row = progressRow(counter, { ...measured, pace: log && measured.basis !== "metric" ? paceOf(log, goal, measured.progress, counter) : undefined });
    if (log && log.minutes > 0) row.loggedMinutes = log.minutes;
    if (log && log.checkIns > 0) row.checkIns = log.checkIns;
    goalRows.push(row);
    counted.push(measured);
    if (milestone) {
      linked.push(measured);
      milestone.goals.push(measured);
    }
  }
  const milestoneRows = milestones.map(({ id, dueDate, indicators }) => {
    const due = validDate(dueDate) ?? visionTarget;
    const goals = milestoneById.get(id)?.goals ?? [];
    if (goals.length > 0) return progressRow(counter, { id, ...rollUp(goals), basis: "goals", dueDate: due });
    // A milestone no goal supports is as far along as the mean of its measured indicators.
    const shares = (indicators ?? []).map(metricProgress).filter((share) => share !== undefined);
    const progress = shares.length === 0 ? 0 : shares.reduce((sum, share) => sum + share, 0) / shares.length;
    return progressRow(counter, { id, progress, basis: shares.length === 0 ? "goals" : "metric", startDate: visionStart, dueDate: due });
  });
  // The vision rolls up the goals that support a milestone, or every goal when none does.
  const visionRollUp = rollUp(linked.length > 0 ? linked : counted);
  const visionRow = progressRow(counter, { id: vision.id, ...visionRollUp, basis: "goals", startDate: visionStart, dueDate: visionTarget });
  return { vision: visionRow, milestones: milestoneRows, goals: goalRows };
}

/** The pace of a goal's logged time, when it has time logged and an effort to spend. */
function paceOf(log: GoalLog, goal: { effortHours?: number }, progress: number, counter: DayCounter): Pace | undefined {
  const effort = effortMinutesOf(goal);
  if (log.firstDay === undefined || effort === 0) return undefined;
  const days = Math.max(MIN_PACE_DAYS, counter.today - counter.dayOf(log.firstDay as IsoDate) + 1);
  return { minutesPerDay: log.minutes / days, minutesLeft: effort * (1 - progress) };
}

/** Per task id (first wins), its goal id. */
function validDate(value: string | undefined): IsoDate | undefined {
  return isIsoDate(value) ? value : undefined;
}
