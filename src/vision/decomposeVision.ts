import { requireVisionText } from "../_lib/args.ts";
import { sortIssues } from "../_lib/issues.ts";
import { cycleIssue } from "../rules/references.ts";
import type { IsoDate, Issue, Milestone, Ratios, VisionInput } from "../model/index.ts";
import { visionDates } from "../_lib/visionDates.ts";
import { checkDecomposeOptions, indexCapabilities } from "./decomposeChecks.ts";
import { toMilestone } from "./milestoneSlot.ts";
import { scheduleCapabilities } from "./scheduleCapabilities.ts";
import { buildSlots, placeOnSlots } from "./placeOnSlots.ts";

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
 * When one capability is scheduled by {@link decomposeVision}: the milestone it
 * is placed on, the day its prerequisites are ready (its goal starts then) and
 * the day it is ready at the vision's pace.
 *
 * @example
 * ```ts
 * const vision = { id: "v", statement: "Lead a platform team", startDate: "2026-01-05", targetDate: "2028-01-05", capabilities: [{ id: "system-design", name: "System design", effortHours: 60 }] };
 * const [entry]: CapabilitySchedule[] = decomposeVision(vision, { hoursPerWeek: 6 }).schedule;
 * entry; //=> { capabilityId: "system-design", milestoneId: "m-6m", startDate: "2026-01-05", readyDate: "2026-04-15" }
 * ```
 *
 * @category Vision
 */
export interface CapabilitySchedule {
  capabilityId: string;
  milestoneId: string;
  /** Its prerequisites are scheduled to be ready (the start date when it has none). */
  startDate: IsoDate;
  /** It is scheduled to be ready, its bucket's hours worked in turn from the start date. */
  readyDate: IsoDate;
}

/**
 * What {@link decomposeVision} returns.
 *
 * @example
 * ```ts
 * const vision = { id: "v", statement: "Lead a platform team", startDate: "2026-01-05", targetDate: "2027-01-05" };
 * const result: DecomposeVisionResult = decomposeVision(vision, { hoursPerWeek: 6 });
 * result.milestones.map((milestone) => milestone.id); //=> ["m-6m", "m-final"]
 * ```
 *
 * @category Vision
 */
export interface DecomposeVisionResult {
  /** The kept horizons, the dates capabilities are pinned to, then the final milestone at `targetDate`, in date order. */
  milestones: Milestone[];
  /** Each placed capability's milestone, start and ready dates, in the vision's order. */
  schedule: CapabilitySchedule[];
  /** `vision/invalid-dates`, `vision/not-achievable`, `milestone/empty`, `graph/cycle`, `ref/duplicate-id`, `ref/unknown`. */
  issues: Issue[];
}

/**
 * Back-calculates milestones from a vision: one per horizon that falls before
 * `targetDate` (counted from `startDate`), one at the `by` date of a
 * capability no other milestone can hold in time (an intermediate
 * destination such as "Land a PM role" is pinned this way), and a final one at
 * `targetDate`. Titles name outcomes ("System design practice in place; 3
 * competitive analysis reports"), not horizons.
 *
 * Each bucket's hours (hoursPerWeek × ratio) are worked in turn: a capability
 * begins once its bucket is free and its `requires` are ready, and is ready
 * effort ÷ pace later. Capabilities needed by a date (their own `by`, or that
 * of a capability needing them) go first, then dependency order, then input
 * order. Each is placed on the earliest milestone due on or after the day it
 * is ready.
 *
 * Issues: `vision/not-achievable` (error) for a capability not ready by the
 * target date or by its `by` (naming it, the date and the hours missing);
 * `milestone/empty` for a milestone that holds no capability, saying why
 * (warning: the capability under way needs more time at this pace; info:
 * everything is ready earlier); `graph/cycle`, `ref/duplicate-id`,
 * `ref/unknown` and `vision/invalid-dates` as their names say.
 *
 * @param vision - The vision with its capabilities.
 * @param options - Weekly hours, ratios and horizons.
 * @returns The milestones, the schedule of each capability and the issues.
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
 * milestones.map((milestone) => [milestone.id, milestone.title]);
 * //=> [["m-6m", "System design practice in place"], ["m-1y", "Feature ownership practice in place"],
 * //    ["m-3y", "Check-in on the way to the vision"], ["m-final", "Vision: Become a senior software engineer in 5 years"]]
 * ```
 *
 * @category Vision
 */
export function decomposeVision(vision: VisionInput, options: DecomposeVisionOptions): DecomposeVisionResult {
  requireVisionText("decomposeVision", vision);
  const { hoursPerWeek, ratios, horizons } = checkDecomposeOptions(options);
  const { start, target, issues: dateIssues } = visionDates(vision);
  if (start === undefined || target === undefined) return { milestones: [], schedule: [], issues: dateIssues };

  const capabilities = vision.capabilities ?? [];
  const issues: Issue[] = [];
  const firstIndex = indexCapabilities(capabilities, issues);
  const timings = scheduleCapabilities(capabilities, firstIndex, start, target, hoursPerWeek, ratios);
  const slots = buildSlots(horizons, capabilities, timings.timings, start, target);
  const schedule = placeOnSlots(capabilities, timings, slots, { start, target, hoursPerWeek, ratios }, issues);

  const ids = capabilities.map((capability) => capability.id);
  for (const cycle of timings.cycles) issues.push(cycleIssue(["vision", "capabilities"], ids, cycle));
  const destination = vision.targetRole;
  return { milestones: slots.map((slot) => toMilestone(slot, vision.statement, destination)), schedule, issues: sortIssues(issues) };
}
