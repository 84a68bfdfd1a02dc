// The 70/20/10 ratios rule, once: each share a finite number ≥ 0, the three
// summing to 1. Options given by a programmer that break it throw (resolveRatios);
// a plan's data that breaks it is an issue (planRatios), never a throw.
import type { Bucket, Issue, PlanInput, RatioOverrideInput, Ratios } from "../model/index.ts";
import { fail, isNumberFrom, requireNumber, requireObject } from "../_lib/args.ts";
import { isIsoDate } from "../_lib/dates.ts";
import { createIssue } from "../_lib/issues.ts";
import { BUCKETS, DEFAULT_RATIOS } from "./defaults.ts";

/** How far the ratios' sum may stray from 1: room for decimal fractions like 0.7 + 0.2 + 0.1. */
export const RATIO_SUM_TOLERANCE = 1e-9;

/** The first thing wrong with `ratios`: a bucket whose share is not a finite number ≥ 0, or "sum"; `undefined` when they are usable. */
function ratiosFault(ratios: Readonly<Ratios>): Bucket | "sum" | undefined {
  let sum = 0;
  for (const bucket of BUCKETS) {
    const value = ratios[bucket];
    if (!isNumberFrom(value)) return bucket;
    sum += value;
  }
  return Math.abs(sum - 1) > RATIO_SUM_TOLERANCE ? "sum" : undefined;
}

/**
 * Returns the ratios to use (the 70/20/10 default when none are given).
 * Throws a RangeError naming `functionName` when a ratio is negative or not
 * finite or when they don't sum to 1 (±1e-9); a TypeError when they are not an object.
 */
export function resolveRatios(functionName: string, ratios: Readonly<Ratios> | undefined): Readonly<Ratios> {
  if (ratios === undefined) return DEFAULT_RATIOS;
  requireObject(functionName, "ratios", ratios);
  const fault = ratiosFault(ratios);
  if (fault === "sum") fail(functionName, "sum of ratios", "1 (±1e-9)", Number(ratioSum(ratios).toFixed(9)));
  if (fault !== undefined) requireNumber(functionName, `ratios.${fault}`, ratios[fault]);
  return ratios;
}

/** The ratios a plan's checks use, or `undefined` with a `schema/invalid` issue at `["ratios", …]` when the plan's are unusable. */
export function planRatios(plan: Pick<PlanInput, "ratios">): { ratios: Readonly<Ratios> | undefined; issues: Issue[] } {
  const { ratios } = plan;
  if (ratios === undefined) return { ratios: DEFAULT_RATIOS, issues: [] };
  const fault = typeof ratios === "object" && ratios !== null ? ratiosFault(ratios) : "object";
  if (fault === undefined) return { ratios, issues: [] };
  const [path, message] =
    fault === "object" ? [["ratios"], "must be an object { core, auxiliary, exploratory }"]
    : fault === "sum" ? [["ratios"], `the shares sum to ${Number(ratioSum(ratios).toFixed(9))}, not 1`]
    : [["ratios", fault], "must be a finite number ≥ 0"];
  return { ratios: undefined, issues: [createIssue("schema/invalid", "error", path, message, "Use shares that add up to 1, e.g. 0.7, 0.2 and 0.1.")] };
}

/** The sum of the three ratios (1 within ±1e-9 once resolved), to normalise quotas by. */
export function ratioSum(ratios: Readonly<Ratios>): number {
  return ratios.core + ratios.auxiliary + ratios.exploratory;
}

/**
 * The plan's dated ratio override in force on `asOf` (the first listed whose
 * `from`..`until` holds `asOf` and whose ratios are usable), if any: what the
 * time logged is measured against while it lasts.
 */
export function overrideInForce(plan: Pick<PlanInput, "ratioOverrides">, asOf: string): (RatioOverrideInput & { ratios: Readonly<Ratios> }) | undefined {
  const overrides: unknown = plan.ratioOverrides;
  if (!Array.isArray(overrides)) return undefined;
  return overrides.find((item: Partial<RatioOverrideInput> | null) => {
    if (typeof item !== "object" || item === null || !isIsoDate(item.from) || !isIsoDate(item.until) || item.from > asOf || asOf > item.until) return false;
    return typeof item.ratios === "object" && item.ratios !== null && ratiosFault(item.ratios) === undefined;
  });
}
