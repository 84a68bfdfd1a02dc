import type { Bucket, Issue, Ratios } from "../model/index.ts";
import { LIMITS } from "../model/limits.ts";
import { fail, isNumberFrom, requireNumber } from "../_lib/args.ts";
import { BUCKETS } from "../rules/defaults.ts";
import { sortIssues } from "../_lib/issues.ts";
import { apportion, type Triple } from "./apportion.ts";
import { driftIssue } from "../rules/driftIssue.ts";
import { planMoves } from "./planMoves.ts";
import { ratioSum, resolveRatios } from "../rules/ratios.ts";

/**
 * Options of {@link measureAllocation}.
 *
 * @category Allocation
 */
export interface MeasureAllocationOptions {
  /** Target share per bucket; finite, ≥ 0, summing to 1 (±1e-9). Default 70/20/10. */
  ratios?: Readonly<Ratios>;
  /** How far a share may drift from its ratio before it is flagged (0..1). Default 0.05 (5 points). */
  tolerance?: number;
  /** Where the issues point; each issue's path is this plus the bucket. Default `["allocation"]`. */
  path?: readonly (string | number)[];
}

/**
 * One step of a rebalance: move `minutes` from one bucket to another.
 *
 * @category Allocation
 */
export interface RebalanceMove {
  /** The over-allocated bucket to take time from. */
  from: Bucket;
  /** The under-allocated bucket to give it to. */
  to: Bucket;
  /** Whole minutes to move (> 0). */
  minutes: number;
}

/**
 * How effort was actually spread, from {@link measureAllocation}.
 *
 * @category Allocation
 */
export interface MeasureAllocationResult {
  /** Minutes per bucket, summed over the entries. */
  minutes: Record<Bucket, number>;
  /** All minutes together. */
  totalMinutes: number;
  /** Each bucket's fraction of the total (they sum to 1, or are all 0 when nothing was spent). */
  shares: Record<Bucket, number>;
  /** Share minus ratio per bucket: positive is over the target, negative under (all 0 when nothing was spent). */
  drift: Record<Bucket, number>;
  /** Every bucket's drift is within the tolerance. */
  withinTolerance: boolean;
  /** Whole-minute moves, over-allocated buckets to under-allocated ones, that bring each bucket within a minute of its target. */
  rebalance: RebalanceMove[];
  /** One `allocation/drift` warning per bucket drifting by more than the tolerance, sorted by path. */
  issues: Issue[];
}

/**
 * Measures how time actually spent splits across the 70/20/10 buckets and how
 * to rebalance it.
 *
 * `shares` are each bucket's minutes over the total; `drift` is share − ratio.
 * A bucket whose |drift| exceeds `tolerance` gives an `allocation/drift`
 * warning at `[...path, bucket]`. `rebalance` moves whole minutes (greedy, in
 * core → auxiliary → exploratory order) from over- to under-allocated buckets
 * so that each would sit within one minute of ratio × total. With no minutes
 * at all, shares and drift are 0 and nothing is flagged. Runs in O(entries)
 * without allocating per entry.
 *
 * @param entries - Time spent, one entry per activity: its bucket and minutes (finite, ≥ 0).
 * @param options - Target ratios (default 70/20/10), tolerance (default 0.05) and issue path.
 * @returns Shares, drift, a rebalance proposal and drift issues.
 * @throws {RangeError} The ratios are invalid, the tolerance is not in 0..1, or an entry's minutes are negative, not finite or above `LIMITS.measuredMinutes` (10^15, also the bound of their sum).
 * @throws {TypeError} An entry's bucket is not a bucket name.
 *
 * @example
 * ```ts
 * import { measureAllocation } from "careerplan";
 *
 * const week = measureAllocation([
 *   { bucket: "core", minutes: 180 },
 *   { bucket: "auxiliary", minutes: 120 },
 *   { bucket: "exploratory", minutes: 60 },
 * ]);
 * week.shares;    //=> { core: 0.5, auxiliary: 0.3333333333333333, exploratory: 0.16666666666666666 }
 * week.rebalance; //=> [{ from: "auxiliary", to: "core", minutes: 48 }, { from: "exploratory", to: "core", minutes: 24 }]
 * week.issues[1].message;
 * //=> "50% of effort against a 70% target (−20 points)" (at path ["allocation", "core"])
 * ```
 *
 * @category Allocation
 */
export function measureAllocation(
  entries: readonly Readonly<{ bucket: Bucket; minutes: number }>[],
  options: MeasureAllocationOptions = {},
): MeasureAllocationResult {
  const ratios = resolveRatios("measureAllocation", options.ratios);
  const tolerance = options.tolerance ?? 0.05;
  if (!(typeof tolerance === "number" && tolerance >= 0 && tolerance <= 1)) fail("measureAllocation", "tolerance", "a number in 0..1", tolerance);
  const minutes = sumMinutes(entries);
  const total = minutes.core + minutes.auxiliary + minutes.exploratory;
  // Past 10^15 whole minutes are no longer exact; finite minutes can also add up past the largest number.
  if (!(total <= LIMITS.measuredMinutes)) fail("measureAllocation", "the sum of entries' minutes", `at most ${LIMITS.measuredMinutes}`, total);
  const shares = { core: 0, auxiliary: 0, exploratory: 0 };
  const drift = { core: 0, auxiliary: 0, exploratory: 0 };
  const rebalance: RebalanceMove[] = [];
  const issues: Issue[] = [];
  if (total === 0) return { minutes, totalMinutes: 0, shares, drift, withinTolerance: true, rebalance, issues };

  for (const bucket of BUCKETS) {
    shares[bucket] = minutes[bucket] / total;
    drift[bucket] = shares[bucket] - ratios[bucket];
  }
  // Whole-minute excess per bucket, rounded so the excesses cancel exactly.
  const perRatio = total / ratioSum(ratios);
  const excess = apportion(BUCKETS.map((bucket) => minutes[bucket] - ratios[bucket] * perRatio) as Triple, 0);
  planMoves(excess, rebalance);
  const path = options.path ?? ["allocation"];
  for (const bucket of BUCKETS) {
    // 1e-12 keeps float noise (0.75 − 0.7 = 0.05000000000000004) from crossing the line.
    if (Math.abs(drift[bucket]) > tolerance + 1e-12) issues.push(driftIssue(path, bucket, shares[bucket], ratios[bucket], rebalance));
  }
  return { minutes, totalMinutes: total, shares, drift, withinTolerance: issues.length === 0, rebalance, issues: sortIssues(issues) };
}

function sumMinutes(entries: readonly Readonly<{ bucket: Bucket; minutes: number }>[]): Record<Bucket, number> {
  if (!Array.isArray(entries as unknown)) fail("measureAllocation", "entries", "an array", entries, TypeError);
  let core = 0;
  let auxiliary = 0;
  let exploratory = 0;
  for (let index = 0; index < entries.length; index++) {
    const { bucket, minutes } = entries[index]!;
    // requireNumber only words the error, so the field name is not built for every entry.
    if (!(isNumberFrom(minutes) && minutes <= LIMITS.measuredMinutes)) requireNumber("measureAllocation", `entries[${index}].minutes`, minutes, 0, false, LIMITS.measuredMinutes);
    if (bucket === "core") core += minutes;
    else if (bucket === "auxiliary") auxiliary += minutes;
    else if (bucket === "exploratory") exploratory += minutes;
    else fail("measureAllocation", `entries[${index}].bucket`, '"core", "auxiliary" or "exploratory"', bucket, TypeError);
  }
  return { core, auxiliary, exploratory };
}
