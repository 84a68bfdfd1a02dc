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
export function apportion(core: number, auxiliary: number, exploratory: number, total: number): Triple {
  // Float error grows with the magnitude, so the tolerance does too.
  const tolerance = 1e-9 * Math.max(1, Math.abs(core) + Math.abs(auxiliary) + Math.abs(exploratory));
  const result: Triple = [Math.floor(core + tolerance), Math.floor(auxiliary + tolerance), Math.floor(exploratory + tolerance)];
  const remainders: Triple = [core - result[0], auxiliary - result[1], exploratory - result[2]];
  let leftover = total - result[0] - result[1] - result[2];
  // Normally 0..2 passes; the loop also absorbs float drift either way.
  while (leftover > 0) {
    const index = largestRemainder(remainders, tolerance);
    result[index] += 1;
    remainders[index] -= 1;
    leftover -= 1;
  }
  while (leftover < 0) {
    const index = smallestRemainder(remainders, tolerance);
    result[index] -= 1;
    remainders[index] += 1;
    leftover += 1;
  }
  return result;
}

function largestRemainder(remainders: Triple, tolerance: number): 0 | 1 | 2 {
  let best: 0 | 1 | 2 = 0;
  if (remainders[1] > remainders[best] + tolerance) best = 1;
  if (remainders[2] > remainders[best] + tolerance) best = 2;
  return best;
}

// Taking back: the smallest remainder loses first, the last bucket on a tie.
function smallestRemainder(remainders: Triple, tolerance: number): 0 | 1 | 2 {
  let worst: 0 | 1 | 2 = 2;
  if (remainders[1] < remainders[worst] - tolerance) worst = 1;
  if (remainders[0] < remainders[worst] - tolerance) worst = 0;
  return worst;
}
