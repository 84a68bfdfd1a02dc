import { assertIsoDate, isIsoDate } from "../_lib/dates.ts";
import { goalStatus } from "../_lib/defaults.ts";
import type { IsoDate, PlanInput } from "../model/index.ts";
import { DayCounter, goalProgress, metricProgress, progressRow, RollUp, taskMinutes } from "./progressRules.ts";
import type { ProgressBasis, ProgressRow } from "./types.ts";

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
 * when they add up to more); else from its status (a goal marked done is
 * always 1). Its time span runs from `startDate` (else the
 * vision's) to `dueDate` (else its milestone's, else the vision's target), and
 * `expected` is the share of that span elapsed on `asOf`. A milestone rolls up
 * its goals weighted by `effortHours` (1 when missing), over the span from its
 * earliest goal start to its due date; with no goals it takes the mean of its
 * indicators that have a `current` value. The vision rolls up the goals that
 * support a milestone (all goals when none does) over its start and target
 * dates. Replaced and dropped goals are history: they get no row and count
 * nowhere. Dates that are not `YYYY-MM-DD` are treated as missing.
 *
 * Runs in O(goals + milestones + tasks).
 *
 * @param plan - The plan to measure.
 * @param asOf - The day to measure on, `YYYY-MM-DD`.
 * @returns A {@link ProgressRow} for the vision, each milestone and each counted goal.
 * @throws {RangeError} `asOf` or the vision's start or target date is not a `YYYY-MM-DD` date.
 * @throws {TypeError} `plan` or `plan.vision` is not an object.
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
 * const { goals } = measureProgress(plan, "2026-11-22");
 * goals[0];
 * //=> { id: "g-load-time", progress: 0.4, expected: 0.114, status: "on-track", grade: 0.4,
 * //     basis: "metric", startDate: "2026-10-01", dueDate: "2027-12-31", forecast: "2027-02-08" }
 * ```
 *
 * @category Progress
 */
export function measureProgress(plan: Readonly<PlanInput>, asOf: string): MeasureProgressResult {
  if (typeof plan !== "object" || plan === null || typeof plan.vision !== "object" || plan.vision === null) {
    throw new TypeError(`measureProgress: plan must be an object with a vision, got ${plan === null ? "null" : typeof plan}`);
  }
  assertIsoDate(asOf, "measureProgress: asOf");
  const { vision } = plan;
  assertIsoDate(vision.startDate, "measureProgress: plan.vision.startDate");
  assertIsoDate(vision.targetDate, "measureProgress: plan.vision.targetDate");
  const visionStart: IsoDate = vision.startDate;
  const visionTarget: IsoDate = vision.targetDate;
  const counter = new DayCounter();
  const milestones = plan.milestones ?? [];
  const milestoneDue = new Map<string, IsoDate>();
  for (const milestone of milestones) {
    if (!milestoneDue.has(milestone.id)) milestoneDue.set(milestone.id, validDate(milestone.dueDate) ?? visionTarget);
  }
  const minutes = taskMinutes(plan.tasks ?? []);
  const byMilestone = new Map<string, RollUp>();
  const linked = new RollUp(visionStart);
  const everyGoal = new RollUp(visionStart);
  const goalRows: ProgressRow[] = [];
  for (const goal of plan.goals ?? []) {
    const status = goalStatus(goal);
    if (status !== "active" && status !== "done") continue;
    const { progress, basis } = goalProgress(status === "done", goal, minutes.get(goal.id));
    const milestone = goal.milestoneId === undefined ? undefined : milestoneDue.get(goal.milestoneId);
    const startDate = validDate(goal.startDate) ?? visionStart;
    const dueDate = validDate(goal.dueDate) ?? milestone ?? visionTarget;
    const row = progressRow(counter, { id: goal.id, progress, basis, done: status === "done", startDate, dueDate, asOf });
    goalRows.push(row);
    const weight = typeof goal.effortHours === "number" && goal.effortHours >= 0 ? goal.effortHours : 1;
    everyGoal.add(progress, weight, startDate);
    if (milestone === undefined) continue;
    linked.add(progress, weight, startDate);
    let rollUp = byMilestone.get(goal.milestoneId!);
    if (!rollUp) byMilestone.set(goal.milestoneId!, (rollUp = new RollUp(startDate)));
    rollUp.add(progress, weight, startDate);
  }
  const milestoneRows = milestones.map((milestone) => {
    const rollUp = byMilestone.get(milestone.id);
    const dueDate = validDate(milestone.dueDate) ?? visionTarget;
    if (rollUp) return progressRow(counter, { id: milestone.id, ...rollUp.result(), basis: "goals", startDate: rollUp.start, dueDate, asOf });
    const measured = (milestone.indicators ?? []).map(metricProgress).filter((share) => share !== undefined);
    const progress = measured.length === 0 ? 0 : measured.reduce((sum, share) => sum + share, 0) / measured.length;
    const basis: ProgressBasis = measured.length === 0 ? "goals" : "metric";
    return progressRow(counter, { id: milestone.id, progress, done: false, basis, startDate: visionStart, dueDate, asOf });
  });
  const visionRollUp = linked.count > 0 ? linked : everyGoal;
  const visionRow = progressRow(counter, { id: vision.id, ...visionRollUp.result(), basis: "goals", startDate: visionStart, dueDate: visionTarget, asOf });
  return { vision: visionRow, milestones: milestoneRows, goals: goalRows };
}

function validDate(value: string | undefined): IsoDate | undefined {
  return isIsoDate(value) ? value : undefined;
}
