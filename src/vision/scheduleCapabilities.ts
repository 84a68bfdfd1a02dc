// Private: when each capability can be ready. Each bucket is worked like one
// queue at its own pace (hoursPerWeek × ratio): a capability begins once its
// bucket is free and its prerequisites are ready, and takes effort ÷ pace.
// Capabilities needed by a date (`by`, or needed by a later capability that
// has one) go first; then dependency order, then input order.
import { isIsoDate, daysBetween } from "../_lib/dates.ts";
import { dependencyOrder } from "../_lib/graph.ts";
import type { CapabilityInput, IsoDate, Ratios } from "../model/index.ts";

/** When one capability is worked on, in days (fractional) from the start date. */
export interface Timing {
  /** Its prerequisites are ready (0 without any). */
  ready: number;
  /** Work on it begins: its bucket is free and it is ready. */
  begin: number;
  /** It is done. */
  finish: number;
  /** Days from the start to its `by`, when it has one. */
  by: number | undefined;
}

/** What {@link scheduleCapabilities} found. */
export interface CapabilityTimings {
  /** Per capability index; `undefined` when it cannot be ready by the target (or sits on a loop, or repeats an id). */
  timings: (Timing | undefined)[];
  /** Why a capability is not scheduled: its missing hours, or the prerequisite that is not. */
  unplaced: { index: number; blockedBy?: number; shortHours: number; leftHours: number }[];
  /** Requires loops, as capability indices. */
  cycles: number[][];
}

/** Hours per day of a bucket. */
export function paceOf(hoursPerWeek: number, ratio: number): number {
  return (hoursPerWeek * ratio) / 7;
}

/** Schedules the capabilities from `start` to `target`; `firstIndex` maps each id to its first capability. */
export function scheduleCapabilities(
  capabilities: readonly CapabilityInput[],
  firstIndex: ReadonlyMap<string, number>,
  start: IsoDate,
  target: IsoDate,
  hoursPerWeek: number,
  ratios: Readonly<Ratios>,
): CapabilityTimings {
  const ids = capabilities.map((capability) => capability.id);
  const requiresOf = (index: number): readonly string[] | undefined => capabilities[index]!.requires;
  const first = dependencyOrder(ids, requiresOf);
  const targetDay = daysBetween(start, target);
  const byDay = capabilities.map(({ by }) => (isIsoDate(by) ? daysBetween(start, by) : undefined));

  // A prerequisite is needed by the earliest date any capability that needs it is.
  const neededBy = byDay.map((day) => day ?? Infinity);
  for (let step = first.order.length - 1; step >= 0; step--) {
    const index = first.order[step]!;
    for (const id of capabilities[index]!.requires ?? []) {
      const prerequisite = firstIndex.get(id);
      if (prerequisite !== undefined) neededBy[prerequisite] = Math.min(neededBy[prerequisite]!, neededBy[index]!);
    }
  }
  // Renumbered by need, then input order: the dependency order's ties then go to the most urgent.
  // Without any need-by date that is the first order already.
  const rank = ids.map((_, index) => index).sort((a, b) => neededBy[a]! - neededBy[b]! || a - b);
  const order = byDay.every((day) => day === undefined)
    ? first.order
    : dependencyOrder(
        rank.map((index) => ids[index]!),
        (position) => requiresOf(rank[position]!),
      ).order.map((position) => rank[position]!);

  const free = { core: 0, auxiliary: 0 };
  const timings: (Timing | undefined)[] = capabilities.map(() => undefined);
  const unplaced: CapabilityTimings["unplaced"] = [];
  for (const index of order) {
    if (firstIndex.get(ids[index]!) !== index) continue;
    const capability = capabilities[index]!;
    const bucket = capability.kind ?? "core";
    const pace = paceOf(hoursPerWeek, ratios[bucket]);
    const effort = effortOf(capability);
    let ready = 0;
    let blockedBy: number | undefined;
    for (const id of capability.requires ?? []) {
      const prerequisite = firstIndex.get(id);
      if (prerequisite === undefined) continue;
      const timing = timings[prerequisite];
      if (timing === undefined) blockedBy = prerequisite;
      else ready = Math.max(ready, timing.finish);
    }
    const begin = Math.max(free[bucket], ready);
    const leftHours = Math.max(0, (targetDay - begin) * pace);
    if (blockedBy !== undefined) {
      unplaced.push({ index, blockedBy, shortHours: effort, leftHours });
      continue;
    }
    const finish = effort === 0 ? begin : pace > 0 ? begin + effort / pace : Infinity;
    if (finish > targetDay + 1e-9) {
      unplaced.push({ index, shortHours: effort - leftHours, leftHours });
      continue;
    }
    free[bucket] = finish;
    timings[index] = { ready, begin, finish, by: byDay[index] };
  }
  return { timings, unplaced, cycles: first.cycles };
}

/** A capability's effort in hours; missing, negative or not finite counts as 0. */
export function effortOf(capability: CapabilityInput): number {
  const effort = capability.effortHours ?? 0;
  return Number.isFinite(effort) && effort > 0 ? effort : 0;
}

/** The whole day a fractional day count falls on, rounded up (float noise ignored). */
export function wholeDay(days: number): number {
  return Math.ceil(days - 1e-9);
}
