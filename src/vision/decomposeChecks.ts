// Private checks behind decomposeVision: options (API misuse → RangeError) and
// capability ids (data problems → issues). The vision's dates are _lib/visionDates.ts'.
import { fail, requireNumber } from "../_lib/args.ts";
import { duplicateIdIssue, unknownIdIssue } from "../rules/references.ts";
import type { CapabilityInput, Issue, Ratios } from "../model/index.ts";
import { resolveRatios } from "../rules/ratios.ts";
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

/**
 * Maps each id to its first capability. Later duplicates give `ref/duplicate-id`
 * (never placed); requirements naming no capability give `ref/unknown` (ignored).
 */
export function indexCapabilities(capabilities: readonly CapabilityInput[], issues: Issue[]): Map<string, number> {
  const firstIndex = new Map<string, number>();
  capabilities.forEach(({ id }, index) => {
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else issues.push(duplicateIdIssue(["vision", "capabilities"], index, id, first));
  });
  capabilities.forEach((capability, index) =>
    (capability.requires ?? []).forEach((required, position) => {
      if (!firstIndex.has(required)) {
        issues.push(unknownIdIssue(["vision", "capabilities", index, "requires", position], required));
      }
    }),
  );
  return firstIndex;
}
