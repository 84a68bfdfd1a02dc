// Private checks behind decomposeVision: options (API misuse → RangeError),
// dates and capability ids (data problems → issues).
import { isIsoDate } from "../_lib/dates.ts";
import { createIssue } from "../_lib/issues.ts";
import type { CapabilityInput, Issue, Ratios, VisionInput } from "../model/index.ts";
import type { DecomposeVisionOptions, VisionHorizon } from "./decomposeVision.ts";

const DEFAULT_HORIZONS: readonly VisionHorizon[] = [
  { id: "6m", months: 6 },
  { id: "1y", months: 12 },
  { id: "3y", months: 36 },
];

/** Validated options with defaults filled in; horizons sorted by months. */
export function checkDecomposeOptions(options: DecomposeVisionOptions, defaultRatios: Readonly<Ratios>): { hoursPerWeek: number; ratios: Readonly<Ratios>; horizons: VisionHorizon[] } {
  const { hoursPerWeek } = options;
  if (typeof hoursPerWeek !== "number" || !Number.isFinite(hoursPerWeek) || hoursPerWeek < 0) {
    throw new RangeError(`decomposeVision: hoursPerWeek must be a finite number ≥ 0, got ${String(hoursPerWeek)}`);
  }
  const ratios = options.ratios ?? defaultRatios;
  const values = [ratios.core, ratios.auxiliary, ratios.exploratory];
  if (values.some((value) => typeof value !== "number" || !Number.isFinite(value) || value < 0)) {
    throw new RangeError(`decomposeVision: ratios must be finite numbers ≥ 0, got ${values.map(String).join(" / ")}`);
  }
  const sum = values[0]! + values[1]! + values[2]!;
  if (Math.abs(sum - 1) > 1e-9) throw new RangeError(`decomposeVision: ratios sum to ${Number(sum.toFixed(6))}, expected 1`);

  const horizons = [...(options.horizons ?? DEFAULT_HORIZONS)];
  const seen = new Set<string>();
  for (const horizon of horizons) {
    if (!Number.isInteger(horizon.months) || horizon.months <= 0) {
      throw new RangeError(`decomposeVision: horizon "${horizon.id}" must count a positive whole number of months, got ${String(horizon.months)}`);
    }
    if (typeof horizon.id !== "string" || horizon.id === "" || horizon.id === "final" || seen.has(horizon.id)) {
      throw new RangeError(`decomposeVision: horizon ids must be unique, non-empty and not "final", got ${JSON.stringify(horizon.id)}`);
    }
    seen.add(horizon.id);
  }
  return { hoursPerWeek, ratios, horizons: horizons.sort((a, b) => a.months - b.months) };
}

/** `vision/invalid-dates` when a date is not a calendar date or the target is not after the start. */
export function checkDates(vision: VisionInput): Issue | undefined {
  const hint = "Write both dates as YYYY-MM-DD, the target after the start.";
  for (const field of ["startDate", "targetDate"] as const) {
    if (!isIsoDate(vision[field])) return createIssue("vision/invalid-dates", "error", ["vision", field], `${field} is not a calendar date written YYYY-MM-DD`, hint);
  }
  if (vision.targetDate <= vision.startDate) {
    return createIssue("vision/invalid-dates", "error", ["vision", "targetDate"], `targetDate ${vision.targetDate} is not after startDate ${vision.startDate}`, hint);
  }
  return undefined;
}

/**
 * Maps each id to its first capability. Later duplicates give `ref/duplicate-id`
 * (never placed); requirements naming no capability give `ref/unknown` (ignored).
 */
export function indexCapabilities(capabilities: readonly CapabilityInput[], issues: Issue[]): Map<string, number> {
  const firstIndex = new Map<string, number>();
  for (const [index, capability] of capabilities.entries()) {
    const first = firstIndex.get(capability.id);
    if (first === undefined) firstIndex.set(capability.id, index);
    else issues.push(createIssue("ref/duplicate-id", "error", ["vision", "capabilities", index, "id"], `"${capability.id}" is already the id of capabilities[${first}]`, "Give every capability its own id; this one is not placed."));
  }
  for (const [index, capability] of capabilities.entries()) {
    for (const [position, required] of (capability.requires ?? []).entries()) {
      if (!firstIndex.has(required)) {
        issues.push(createIssue("ref/unknown", "warning", ["vision", "capabilities", index, "requires", position], `requires "${required}", which is no capability of the vision`, "Fix the id or add the capability; the requirement is ignored."));
      }
    }
  }
  return firstIndex;
}
