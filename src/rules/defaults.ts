// Defaults the model leaves implicit, in one place so every area agrees.
import type { Bucket, GoalInput, GoalStatus, Ratios, ReviewKind } from "../model/index.ts";

/** The 70/20/10 principle: core, auxiliary and exploratory shares of effort. */
export const DEFAULT_RATIOS: Readonly<Ratios> = Object.freeze({ core: 0.7, auxiliary: 0.2, exploratory: 0.1 });

/** The buckets in their tie-break order (core first). */
export const BUCKETS: readonly Bucket[] = ["core", "auxiliary", "exploratory"];

/** Every goal status, as the Goal schema lists them (a test holds the two together). */
export const GOAL_STATUSES: readonly GoalStatus[] = ["active", "done", "replaced", "dropped"];

/** A goal's status; a goal without one is active. */
export function goalStatus(goal: Pick<GoalInput, "status">): GoalStatus {
  return goal.status ?? "active";
}

/**
 * Hours a bucket gets between two dates `days` apart: hoursPerWeek × ratio × days / 7.
 * Zero or negative spans give 0.
 */
export function bucketCapacityHours(hoursPerWeek: number, ratio: number, days: number): number {
  return days > 0 ? (hoursPerWeek * ratio * days) / 7 : 0;
}

/**
 * The seeds' rhythm: a quarterly goal review, a career canvas update every six
 * months and a vision review every year.
 *
 * @example
 * ```ts
 * DEFAULT_CADENCES;
 * //=> [{ kind: "quarterly", everyMonths: 3 }, { kind: "canvas", everyMonths: 6 }, { kind: "vision", everyMonths: 12 }]
 * ```
 *
 * @category Reviews
 */
export const DEFAULT_CADENCES: readonly Readonly<{ kind: ReviewKind; everyMonths: number }>[] = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ Object.freeze({ kind: "quarterly", everyMonths: 3 }),
  /* @__PURE__ */ Object.freeze({ kind: "canvas", everyMonths: 6 }),
  /* @__PURE__ */ Object.freeze({ kind: "vision", everyMonths: 12 }),
] as const);

/** The recent window of the progress log the 70/20/10 mix is measured on: the last 4 weeks. */
export const DEFAULT_LOG_WINDOW_WEEKS = 4;
