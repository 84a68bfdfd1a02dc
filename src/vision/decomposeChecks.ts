// Private checks behind decomposeVision: options (API misuse → RangeError),
// dates and capability ids (data problems → issues). checkVisionClarity reuses
// checkDates for its "when".
import { fail, requireNumber } from "../_lib/args.ts";
import { isIsoDate } from "../_lib/dates.ts";
import { createIssue } from "../_lib/issues.ts";
import type { CapabilityInput, Issue, Ratios, VisionInput } from "../model/index.ts";
import { resolveRatios } from "../allocation/ratios.ts";
import type { DecomposeVisionOptions, VisionHorizon } from "./decomposeVision.ts";

const FN = "decomposeVision"; // named in every argument error

const DEFAULT_HORIZONS: readonly VisionHorizon[] = [
  { id: "6m", months: 6 },
  { id: "1y", months: 12 },
  { id: "3y", months: 36 },
];

/** Validated options with defaults filled in; horizons sorted by months. */
export function checkDecomposeOptions(options: DecomposeVisionOptions): { hoursPerWeek: number; ratios: Readonly<Ratios>; horizons: VisionHorizon[] } {
  // A week has 168 hours, the bound allocateEffort and the plan schema set too.
  const hoursPerWeek = requireNumber(FN, "hoursPerWeek", options.hoursPerWeek, 0, false, 168);
  const ratios = resolveRatios(FN, options.ratios);

  const horizons = [...(options.horizons ?? DEFAULT_HORIZONS)];
  const taken = new Set(["final"]); // the id of the last milestone
  horizons.forEach(({ id, months }, index) => {
    requireNumber(FN, `horizons[${index}].months`, months, 1, true);
    if (typeof id !== "string" || id === "" || taken.has(id)) fail(FN, `horizons[${index}].id`, 'unique, non-empty and not "final"', id);
    taken.add(id);
  });
  return { hoursPerWeek, ratios, horizons: horizons.sort((a, b) => a.months - b.months) };
}

/** `vision/invalid-dates` when a date is not a calendar date or the target is not after the start. */
export function checkDates(vision: VisionInput): Issue | undefined {
  const issue = (field: string, message: string): Issue =>
    createIssue("vision/invalid-dates", "error", ["vision", field], message, "Write both dates as YYYY-MM-DD, the target after the start.");
  for (const field of ["startDate", "targetDate"] as const) if (!isIsoDate(vision[field])) return issue(field, "not a calendar date written YYYY-MM-DD");
  return vision.targetDate > vision.startDate ? undefined : issue("targetDate", `${vision.targetDate} is not after the start date ${vision.startDate}`);
}

/**
 * Maps each id to its first capability. Later duplicates give `ref/duplicate-id`
 * (never placed); requirements naming no capability give `ref/unknown` (ignored).
 */
export function indexCapabilities(capabilities: readonly CapabilityInput[], issues: Issue[]): Map<string, number> {
  const firstIndex = new Map<string, number>();
  capabilities.forEach(({ id }, index) => {
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else issues.push(createIssue("ref/duplicate-id", "error", ["vision", "capabilities", index, "id"], `"${id}" is already the id of capabilities[${first}]`, "Give every capability its own id; this one is not placed."));
  });
  capabilities.forEach((capability, index) =>
    (capability.requires ?? []).forEach((required, position) => {
      if (!firstIndex.has(required)) {
        issues.push(createIssue("ref/unknown", "warning", ["vision", "capabilities", index, "requires", position], `unknown id "${required}"`, "Fix the id or add the capability; the requirement is ignored."));
      }
    }),
  );
  return firstIndex;
}
