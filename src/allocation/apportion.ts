// Private: the largest-remainder rounding behind allocateEffort (whole units)
// and measureAllocation's rebalance (whole minutes).

/** Whole numbers for core, auxiliary and exploratory, in that order. */
export type Triple = [core: number, auxiliary: number, exploratory: number];

// Who else may gain (after core) or lose (after exploratory) a unit, in tie-break order.
const GAINING_AFTER_CORE = [1, 2];
const LOSING_AFTER_EXPLORATORY = [1, 0];

/**
 * Rounds three quotas to whole numbers that sum to `total` (a
 * whole number within ±3 of the quotas' sum), each within one of its quota.
 * Largest remainder first; remainders equal within a tolerance count as a tie
 * and go core, then auxiliary, then exploratory. The tolerance matters: in
 * floating point 0.7 × 15 is 10.499999999999998, which must tie with 0.1 × 15 = 1.5.
 */
export function apportion(quotas: Triple, total: number): Triple {
  // Float error grows with the magnitude, so the tolerance does too.
  const tolerance = 1e-9 * Math.max(1, Math.abs(quotas[0]) + Math.abs(quotas[1]) + Math.abs(quotas[2]));
  const result: Triple = [Math.floor(quotas[0] + tolerance), Math.floor(quotas[1] + tolerance), Math.floor(quotas[2] + tolerance)];
  // Normally 0..2 units are handed out; float drift may also mean taking one
  // back, from the smallest remainder, the last bucket on a tie.
  for (let leftover = total - result[0] - result[1] - result[2]; leftover !== 0; ) {
    const step = Math.sign(leftover);
    let chosen = step > 0 ? 0 : 2;
    for (const index of step > 0 ? GAINING_AFTER_CORE : LOSING_AFTER_EXPLORATORY) {
      if (step * (quotas[index]! - result[index]! - quotas[chosen]! + result[chosen]!) > tolerance) chosen = index;
    }
    result[chosen]! += step;
    leftover -= step;
  }
  return result;
}
