import { fail } from "../_lib/args.ts";
import { assertIsoDate, daysBetween } from "../_lib/dates.ts";
import type { Indicator, IsoDate, MilestoneInput } from "../model/index.ts";

const FN = "interpolateTargets"; // named in every argument error

/**
 * Options of {@link interpolateTargets}.
 *
 * @example
 * ```ts
 * const options: InterpolateTargetsOptions = { start: "2026-01-05", curve: "compound", decimals: 0 };
 * ```
 *
 * @category Vision
 */
export interface InterpolateTargetsOptions {
  /** The date the indicator's `baseline` was measured (usually the vision's start date). */
  start: IsoDate | string;
  /** The date the final `target` is due; default the latest milestone's `dueDate`. */
  end?: IsoDate | string;
  /**
   * How the target grows with the elapsed share of time: `"linear"` (default),
   * `"compound"` (the same growth factor every day, for "double revenue"), or a
   * function from the elapsed fraction (0..1) to the fraction of the way from
   * baseline to target.
   */
  curve?: "linear" | "compound" | ((fraction: number) => number);
  /** Decimal places each intermediate target is rounded to (half away from zero); default 2. */
  decimals?: number;
}

/**
 * Fills in intermediate targets for one indicator: each milestone gets the value
 * the indicator should reach by its `dueDate`, from `baseline` at `start` to
 * `target` at `end`.
 *
 * The elapsed fraction of a milestone is days(start → dueDate) / days(start →
 * end), clamped to 0..1; its target is baseline + (target − baseline) ×
 * curve(fraction), rounded to `decimals`. A milestone that already has an
 * indicator with the same metric gets it replaced; the others are kept. The
 * added indicator carries `metric`, `unit`, `baseline` and the target (not
 * `current`: that is measured, not planned).
 *
 * @param indicator - The metric, its `baseline` (required) and final `target`.
 * @param milestones - The milestones to fill in (returned as new objects, same order).
 * @param options - Start and end dates, the curve and the rounding.
 * @returns The milestones with the indicator added to `indicators`.
 * @throws {RangeError} `baseline` is missing, a date is not `YYYY-MM-DD`, `end`
 *   is not after `start`, `decimals` is not an integer in 0..10, `"compound"`
 *   meets a baseline and target that are not both positive, or the curve returns
 *   a value that is not finite.
 *
 * @example
 * ```ts
 * const milestones = [
 *   { id: "m-6m", title: "6 months", dueDate: "2026-07-01" },
 *   { id: "m-1y", title: "1 year", dueDate: "2027-01-01" },
 *   { id: "m-3y", title: "3 years", dueDate: "2029-01-01" },
 *   { id: "m-final", title: "Double revenue", dueDate: "2031-01-01" },
 * ];
 * interpolateTargets({ metric: "revenue", unit: "k$", baseline: 100, target: 200 }, milestones, { start: "2026-01-01", curve: "compound", decimals: 0 })
 *   .map((milestone) => milestone.indicators[0]?.target);
 * //=> [107, 115, 152, 200]
 * ```
 *
 * @category Vision
 */
export function interpolateTargets<M extends MilestoneInput>(indicator: Indicator, milestones: readonly M[], options: InterpolateTargetsOptions): (M & { indicators: Indicator[] })[] {
  const { metric, unit, baseline, target } = indicator;
  const { start } = options;
  const decimals = options.decimals ?? 2;
  if (typeof baseline !== "number" || !Number.isFinite(baseline)) fail(FN, "indicator.baseline", "a finite number", baseline);
  assertIsoDate(start, `${FN}: options.start`);
  let latest: string | undefined;
  milestones.forEach(({ dueDate }, index) => {
    assertIsoDate(dueDate, `${FN}: milestones[${index}].dueDate`);
    if (latest === undefined || dueDate > latest) latest = dueDate;
  });
  const end = options.end ?? latest;
  if (end === undefined) return [];
  assertIsoDate(end, `${FN}: options.end`);
  const span = daysBetween(start, end);
  if (span <= 0) fail(FN, "the end date", `after the start date ${start}`, end);
  if (!(Number.isInteger(decimals) && decimals >= 0 && decimals <= 10)) fail(FN, "options.decimals", "a whole number in 0..10", decimals);
  const curve = curveFunction(options.curve ?? "linear", baseline, target);

  return milestones.map((milestone) => {
    const fraction = Math.min(1, Math.max(0, daysBetween(start, milestone.dueDate) / span));
    const share = curve(fraction);
    if (!Number.isFinite(share)) fail(FN, `curve(${fraction})`, "finite", share);
    const filled: Indicator = { metric, target: roundTo(baseline + (target - baseline) * share, decimals), baseline };
    if (unit !== undefined) filled.unit = unit;
    const kept = (milestone.indicators ?? []).filter((existing) => existing.metric !== metric);
    return { ...milestone, indicators: [...kept, filled] };
  });
}

// Compound growth as a share of the way: (ratio^fraction − 1) / (ratio − 1).
function curveFunction(curve: NonNullable<InterpolateTargetsOptions["curve"]>, baseline: number, target: number): (fraction: number) => number {
  if (typeof curve === "function") return curve;
  if (curve === "linear") return (fraction) => fraction;
  if (curve !== "compound") fail(FN, "options.curve", '"linear", "compound" or a function', curve);
  if (!(baseline > 0 && target > 0)) fail(FN, "a compound curve's baseline and target", "above 0", Math.min(baseline, target));
  const ratio = target / baseline;
  return ratio === 1 ? (fraction) => fraction : (fraction) => (ratio ** fraction - 1) / (ratio - 1);
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
  return rounded === 0 ? 0 : rounded;
}
