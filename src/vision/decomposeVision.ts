import { addMonths, daysBetween } from "../_lib/dates.ts";
import { bucketCapacityHours } from "../rules/defaults.ts";
import { dependencyOrder } from "../_lib/graph.ts";
import { createIssue, sortIssues } from "../_lib/issues.ts";
import { cycleIssue } from "../rules/references.ts";
import type { CapabilityInput, IsoDate, Issue, Milestone, Ratios, VisionInput } from "../model/index.ts";
import { visionDates } from "../_lib/visionDates.ts";
import { checkDecomposeOptions, indexCapabilities } from "./decomposeChecks.ts";
import { toMilestone, type Slot } from "./milestoneSlot.ts";

/**
 * A checkpoint of {@link decomposeVision}, counted in whole months from the
 * vision's `startDate`; its milestone gets the id `m-<id>`.
 *
 * @example
 * ```ts
 * const twoYears: VisionHorizon = { id: "2y", months: 24 };
 * ```
 *
 * @category Vision
 */
export interface VisionHorizon {
  /** Short label, unique, not `final` (e.g. `"6m"`, `"2y"`). */
  id: string;
  /** Whole months from the start date (a positive integer). */
  months: number;
}

/**
 * Options of {@link decomposeVision}.
 *
 * @example
 * ```ts
 * const options: DecomposeVisionOptions = { hoursPerWeek: 6, horizons: [{ id: "6m", months: 6 }, { id: "2y", months: 24 }] };
 * ```
 *
 * @category Vision
 */
export interface DecomposeVisionOptions {
  /** Hours per week for career work (0 to 168). */
  hoursPerWeek: number;
  /** Share of the hours per bucket; default 70/20/10. A capability uses the bucket of its `kind`. */
  ratios?: Ratios;
  /** Checkpoints counted in whole months from `startDate`; default 6m, 1y (12) and 3y (36). */
  horizons?: readonly VisionHorizon[];
}

/**
 * What {@link decomposeVision} returns.
 *
 * @example
 * ```ts
 * const vision = { id: "v", statement: "Lead a platform team", startDate: "2026-01-05", targetDate: "2027-01-05" };
 * const result: DecomposeVisionResult = decomposeVision(vision, { hoursPerWeek: 6 });
 * result.milestones.map((milestone) => milestone.id); //=> ["m-6m", "m-final"]
 * result.issues; //=> []
 * ```
 *
 * @category Vision
 */
export interface DecomposeVisionResult {
  /** The kept horizons then the final milestone at `targetDate`, in date order. */
  milestones: Milestone[];
  /** `vision/invalid-dates`, `vision/not-achievable`, `graph/cycle`, `ref/duplicate-id`, `ref/unknown`. */
  issues: Issue[];
}

/**
 * Back-calculates milestones from a vision: one per horizon that falls before
 * `targetDate` (counted from `startDate`) and a final one at `targetDate`.
 *
 * Capabilities are taken in dependency order, then input order. Each goes to the
 * earliest milestone where all its `requires` sit at the same or an earlier
 * milestone and the hours of its bucket (its `kind`, default core) from
 * `startDate` to that milestone — hoursPerWeek × ratio × days / 7 — cover the
 * effort of that bucket's capabilities placed so far, its own included.
 *
 * @param vision - The vision with its capabilities.
 * @param options - Weekly hours, ratios and horizons.
 * @returns The milestones (ids `m-<horizon>` and `m-final`) and the issues.
 * @throws {RangeError} `hoursPerWeek` is not a number from 0 to 168, the ratios are
 *   not finite and ≥ 0 or do not sum to 1, or a horizon has months that are not
 *   a positive integer, an empty, duplicate or reserved (`final`) id.
 *
 * @example
 * ```ts
 * const { milestones } = decomposeVision(
 *   {
 *     id: "senior-engineer",
 *     statement: "Become a senior software engineer in 5 years",
 *     startDate: "2026-01-05",
 *     targetDate: "2030-12-31",
 *     capabilities: [
 *       { id: "system-design", name: "System design", effortHours: 60 },
 *       { id: "feature-ownership", name: "Feature ownership", effortHours: 120, requires: ["system-design"] },
 *     ],
 *   },
 *   { hoursPerWeek: 6 },
 * );
 * milestones.map((milestone) => [milestone.id, milestone.dueDate, milestone.capabilityIds]);
 * //=> [["m-6m", "2026-07-05", ["system-design"]], ["m-1y", "2027-01-05", ["feature-ownership"]],
 * //    ["m-3y", "2029-01-05", []], ["m-final", "2030-12-31", []]]
 * ```
 *
 * @category Vision
 */
export function decomposeVision(vision: VisionInput, options: DecomposeVisionOptions): DecomposeVisionResult {
  const { hoursPerWeek, ratios, horizons } = checkDecomposeOptions(options);
  const { start, target, issues: dateIssues } = visionDates(vision);
  if (start === undefined || target === undefined) return { milestones: [], issues: dateIssues };

  const slots: Slot[] = [];
  for (const { id, months } of horizons) {
    const dueDate = addMonths(start, months);
    if (dueDate < target) slots.push({ horizon: id, months, dueDate, placed: [] });
  }
  slots.push({ horizon: "final", months: 0, dueDate: target, placed: [] });
  const days = slots.map((slot) => daysBetween(start, slot.dueDate));
  const capacity = (slot: number, bucket: "core" | "auxiliary"): number => bucketCapacityHours(hoursPerWeek, ratios[bucket], days[slot]!);

  const capabilities = vision.capabilities ?? [];
  const issues: Issue[] = [];
  const ids = capabilities.map((capability) => capability.id);
  const firstIndex = indexCapabilities(capabilities, issues);
  const placedAt = new Int32Array(capabilities.length).fill(-1);
  const used = { core: 0, auxiliary: 0 };
  const graph = dependencyOrder(ids, (index) => capabilities[index]!.requires);
  const notAchievable = (index: number, message: string): number =>
    issues.push(createIssue("vision/not-achievable", "error", ["vision", "capabilities", index], message, "Add hours per week, move the target date, or cut the effort."));

  for (const index of graph.order) {
    if (firstIndex.get(ids[index]!) !== index) continue;
    const capability = capabilities[index]!;
    const bucket = capability.kind ?? "core";
    let earliest = 0;
    let missing: CapabilityInput | undefined;
    for (const required of capability.requires ?? []) {
      const prerequisite = firstIndex.get(required);
      if (prerequisite === undefined) continue;
      if (placedAt[prerequisite]! < 0) missing = capabilities[prerequisite];
      else earliest = Math.max(earliest, placedAt[prerequisite]!);
    }
    if (missing !== undefined) {
      notAchievable(index, `${capability.name} needs ${missing.name}, which does not fit before ${target}`);
      continue;
    }
    const effort = effortOf(capability);
    const needed = used[bucket] + effort;
    let slot = earliest;
    while (slot < slots.length && capacity(slot, bucket) < needed - 1e-9) slot++;
    if (slot === slots.length) {
      const byTarget = capacity(slot - 1, bucket);
      notAchievable(index, `${capability.name} needs ${hours(effort)} h of ${bucket} time, only ${hours(byTarget - used[bucket])} h are left by ${target} (${hours(needed - byTarget)} h short)`);
      continue;
    }
    used[bucket] = needed;
    placedAt[index] = slot;
    slots[slot]!.placed.push(capability);
  }

  for (const cycle of graph.cycles) {
    issues.push(cycleIssue(["vision", "capabilities"], ids, cycle));
  }
  return { milestones: slots.map((slot) => toMilestone(slot, vision.statement)), issues: sortIssues(issues) };
}

function effortOf(capability: CapabilityInput): number {
  const effort = capability.effortHours ?? 0;
  return Number.isFinite(effort) && effort > 0 ? effort : 0;
}

function hours(value: number): string {
  return String(Math.round(Math.max(0, value) * 10) / 10);
}
