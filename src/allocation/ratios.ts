// Private: the ratio check allocateEffort and measureAllocation share, so both
// reject the same inputs with the same words.
import type { Ratios } from "../model/index.ts";
import { BUCKETS, DEFAULT_RATIOS } from "../_lib/defaults.ts";

/** How far the ratios' sum may stray from 1: room for decimal fractions like 0.7 + 0.2 + 0.1. */
export const RATIO_SUM_TOLERANCE = 1e-9;

/**
 * Returns the ratios to use (the 70/20/10 default when none are given).
 * Throws a RangeError naming `functionName` when a ratio is negative or not
 * finite, or when they don't sum to 1 (±1e-9); a TypeError when they are not an object.
 */
export function resolveRatios(functionName: string, ratios: Readonly<Ratios> | undefined): Readonly<Ratios> {
  if (ratios === undefined) return DEFAULT_RATIOS;
  if (typeof ratios !== "object" || ratios === null) {
    throw new TypeError(`${functionName}: ratios must be an object { core, auxiliary, exploratory }, got ${String(ratios)}`);
  }
  let sum = 0;
  for (const bucket of BUCKETS) {
    const value: unknown = ratios[bucket];
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      throw new RangeError(`${functionName}: ratios.${bucket} must be a finite number ≥ 0, got ${String(value)}`);
    }
    sum += value;
  }
  if (Math.abs(sum - 1) > RATIO_SUM_TOLERANCE) {
    throw new RangeError(`${functionName}: ratios sum to ${Number(sum.toFixed(9))}, expected 1 (±1e-9)`);
  }
  return ratios;
}

/** The sum of the three ratios (1 within ±1e-9 once resolved), to normalise quotas by. */
export function ratioSum(ratios: Readonly<Ratios>): number {
  return ratios.core + ratios.auxiliary + ratios.exploratory;
}

