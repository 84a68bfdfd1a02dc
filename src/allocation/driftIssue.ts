// Private: the allocation/drift issue measureAllocation raises, worded in one place.
import type { Bucket, Issue } from "../model/index.ts";
import { createIssue } from "../_lib/issues.ts";
import type { RebalanceMove } from "./measureAllocation.ts";

/**
 * "allocation.core: 52% of effort against a 70% target (−18 points)", with a
 * hint listing the rebalance moves that touch the bucket.
 */
export function driftIssue(path: readonly (string | number)[], bucket: Bucket, share: number, ratio: number, moves: readonly RebalanceMove[]): Issue {
  const sharePercent = percent(share);
  const targetPercent = percent(ratio);
  const points = Math.round((sharePercent - targetPercent) * 10) / 10;
  const signed = points < 0 ? `−${-points}` : `+${points}`;
  const message = `${sharePercent}% of effort against a ${targetPercent}% target (${signed} points)`;
  const steps: string[] = [];
  for (const move of moves) {
    if (move.from === bucket || move.to === bucket) steps.push(`${move.minutes} minutes from ${move.from} to ${move.to}`);
  }
  const hint =
    steps.length > 0
      ? `Move ${steps.join(" and ")} to get back to the ${targetPercent}% target.`
      : `Too few minutes were logged to rebalance ${bucket} in whole minutes.`;
  return createIssue("allocation/drift", "warning", [...path, bucket], message, hint);
}

// One decimal at most: 52.4% stays 52.4%, 70% stays 70%.
function percent(fraction: number): number {
  return Math.round(fraction * 1000) / 10;
}
