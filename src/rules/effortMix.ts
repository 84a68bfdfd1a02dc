// The 70/20/10 mix of a plan as checkAlignment judges it, for the pictures
// and the plan page: the time logged in the recent window when there is some,
// else the work planned for the next quarter. One reading, so a pie, a table
// and a drift warning never show three different mixes of the same plan.
import { fail } from "../_lib/args.ts";
import { addDays } from "../_lib/dates.ts";
import { formatPath } from "../model/formatIssue.ts";
import { LIMITS } from "../model/limits.ts";
import type { Bucket, Issue, PlanInput, Ratios } from "../model/index.ts";
import { DEFAULT_LOG_WINDOW_WEEKS, DEFAULT_RATIOS } from "./defaults.ts";
import { indexEffort, type EffortIndex } from "./effortIndex.ts";
import { loggedMinutesByBucket } from "./logged.ts";
import { effortLeftByGoal, nextQuarterLastDay, plannedQuarterMinutes } from "./plannedMix.ts";

/** Minutes per bucket, what they measure and over which days, and the ratios they are compared with. */
export interface EffortMix {
  /** "logged": time in the progress log; "planned": effort left on active goals falling in the span. */
  basis: "logged" | "planned";
  /** The first day of the span, `YYYY-MM-DD`. */
  from: string;
  /** The last day of the span, `YYYY-MM-DD`, included. */
  to: string;
  minutes: Record<Bucket, number>;
  ratios: Readonly<Ratios>;
  /** False when the plan's ratios are unusable and 70/20/10 stands in for them. */
  ratiosUsable: boolean;
}

/** The effort mix of the indexed plan, the log read over the last `windowWeeks` weeks up to `asOf`. */
export function effortMix(index: EffortIndex, windowWeeks: number): EffortMix {
  const { asOf } = index;
  const ratios = index.ratios ?? DEFAULT_RATIOS;
  const ratiosUsable = index.ratios !== undefined;
  const from = recentFrom(asOf, windowWeeks);
  const logged = loggedMinutesByBucket(index, { from, asOf });
  if (logged.core + logged.auxiliary + logged.exploratory > 0) return { basis: "logged", from, to: asOf, minutes: logged, ratios, ratiosUsable };
  const planned = plannedQuarterMinutes(index, effortLeftByGoal(index));
  return { basis: "planned", from: asOf, to: nextQuarterLastDay(asOf), minutes: planned, ratios, ratiosUsable };
}

/** The first day of the last `weeks` weeks up to `asOf`, both included. */
export function recentFrom(asOf: string, weeks: number): string {
  return addDays(asOf, -7 * weeks + 1);
}

/**
 * The effort mix of `plan` on `asOf` for a picture or a page, the log read
 * over checkAlignment's default window. Unusable ratios give way to 70/20/10,
 * as `ratiosUsable` says, and a bucket outside the three is classified by the
 * goal's capabilities (checkAlignment reports both). A plan that skipped
 * parsePlan throws an error naming `where` and the field: a TypeError for a
 * wrong shape, a RangeError for an effort or task minutes outside `LIMITS`.
 */
export function planEffortMix(where: string, plan: PlanInput, asOf: string): EffortMix {
  const issues: Issue[] = [];
  const index = indexEffort(where, plan, asOf, issues);
  for (const { path } of issues) {
    const [list, at, field] = path as [string, number, string];
    if (field === "effortHours") fail(where, `plan.${formatPath(path)}`, `a number from 0 to ${LIMITS.effortHours}`, index.goals[at]!.effortHours);
    if (list === "tasks") fail(where, `plan.${formatPath(path)}`, `a number from 0 to ${LIMITS.taskMinutes}`, index.tasks[at]!.minutes);
  }
  return effortMix(index, DEFAULT_LOG_WINDOW_WEEKS);
}
