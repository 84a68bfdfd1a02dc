// The planned 70/20/10 mix — the effort left in active goals spread
// evenly over each goal's remaining days, and what of it falls in the next
// quarter. A plan's mix is judged on the work just ahead, not on years of
// effort left (a 3-year goal weighs a quarter of its effort per year). One rule
// for checkAlignment's drift check, the plan page and the mix pie.
import { addDays, addMonths, isIsoDate, toDayNumber } from "../_lib/dates.ts";
import { isNumberFrom } from "../_lib/args.ts";
import { BUCKETS, bucketCapacityHours } from "./defaults.ts";
import { effortLeftMinutes } from "./effortLeft.ts";
import { proRate } from "./proRate.ts";
import type { Bucket } from "../model/index.ts";
import type { EffortIndex } from "./effortIndex.ts";

/**
 * Minutes still to spend on each goal, by goal index: `effortLeftMinutes`
 * (effort less done tasks), but for a goal already under way at most its
 * effort pro-rated over the days left to its due date — with no record of
 * the work done, a goal is taken to be on pace, not untouched.
 */
export function effortLeftByGoal(index: EffortIndex): Float64Array {
  const { goals, tasks, taskGoal, asOf, effortHours: efforts, taskMinutes: minutesOf } = index;
  const taskMinutes = new Float64Array(goals.length);
  const doneMinutes = new Float64Array(goals.length);
  tasks.forEach((task, step) => {
    const at = taskGoal[step];
    if (at === undefined) return;
    taskMinutes[at]! += minutesOf[step]!;
    if (task.done) doneMinutes[at]! += minutesOf[step]!;
  });
  const today = toDayNumber(asOf);
  const left = new Float64Array(goals.length);
  goals.forEach(({ startDate, dueDate }, at) => {
    const effortHours = efforts[at];
    left[at] = effortLeftMinutes(effortHours, taskMinutes[at]!, doneMinutes[at]!);
    if (!isIsoDate(startDate) || !isIsoDate(dueDate) || effortHours === undefined) return;
    const start = toDayNumber(startDate);
    const due = toDayNumber(dueDate);
    if (start < today && due > today) left[at] = Math.min(left[at]!, (effortHours * 60 * (due - today)) / (due - start));
  });
  return left;
}

/** The quarter the planned mix covers: from `asOf` up to, not including, the same day three months later. */
export function nextQuarterEnd(asOf: string): string {
  return addMonths(asOf, 3);
}

/** The last day of the quarter the planned mix covers, for people to read ("2026-11-22 to 2027-02-21"). */
export function nextQuarterLastDay(asOf: string): string {
  return addDays(nextQuarterEnd(asOf), -1);
}

/**
 * Minutes per bucket planned for the next quarter: each active goal's effort
 * left, spread evenly from the later of `asOf` and its `startDate` to its
 * `dueDate` (`proRate`), counted over the days before the quarter's end; a
 * goal with no due date, or already past it, owes all its effort now. A
 * bucket plans at most the hours it has in the quarter (hoursPerWeek × ratio,
 * when the plan gives them): work beyond them waits, it is not done sooner.
 */
export function plannedQuarterMinutes(index: EffortIndex, left: Float64Array): Record<Bucket, number> {
  const { goals, buckets, asOf, plan, ratios } = index;
  const from = toDayNumber(asOf);
  const to = toDayNumber(nextQuarterEnd(asOf));
  const minutes = { core: 0, auxiliary: 0, exploratory: 0 };
  buckets.forEach((bucket, at) => {
    if (bucket === undefined || !(left[at]! > 0)) return;
    const { startDate, dueDate } = goals[at]!;
    const due = isIsoDate(dueDate) ? toDayNumber(dueDate) : undefined;
    if (due === undefined || due <= from) {
      minutes[bucket] += left[at]!;
      return;
    }
    const start = isIsoDate(startDate) ? Math.max(from, toDayNumber(startDate)) : from;
    minutes[bucket] += proRate(left[at]!, start, due, from, to);
  });
  if (isNumberFrom(plan.hoursPerWeek) && ratios !== undefined) {
    for (const bucket of BUCKETS) minutes[bucket] = Math.min(minutes[bucket], bucketCapacityHours(plan.hoursPerWeek, ratios[bucket], to - from) * 60);
  }
  return minutes;
}
