// The plan index with what the effort rules read: the buckets of the active
// goals, the usable ratios and the efforts within LIMITS. Built once per call;
// checkAlignment keeps the data problems it finds, a picture drops them.
import type { Bucket, Issue, PlanInput, Ratios } from "../model/index.ts";
import { isNumberFrom } from "../_lib/args.ts";
import { createIssue, type Path } from "../_lib/issues.ts";
import { LIMITS } from "../model/limits.ts";
import { goalBucket, isBucket } from "./bucket.ts";
import { goalStatus } from "./defaults.ts";
import { indexPlan, type PlanIndex } from "./planIndex.ts";
import { planRatios } from "./ratios.ts";

/** The plan index, with the date, the buckets of the active goals, the usable ratios and the checked efforts. */
export interface EffortIndex extends PlanIndex {
  /** The date the plan is read on. */
  readonly asOf: string;
  /** Per goal, its 70/20/10 bucket when it is active (a missing status is active); `undefined` marks the others. */
  readonly buckets: readonly (Bucket | undefined)[];
  /** The plan's ratios (70/20/10 when it sets none); `undefined` when the plan's are unusable (reported). */
  readonly ratios: Readonly<Ratios> | undefined;
  /** Per goal, its `effortHours` when it is a number from 0 to `LIMITS.effortHours`; `undefined` otherwise (reported when present). */
  readonly effortHours: readonly (number | undefined)[];
  /** Per task, its `minutes` when a number from 0 to `LIMITS.taskMinutes`, else 0 (reported). */
  readonly taskMinutes: readonly number[];
}

/**
 * Builds the effort index of `plan` for the function `where` in O(size of the
 * plan), and pushes the data problems that would otherwise make a rule guess
 * or loop on a huge number (`schema/invalid`, errors): unusable ratios, a
 * `bucket` outside the three (such a goal is classified by its capabilities,
 * as `goalBucket` says), an `effortHours` or task `minutes` that is not a
 * number within `LIMITS` (left out of the effort mix).
 */
export function indexEffort(where: string, plan: PlanInput, asOf: string, issues: Issue[]): EffortIndex {
  const index = indexPlan(where, plan);
  const { ratios, issues: ratioIssues } = planRatios(plan);
  issues.push(...ratioIssues);
  const { goals, tasks, kinds } = index;
  const buckets: (Bucket | undefined)[] = new Array(goals.length);
  const effortHours: (number | undefined)[] = new Array(goals.length);
  for (let at = 0; at < goals.length; at++) {
    const goal = goals[at]!;
    if (goal.bucket !== undefined && !isBucket(goal.bucket)) {
      issues.push(createIssue("schema/invalid", "error", ["goals", at, "bucket"], 'expected one of "core", "auxiliary", "exploratory"', "Leave bucket out to take it from the goal's capabilities."));
    }
    buckets[at] = goalStatus(goal) === "active" ? goalBucket(goal, kinds) : undefined;
    const effort = goal.effortHours;
    effortHours[at] = within(effort, LIMITS.effortHours) ? effort : undefined;
    if (effort !== undefined && effortHours[at] === undefined) issues.push(outOfRange(["goals", at, "effortHours"], LIMITS.effortHours));
  }
  const taskMinutes: number[] = new Array(tasks.length);
  for (let at = 0; at < tasks.length; at++) {
    const minutes = tasks[at]!.minutes;
    taskMinutes[at] = within(minutes, LIMITS.taskMinutes) ? minutes : 0;
    if (!within(minutes, LIMITS.taskMinutes)) issues.push(outOfRange(["tasks", at, "minutes"], LIMITS.taskMinutes));
  }
  // The index is this call's own object: extending it costs nothing, while spreading it into a copy cost ~8 µs a call.
  return Object.assign(index, { asOf, buckets, ratios, effortHours, taskMinutes });
}

/** Whether `value` is a number from 0 to `max`. */
function within(value: unknown, max: number): value is number {
  return isNumberFrom(value) && value <= max;
}

/** `schema/invalid` for a number outside 0..max; the path is built only for the rare bad value. */
function outOfRange(path: Path, max: number): Issue {
  return createIssue("schema/invalid", "error", path, `must be a number from 0 to ${max}`, "Correct the number; it is left out of the effort mix.");
}
