// The allocation/drift issue, worded in one place for measureAllocation (time
// spent) and checkAlignment (effort left in active goals).
import type { Bucket, Issue } from "../model/index.ts";
import { createIssue } from "../_lib/issues.ts";
import { percent } from "../_lib/percent.ts";

/** A whole-minute move between buckets (measureAllocation's `RebalanceMove`). */
interface Move {
  readonly from: Bucket;
  readonly to: Bucket;
  readonly minutes: number;
}

/** How a drift message names what was measured: "52% of effort" by default. */
export interface DriftWording {
  /** Words before the share, e.g. "core work is " where the path does not name the bucket. */
  lead?: string;
  /** What the share is of; "effort" by default. */
  of?: string;
}

/**
 * "52% of effort against a 70% target (−18 points)" at `[...path, bucket]`,
 * with a hint listing the rebalance moves that touch the bucket. Callers that
 * measure something else word it through `wording`, never by editing the text.
 */
export function driftIssue(path: readonly (string | number)[], bucket: Bucket, share: number, ratio: number, moves: readonly Move[], wording: DriftWording = {}, at: readonly (string | number)[] = [...path, bucket]): Issue {
  const sharePercent = percent(share);
  const targetPercent = percent(ratio);
  const points = Math.round((sharePercent - targetPercent) * 10) / 10;
  const signed = points < 0 ? `−${-points}` : `+${points}`;
  const message = `${wording.lead ?? ""}${sharePercent}% of ${wording.of ?? "effort"} against a ${targetPercent}% target (${signed} points)`;
  const steps: string[] = [];
  for (const move of moves) {
    if (move.from === bucket || move.to === bucket) steps.push(`${move.minutes} minutes from ${move.from} to ${move.to}`);
  }
  const hint =
    steps.length > 0
      ? `Move ${steps.join(" and ")} to get back to the ${targetPercent}% target.`
      : `Too few minutes were logged to rebalance ${bucket} in whole minutes.`;
  return createIssue("allocation/drift", "warning", at, message, hint);
}
