// Private: the plan as both pictures see it (the Mermaid gantt and the SVG
// roadmap), so the two always show the same goals, statuses and dates.
import { requirePlan } from "../../_lib/args.ts";
import { addMonths, assertIsoDate, isIsoDate } from "../../_lib/dates.ts";
import { goalStatus } from "../../rules/defaults.ts";
import { horizonLabel } from "../../_lib/horizon.ts";
import { firstById } from "../../_lib/ids.ts";
import { byDueDate } from "../../_lib/order.ts";
import { goalClassifier } from "../../rules/bucket.ts";
import type { Bucket, IsoDate, PlanInput } from "../../model/index.ts";
import { measureProgress, type ProgressStatus } from "../../progress/index.ts";
import { type ReviewEvent, scheduleReviews } from "../../review/index.ts";

/** A goal as a bar: its lane, its status on `asOf` and its dates (start never after due). */
export interface RoadmapGoal {
  id: string;
  title: string;
  bucket: Bucket;
  status: ProgressStatus;
  /** Not done and behind: off-track, or still open after its due date. */
  critical: boolean;
  startDate: IsoDate;
  dueDate: IsoDate;
  /** The milestone it supports, when the plan has one with that id. */
  milestoneId?: string;
}

/** A milestone as a marker: its title, horizon label ("1-year") and due date. */
export interface RoadmapMilestone {
  id: string;
  title: string;
  horizon?: string;
  dueDate: IsoDate;
  status: ProgressStatus;
}

/** What both pictures draw, in drawing order: milestones and goals by due date. */
export interface Roadmap {
  title: string;
  startDate: IsoDate;
  targetDate: IsoDate;
  asOf: IsoDate;
  milestones: RoadmapMilestone[];
  goals: RoadmapGoal[];
  /** The default review cadence from the vision's start to its target. */
  reviews: ReviewEvent[];
}

/** Reads a plan into a {@link Roadmap}, throwing the documented errors under the caller's name. */
export function readRoadmap(where: string, plan: Readonly<PlanInput>, asOf: unknown): Roadmap {
  requirePlan(where, plan);
  assertIsoDate(asOf, `${where}: asOf`);
  const { vision } = plan;
  assertIsoDate(vision.startDate, `${where}: plan.vision.startDate`);
  assertIsoDate(vision.targetDate, `${where}: plan.vision.targetDate`);
  const progress = measureProgress(plan, { asOf });
  const goalById = firstById(plan.goals ?? [], (goal) => goal);
  const planMilestones = plan.milestones ?? [];
  const milestoneIds = firstById(planMilestones, () => true);
  const classify = goalClassifier(vision);
  const goals = progress.goals.map((row): RoadmapGoal => {
    const goal = goalById.get(row.id)!;
    // An unknown bucket name is checkAlignment's to report; the rule classifies such a goal by its capabilities.
    const bucket = classify(goal);
    const open = goalStatus(goal) !== "done" && row.status !== "done";
    const item: RoadmapGoal = {
      id: row.id,
      title: textOr(goal.title, row.id),
      bucket,
      status: row.status,
      critical: open && (row.status === "off-track" || row.dueDate < asOf),
      startDate: row.startDate < row.dueDate ? row.startDate : row.dueDate,
      dueDate: row.dueDate,
    };
    if (goal.milestoneId !== undefined && milestoneIds.has(goal.milestoneId)) item.milestoneId = goal.milestoneId;
    return item;
  });
  const milestones = planMilestones.map((milestone, index): RoadmapMilestone => {
    const item: RoadmapMilestone = { id: milestone.id, title: textOr(milestone.title, milestone.id), dueDate: progress.milestones[index]!.dueDate, status: progress.milestones[index]!.status };
    const horizon = horizonLabel(milestone.horizon);
    if (horizon !== undefined) item.horizon = horizon;
    return item;
  });
  return {
    title: vision.statement?.trim() || vision.targetRole?.trim() || "Career plan",
    startDate: vision.startDate,
    targetDate: vision.targetDate,
    asOf,
    milestones: milestones.sort(byDueDate),
    goals: goals.sort(byDueDate),
    reviews: scheduleReviews({ start: vision.startDate, until: vision.targetDate }),
  };
}

/** `text` when it has something to show, else `fallback` (an id): a blank title would leave an empty label. */
function textOr(text: unknown, fallback: string): string {
  return typeof text === "string" && text.trim() !== "" ? text : fallback;
}

/** The reviews from `asOf` through the next twelve months: the ones a person plans around now. */
export function upcomingReviews(roadmap: Roadmap): ReviewEvent[] {
  const until = addMonths(roadmap.asOf, 12);
  const last = isIsoDate(until) ? until : "9999-12-31";
  return roadmap.reviews.filter((event) => event.date >= roadmap.asOf && event.date <= last);
}
