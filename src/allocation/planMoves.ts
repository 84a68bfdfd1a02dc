// Private: turns measureAllocation's whole-minute excesses into rebalance moves.
import { BUCKETS } from "../rules/defaults.ts";
import type { RebalanceMove } from "./measureAllocation.ts";

// Greedy two-pointer walk in bucket order: at most two moves for three buckets.
// Consumes `excess` (the caller's own scratch array, never user input).
export function planMoves(excess: number[], moves: RebalanceMove[]): void {
  let from = 0;
  let to = 0;
  while (true) {
    while (from < 3 && excess[from]! <= 0) from++;
    while (to < 3 && excess[to]! >= 0) to++;
    if (from === 3 || to === 3) return;
    const amount = Math.min(excess[from]!, -excess[to]!);
    moves.push({ from: BUCKETS[from]!, to: BUCKETS[to]!, minutes: amount });
    excess[from]! -= amount;
    excess[to]! += amount;
  }
}
