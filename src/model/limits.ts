// The largest numbers the model accepts, in one place: parsePlan rejects
// larger ones with an issue, the plain functions with a RangeError. Each is
// far beyond a real career plan and far below where a double stops counting
// whole minutes (2^53), so every loop over them stays bounded by the data.

/**
 * The largest values careerplan accepts. Effort: `effortHours` of a goal or
 * capability up to 1,000,000 hours (about 500 working years); a micro-task's
 * `minutes` up to 1,000,000; `hoursPerWeek` up to 168 (a week); minutes
 * measured by `measureAllocation` up to 10^15 per entry and in total.
 *
 * @example
 * ```ts
 * import { LIMITS } from "careerplan";
 *
 * LIMITS.effortHours; //=> 1000000
 * LIMITS.hoursPerWeek; //=> 168
 * ```
 *
 * @category Model
 */
export const LIMITS = {
  /** A goal's or capability's `effortHours`. */
  effortHours: 1_000_000,
  /** A micro-task's `minutes`. */
  taskMinutes: 1_000_000,
  /** A plan's `hoursPerWeek`, and the capacity the allocation and vision functions take. */
  hoursPerWeek: 168,
  /** Minutes `measureAllocation` sums, per entry and in total: whole minutes stay exact well below 2^53. */
  measuredMinutes: 1e15,
} as const;
