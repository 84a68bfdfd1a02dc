import type { Ratios } from "../model/index.ts";
import { requireNumber } from "../_lib/args.ts";
import { apportion } from "./apportion.ts";
import { ratioSum, resolveRatios } from "../rules/ratios.ts";

/**
 * Options of {@link allocateEffort}.
 *
 * @category Allocation
 */
export interface AllocateEffortOptions {
  /** Share of effort per bucket; finite, ≥ 0, summing to 1 (±1e-9). Default 70/20/10. */
  ratios?: Readonly<Ratios>;
  /** The block of time to hand out, in whole minutes (≥ 1). Default 30. */
  unitMinutes?: number;
}

/**
 * Minutes per bucket from {@link allocateEffort}: each a multiple of the unit.
 *
 * @category Allocation
 */
export interface AllocateEffortResult {
  /** Minutes for work tied directly to the vision. */
  core: number;
  /** Minutes for supporting skills. */
  auxiliary: number;
  /** Minutes for exploring new directions. */
  exploratory: number;
  /** Minutes left over because they make less than one unit (0 ≤ value < unitMinutes). */
  unallocatedMinutes: number;
}

/**
 * Splits a weekly capacity into core, auxiliary and exploratory minutes.
 *
 * The capacity is `round(hoursPerWeek × 60)` minutes; it is cut into whole
 * units of `unitMinutes` and the units are shared out by the largest-remainder
 * method, so the buckets always add up to the capacity less
 * `unallocatedMinutes` (what remains below one unit). Each bucket gets its
 * quota rounded down or up by one unit; remainders equal within 1e-9 count as
 * a tie and go to core, then auxiliary.
 *
 * @param hoursPerWeek - Hours available for career work each week (0 to 168).
 * @param options - Ratios (default 70/20/10) and the unit to round to (default 30 minutes).
 * @returns Whole minutes per bucket and what is left below one unit.
 * @throws {RangeError} A ratio is negative, not finite or missing, or they don't
 *   sum to 1; `hoursPerWeek` is not a number from 0 to 168; `unitMinutes` is not a
 *   whole number ≥ 1.
 * @throws {TypeError} `ratios` is given but is not an object.
 *
 * @example
 * ```ts
 * import { allocateEffort } from "careerplan";
 *
 * allocateEffort(40);
 * //=> { core: 1680, auxiliary: 480, exploratory: 240, unallocatedMinutes: 0 }
 *
 * allocateEffort(7.5, { unitMinutes: 30 });
 * //=> { core: 330, auxiliary: 90, exploratory: 30, unallocatedMinutes: 0 }
 * ```
 *
 * @category Allocation
 */
export function allocateEffort(hoursPerWeek: number, options: AllocateEffortOptions = {}): AllocateEffortResult {
  const ratios = resolveRatios("allocateEffort", options.ratios);
  const unitMinutes = requireNumber("allocateEffort", "unitMinutes", options.unitMinutes ?? 30, 1, true);
  // The model's bound: a week has 168 hours, and more is a mix-up of units.
  const capacity = Math.round(requireNumber("allocateEffort", "hoursPerWeek", hoursPerWeek, 0, false, 168) * 60);
  const units = Math.floor(capacity / unitMinutes);
  const perUnit = units / ratioSum(ratios);
  const [core, auxiliary, exploratory] = apportion([ratios.core * perUnit, ratios.auxiliary * perUnit, ratios.exploratory * perUnit], units);
  return {
    core: core * unitMinutes,
    auxiliary: auxiliary * unitMinutes,
    exploratory: exploratory * unitMinutes,
    unallocatedMinutes: capacity - units * unitMinutes,
  };
}
