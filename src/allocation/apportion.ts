// Private: the largest-remainder rounding behind allocateEffort (whole units)
// and measureAllocation's rebalance (whole minutes).

/** Whole numbers for core, auxiliary and exploratory, in that order. */
export type Triple = [core: number, auxiliary: number, exploratory: number];

/** Units handed out or taken back after flooring: 0..2 by the method, a few more for float drift. */
const MAX_STEPS = 6;

/**
 * Rounds three quotas to whole numbers that sum to `total` (a whole number
 * within ±3 of the quotas' sum), each within one of its quota. Largest
 * remainder first; remainders equal within a tolerance count as a tie and go
 * core, then auxiliary, then exploratory. The tolerance matters: in floating
 * point 0.7 × 15 is 10.499999999999998, which must tie with 0.1 × 15 = 1.5.
 * At most {@link MAX_STEPS} corrections whatever the magnitude: the callers
 * bound their numbers (see `LIMITS`) so that these always suffice.
 */
export function apportion(quotas: Triple, total: number): Triple {
  // Float error grows with the magnitude, so the tolerance does too.
  const tolerance = 1e-9 * Math.max(1, Math.abs(quotas[0]) + Math.abs(quotas[1]) + Math.abs(quotas[2]));
  const result: Triple = [Math.floor(quotas[0] + tolerance), Math.floor(quotas[1] + tolerance), Math.floor(quotas[2] + tolerance)];
  let leftover = total - result[0] - result[1] - result[2];
  // Bounded by the data (three buckets), not by the size of the numbers: NaN also stops it.
  for (let steps = MAX_STEPS; steps-- > 0 && (leftover >= 1 || leftover <= -1); ) {
    const step = leftover > 0 ? 1 : -1;
    // Handing out, the largest remainder gains (core first on a tie); taking
    // back, the smallest loses (exploratory first): one scan with the sign flipped.
    let pick: 0 | 1 | 2 = step > 0 ? 0 : 2;
    for (let i = 1; i < 3; i++) {
      const candidate = (step > 0 ? i : 2 - i) as 0 | 1 | 2;
      if (step * (quotas[candidate] - result[candidate] - quotas[pick] + result[pick]) > tolerance) pick = candidate;
    }
    result[pick] += step;
    leftover -= step;
  }
  return result;
}
