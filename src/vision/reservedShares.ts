// Private: createPlan's auxiliary and exploratory drafts and their hours. The
// plan is cut into windows — the first quarter (from asOf) as one, then each
// stretch up to a milestone — and in each, the reserved buckets get hours in
// step with the core work planned there (a goal's effort spread evenly over its
// days, as checkAlignment's planned mix reads it): auxiliary ratio ÷ core ratio
// of it, less what auxiliary capabilities already plan, never beyond the
// bucket's own hours. Each window gets one draft per reserved bucket, linked
// to the milestone it leads to, so every milestone has work toward it.
import { addMonths, daysBetween, toDayNumber } from "../_lib/dates.ts";
import { bucketCapacityHours } from "../rules/defaults.ts";
import { proRate } from "../rules/proRate.ts";
import type { Goal, IsoDate, Milestone, Ratios, VisionInput } from "../model/index.ts";
import { deadlineWords } from "./deadlineWords.ts";
import { freeId } from "./freeId.ts";
import { auxiliaryWording, exploratoryWording } from "./reservedDrafts.ts";

/** The dates and capacity the shares are sized against. */
export interface ShareContext {
  planStart: IsoDate;
  asOf: IsoDate;
  target: IsoDate;
  hoursPerWeek: number;
  ratios: Readonly<Ratios>;
  /** Goal ids in use; the new ones are added. */
  taken: Set<string>;
}

/** The reserved drafts. */
export interface ReservedShares {
  drafts: { goal: Goal; label: string }[];
}

interface Window {
  from: IsoDate;
  to: IsoDate;
  milestone: Milestone;
  /** The first-quarter windows form one sizing unit. */
  unit: number;
  label: string;
}

/** The reserved drafts, each with a short label for its tasks. */
export function sizeReservedShares(vision: VisionInput, milestones: readonly Milestone[], capabilityGoals: readonly Goal[], context: ShareContext): ReservedShares {
  const { planStart, asOf, target, hoursPerWeek, ratios, taken } = context;
  const firstQuarterEnd = addMonths(asOf, 3);
  // The first quarter is weighed as checkAlignment weighs it, from asOf, even when the vision starts a little later.
  const windows = windowsOf(milestones, planStart < firstQuarterEnd ? asOf : planStart, planStart, firstQuarterEnd, target);
  const units = new Map<number, { from: IsoDate; to: IsoDate }>();
  for (const window of windows) {
    const unit = units.get(window.unit);
    units.set(window.unit, { from: unit?.from ?? window.from, to: window.to });
  }

  // Hours per unit: reserved = ratio share of the core work planned there (at most core's own hours), less what is planned already.
  const reserved = new Map<number, { auxiliary: number; exploratory: number }>();
  for (const [unit, { from, to }] of units) {
    const planned = { core: 0, auxiliary: 0, exploratory: 0 };
    for (const goal of capabilityGoals) {
      if (!(goal.effortHours! > 0)) continue;
      planned[goal.bucket ?? "core"] += proRate(goal.effortHours!, toDayNumber(goal.startDate!), toDayNumber(goal.dueDate!), toDayNumber(from), toDayNumber(to));
    }
    const days = daysBetween(from, to);
    const core = Math.min(planned.core, bucketCapacityHours(hoursPerWeek, ratios.core, days));
    const per = ratios.core > 0 ? core / ratios.core : 0;
    const hours = { auxiliary: Math.max(0, per * ratios.auxiliary - planned.auxiliary), exploratory: Math.max(0, per * ratios.exploratory - planned.exploratory) };
    reserved.set(unit, hours);
  }

  // Room per window: its bucket's hours less what capabilities plan there, less what earlier windows
  // overspent (capability work spread over its days can run ahead of the hours). A unit's hours go to its
  // windows in proportion to their room, and never beyond it: the goals then fit together, too.
  const room = { auxiliary: roomOf("auxiliary"), exploratory: roomOf("exploratory") };
  function roomOf(bucket: "auxiliary" | "exploratory"): number[] {
    let overspent = 0;
    return windows.map((window) => {
      let planned = 0;
      for (const goal of capabilityGoals) {
        if (goal.effortHours! > 0 && (goal.bucket ?? "core") === bucket) planned += proRate(goal.effortHours!, toDayNumber(goal.startDate!), toDayNumber(goal.dueDate!), toDayNumber(window.from), toDayNumber(window.to));
      }
      const slack = bucketCapacityHours(hoursPerWeek, ratios[bucket], daysBetween(window.from, window.to)) - planned - overspent;
      overspent = Math.max(0, -slack);
      return Math.max(0, slack);
    });
  }
  const roomShare = (at: number, bucket: "auxiliary" | "exploratory"): number => {
    let total = 0;
    windows.forEach((sibling, index) => (total += sibling.unit === windows[at]!.unit ? room[bucket][index]! : 0));
    return total > 0 ? room[bucket][at]! / total : 0;
  };
  const drafts: { goal: Goal; label: string }[] = [];
  windows.forEach((window, index) => {
    const unit = units.get(window.unit)!;
    const share = { auxiliary: roomShare(index, "auxiliary"), exploratory: roomShare(index, "exploratory") };
    const hours = reserved.get(window.unit)!;
    const months = Math.max(1, Math.round(daysBetween(window.from, window.to) / 30.4));
    const auxiliary = roundDown(Math.min(hours.auxiliary * share.auxiliary, room.auxiliary[index]!));
    const exploratory = roundDown(Math.min(hours.exploratory * share.exploratory, room.exploratory[index]!));
    // A draft with no hours reserved only earns its place as the milestone's one piece of work.
    const supported = capabilityGoals.some((goal) => goal.milestoneId === window.milestone.id);
    if (auxiliary > 0 || !supported) drafts.push(draft("aux", "auxiliary", auxiliaryWording(vision, auxiliary, months), auxiliary, window, taken));
    if (exploratory > 0 || !supported) drafts.push(draft("explore", "exploratory", exploratoryWording(vision, exploratory, months, index), exploratory, window, taken));
  });
  return { drafts };
}

function draft(prefix: string, bucket: "auxiliary" | "exploratory", wording: ReturnType<typeof auxiliaryWording>, hours: number, window: Window, taken: Set<string>): { goal: Goal; label: string } {
  const goal: Goal = {
    id: freeId(`g-${prefix}-${window.label}`, undefined, taken),
    title: `${wording.statement} ${deadlineWords(window.to)}`,
    milestoneId: window.milestone.id,
    bucket,
    startDate: window.from,
    dueDate: window.to,
    metric: wording.metric,
  };
  if (hours > 0) goal.effortHours = hours;
  return { goal, label: wording.label };
}

// Windows from the plan's start: cut at the end of the first quarter and at every milestone.
function windowsOf(milestones: readonly Milestone[], first: IsoDate, planStart: IsoDate, firstQuarterEnd: IsoDate, target: IsoDate): Window[] {
  const ends = new Set<string>(milestones.map((milestone) => milestone.dueDate).filter((date) => date > planStart));
  if (firstQuarterEnd > planStart && firstQuarterEnd < target) ends.add(firstQuarterEnd);
  const sorted = [...ends].sort() as IsoDate[];
  const windows: Window[] = [];
  let from = first;
  for (const to of sorted) {
    const milestone = milestones.find((candidate) => candidate.dueDate >= to)!;
    const unit = to <= firstQuarterEnd ? 0 : windows.length + 1;
    const label = to === firstQuarterEnd && milestone.dueDate !== to ? "first-quarter" : milestone.id.replace(/^m-/, "");
    windows.push({ from, to, milestone, unit, label });
    from = to;
  }
  return windows;
}

// Whole half-hours above 10 h, tenths above 1 h, else to the 1/10,000 h: never more than the share allows.
function roundDown(hours: number): number {
  const step = hours >= 10 ? 0.5 : hours >= 1 ? 0.1 : 0.0001;
  return Math.round(Math.floor(hours / step) * step * 10_000) / 10_000;
}
