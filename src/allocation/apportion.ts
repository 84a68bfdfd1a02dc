// Private: the largest-remainder rounding behind allocateEffort (whole units)
// and measureAllocation's rebalance (whole minutes).

/** Whole numbers for core, auxiliary and exploratory, in that order. */
export type Triple = [core: number, auxiliary: number, exploratory: number];

/**
 * Rounds three quotas to whole numbers that sum to `total` (a whole number
 * within ±3 of the quotas' sum), each within one of its quota. Largest
 * remainder first; remainders equal within a tolerance count as a tie and go
 * core, then auxiliary, then exploratory. The tolerance matters: in floating
 * point 0.7 × 15 is 10.499999999999998, which must tie with 0.1 × 15 = 1.5.
 */
export function apportion(quotas: Triple, total: number): Triple {
  // Float error grows with the magnitude, so the tolerance does too.
  const tolerance = 1e-9 * Math.max(1, Math.abs(quotas[0]) + Math.abs(quotas[1]) + Math.abs(quotas[2]));
  const result: Triple = [Math.floor(quotas[0] + tolerance), Math.floor(quotas[1] + tolerance), Math.floor(quotas[2] + tolerance)];
  let leftover = total - result[0] - result[1] - result[2];
  // Normally 0..2 passes; the loops also absorb float drift either way (and NaN stops both).
  for (; leftover >= 1; leftover--) result[largestRemainder(quotas, result, tolerance)]++;
  for (; leftover <= -1; leftover++) result[smallestRemainder(quotas, result, tolerance)]--;
  return result;
}

// Handing out: the largest remainder gains first, core first on a tie.
function largestRemainder(quotas: Triple, result: Triple, tolerance: number): 0 | 1 | 2 {
  let best: 0 | 1 | 2 = 0;
  if (quotas[1] - result[1] > quotas[best] - result[best] + tolerance) best = 1;
  if (quotas[2] - result[2] > quotas[best] - result[best] + tolerance) best = 2;
  return best;
}

// Taking back: the smallest remainder loses first, the last bucket on a tie.
function smallestRemainder(quotas: Triple, result: Triple, tolerance: number): 0 | 1 | 2 {
  let worst: 0 | 1 | 2 = 2;
  if (quotas[1] - result[1] < quotas[worst] - result[worst] - tolerance) worst = 1;
  if (quotas[0] - result[0] < quotas[worst] - result[worst] - tolerance) worst = 0;
  return worst;
}
