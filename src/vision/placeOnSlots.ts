// Private: decomposeVision's milestones — the kept horizons, a pinned date for
// each capability needed by a date no horizon meets, the final one — and the
// placing of each scheduled capability on the earliest one due once it is ready.
import { addDays, addMonths, dateParts, daysBetween } from "../_lib/dates.ts";
import { createIssue } from "../_lib/issues.ts";
import type { CapabilityInput, IsoDate, Issue, Ratios } from "../model/index.ts";
import type { CapabilitySchedule, VisionHorizon } from "./decomposeVision.ts";
import type { Slot } from "./milestoneSlot.ts";
import { effortOf, paceOf, wholeDay, type CapabilityTimings, type Timing } from "./scheduleCapabilities.ts";
import { firstIndexById } from "../_lib/ids.ts";
import { formatHours } from "../_lib/hours.ts";

/** The dates and pace the issues quote. */
export interface PaceContext {
  start: IsoDate;
  target: IsoDate;
  hoursPerWeek: number;
  ratios: Readonly<Ratios>;
}

// The last month an IsoDate can name: horizons beyond it are past any target.
const LAST_MONTH = 9999 * 12 + 11;
const NOT_ACHIEVABLE_HINT = "Add hours per week, move the date, or cut the effort.";

/** The kept horizons (due before the target), the pinned dates, and the final slot, in date order. */
export function buildSlots(horizons: readonly VisionHorizon[], capabilities: readonly CapabilityInput[], timings: readonly (Timing | undefined)[], start: IsoDate, target: IsoDate): Slot[] {
  const targetDay = daysBetween(start, target);
  const { year, month } = dateParts(start);
  const slots: Slot[] = [];
  for (const { id, months } of horizons) {
    if (year * 12 + month - 1 + months > LAST_MONTH) continue;
    const dueDate = addMonths(start, months);
    const dueDay = daysBetween(start, dueDate);
    if (dueDay < targetDay) slots.push({ id: `m-${id}`, horizon: id, dueDate, dueDay, final: false, placed: [] });
  }
  // Pins: a capability needed by a date, ready in time, with no milestone between the two days.
  const pinned = timings
    .map((timing, index) => ({ timing, index }))
    .filter((entry): entry is { timing: Timing & { by: number }; index: number } => entry.timing?.by !== undefined && entry.timing.by < targetDay)
    .sort((a, b) => a.timing.by - b.timing.by || a.index - b.index);
  const taken = new Set(slots.map((slot) => slot.id));
  for (const { timing, index } of pinned) {
    const readyDay = wholeDay(timing.finish);
    if (readyDay > timing.by || slots.some((slot) => slot.dueDay >= readyDay && slot.dueDay <= timing.by)) continue;
    let id = `m-${capabilities[index]!.id}`;
    for (let suffix = 2; taken.has(id); suffix++) id = `m-${capabilities[index]!.id}-${suffix}`;
    taken.add(id);
    const dueDate = addDays(start, timing.by);
    slots.push({ id, horizon: `${wholeMonths(start, dueDate)}m`, dueDate, dueDay: timing.by, final: false, placed: [] });
  }
  slots.sort((a, b) => a.dueDay - b.dueDay);
  slots.push({ id: "m-final", horizon: "final", dueDate: target, dueDay: targetDay, final: true, placed: [] });
  return slots;
}

/**
 * Places each scheduled capability on the earliest slot due once it is ready;
 * pushes `vision/not-achievable` for what is late or unplaced and
 * `milestone/empty` for slots left empty. Returns the schedule, in input order.
 */
export function placeOnSlots(capabilities: readonly CapabilityInput[], found: CapabilityTimings, slots: Slot[], pace: PaceContext, issues: Issue[]): CapabilitySchedule[] {
  const { start, target } = pace;
  const schedule: CapabilitySchedule[] = [];
  const order = firstIndexById(capabilities);
  const hoursPerWeekOf = (capability: CapabilityInput): number => Math.round(paceOf(pace.hoursPerWeek, pace.ratios[capability.kind ?? "core"]) * 70) / 10;
  // Placed in the order they are ready, so a milestone lists prerequisites first.
  const ready = found.timings.flatMap((timing, index) => (timing === undefined ? [] : [{ timing, index }])).sort((a, b) => a.timing.finish - b.timing.finish || a.index - b.index);
  for (const { timing, index } of ready) {
    const capability = capabilities[index]!;
    const readyDay = wholeDay(timing.finish);
    const slot = slots.find((candidate) => candidate.dueDay >= readyDay)!;
    slot.placed.push(capability);
    schedule.push({ capabilityId: capability.id, milestoneId: slot.id, startDate: addDays(start, Math.floor(timing.ready + 1e-9)), readyDate: addDays(start, readyDay) });
    if (timing.by !== undefined && readyDay > timing.by) {
      const pacePerDay = paceOf(pace.hoursPerWeek, pace.ratios[capability.kind ?? "core"]);
      const short = Math.min(effortOf(capability), (timing.finish - timing.by) * pacePerDay);
      const message = `${nameOf(capability)} is needed by ${capability.by}, but at ${hoursPerWeekOf(capability)} h/week of ${capability.kind ?? "core"} time it is ready ${addDays(start, readyDay)}: ${hours(short)} h missing`;
      issues.push(createIssue("vision/not-achievable", "error", ["vision", "capabilities", index, "by"], message, NOT_ACHIEVABLE_HINT));
    }
  }
  schedule.sort((a, b) => order.get(a.capabilityId)! - order.get(b.capabilityId)!);
  for (const { index, blockedBy, shortHours, leftHours } of found.unplaced) {
    const capability = capabilities[index]!;
    const message =
      blockedBy !== undefined
        ? `${nameOf(capability)} needs ${nameOf(capabilities[blockedBy]!)}, which does not fit before ${target}`
        : `${nameOf(capability)} needs ${hours(effortOf(capability))} h of ${capability.kind ?? "core"} time, only ${hours(leftHours)} h are left by ${target} (${hours(shortHours)} h missing)`;
    issues.push(createIssue("vision/not-achievable", "error", ["vision", "capabilities", index], message, NOT_ACHIEVABLE_HINT));
  }
  slots.forEach((slot, at) => {
    if (slot.placed.length > 0) return;
    emptyIssue(slot, at, capabilities, found, pace, hoursPerWeekOf, issues);
  });
  return schedule;
}

// Why a milestone holds nothing: the next capability to be ready is still under
// way (capacity) or waiting for its prerequisites; or everything is ready sooner.
function emptyIssue(slot: Slot, at: number, capabilities: readonly CapabilityInput[], { timings, unplaced }: CapabilityTimings, pace: PaceContext, hoursPerWeekOf: (capability: CapabilityInput) => number, issues: Issue[]): void {
  let next: number | undefined;
  timings.forEach((timing, index) => {
    if (timing !== undefined && wholeDay(timing.finish) > slot.dueDay && (next === undefined || timing.finish < timings[next]!.finish)) next = index;
  });
  const path = ["milestones", at];
  if (next === undefined) {
    if (unplaced.length > 0) {
      const first = capabilities[unplaced[0]!.index]!;
      issues.push(createIssue("milestone/empty", "warning", path, `nothing is ready by ${slot.dueDate}: ${nameOf(first)} does not fit by the target date at this pace`, "Add hours per week, move the target date, or cut the effort."));
      return;
    }
    if (slot.final) return; // the target itself: nothing left to build is the plan working
    const message = capabilities.length === 0 ? "no capability to place: the vision lists none" : "no capability is placed here: every one is ready at an earlier milestone";
    issues.push(createIssue("milestone/empty", "info", path, message, "Keep it as a check-in, or drop this horizon."));
    return;
  }
  const capability = capabilities[next]!;
  const timing = timings[next]!;
  const readyDate = addDays(pace.start, wholeDay(timing.finish));
  if (timing.begin < slot.dueDay) {
    slot.underWay = capability;
    const message = `nothing is ready by ${slot.dueDate}: ${nameOf(capability)} (${hours(effortOf(capability))} h) is under way and ready ${readyDate} at ${hoursPerWeekOf(capability)} h/week of ${capability.kind ?? "core"} time`;
    issues.push(createIssue("milestone/empty", "warning", path, message, "Add hours per week, split the capability into smaller ones, or move this horizon."));
  } else {
    const message = `nothing is ready by ${slot.dueDate}: ${nameOf(capability)} waits for its prerequisites until ${addDays(pace.start, wholeDay(timing.ready))} and is ready ${readyDate}`;
    issues.push(createIssue("milestone/empty", "warning", path, message, "Start its prerequisites sooner, give them more hours, or move this horizon."));
  }
}

function nameOf(capability: CapabilityInput): string {
  return capability.name.trim() || capability.id;
}

function hours(value: number): string {
  return formatHours(Math.max(0, value));
}

function wholeMonths(start: IsoDate, date: IsoDate): number {
  const from = dateParts(start);
  const to = dateParts(date);
  const months = (to.year - from.year) * 12 + to.month - from.month;
  return addMonths(start, months) > date ? months - 1 : months;
}
