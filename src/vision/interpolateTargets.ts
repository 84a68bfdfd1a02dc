import { assertIsoDate, daysBetween } from "../_lib/dates.ts";
import type { Indicator, IsoDate, MilestoneInput } from "../model/index.ts";

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
  const { baseline, target } = indicator;
  if (typeof baseline !== "number" || !Number.isFinite(baseline)) throw new RangeError(`interpolateTargets: indicator.baseline must be a finite number, got ${String(baseline)}`);
  assertIsoDate(options.start, "interpolateTargets: options.start");
  milestones.forEach((milestone, index) => assertIsoDate(milestone.dueDate, `interpolateTargets: milestones[${index}].dueDate`));
  const end = options.end ?? latestDueDate(milestones);
  if (end === undefined) return [];
  assertIsoDate(end, "interpolateTargets: options.end");
  const span = daysBetween(options.start, end);
  if (span <= 0) throw new RangeError(`interpolateTargets: end ${end} must be after start ${options.start}`);
  const decimals = options.decimals ?? 2;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) throw new RangeError(`interpolateTargets: decimals must be an integer in 0..10, got ${String(decimals)}`);
  const curve = curveFunction(options.curve ?? "linear", baseline, target);

  return milestones.map((milestone) => {
    const fraction = Math.min(1, Math.max(0, daysBetween(options.start, milestone.dueDate) / span));
    const share = curve(fraction);
    if (!Number.isFinite(share)) throw new RangeError(`interpolateTargets: the curve returned ${String(share)} for ${fraction}`);
    const value = roundTo(baseline + (target - baseline) * share, decimals);
    const kept = (milestone.indicators ?? []).filter((existing) => existing.metric !== indicator.metric);
    const filled: Indicator = { metric: indicator.metric, target: value, baseline };
    if (indicator.unit !== undefined) filled.unit = indicator.unit;
    return { ...milestone, indicators: [...kept, filled] };
  });
}

function latestDueDate(milestones: readonly MilestoneInput[]): string | undefined {
  let latest: string | undefined;
  for (const milestone of milestones) if (latest === undefined || milestone.dueDate > latest) latest = milestone.dueDate;
  return latest;
}

// Compound growth as a share of the way: (ratio^fraction − 1) / (ratio − 1).
function curveFunction(curve: NonNullable<InterpolateTargetsOptions["curve"]>, baseline: number, target: number): (fraction: number) => number {
  if (typeof curve === "function") return curve;
  if (curve === "linear") return (fraction) => fraction;
  if (curve !== "compound") throw new RangeError(`interpolateTargets: curve must be "linear", "compound" or a function, got ${JSON.stringify(curve)}`);
  if (!(baseline > 0 && target > 0)) throw new RangeError(`interpolateTargets: a compound curve needs a baseline and target above 0, got ${baseline} and ${target}`);
  const ratio = target / baseline;
  if (ratio === 1) return (fraction) => fraction;
  return (fraction) => (ratio ** fraction - 1) / (ratio - 1);
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
  return rounded === 0 ? 0 : rounded;
}
