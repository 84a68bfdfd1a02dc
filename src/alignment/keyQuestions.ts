import { assertIsoDate } from "../_lib/dates.ts";
import { DEFAULT_RATIOS } from "../_lib/defaults.ts";
import type { GoalInput, MilestoneInput, PlanInput } from "../model/index.ts";
import { horizonMonths } from "./internal/horizon.ts";
import { activeGoalsInDueOrder, coreCapabilityNames, listTitles } from "./internal/questionParts.ts";

/** The horizon the seeds' checklist asks about first: "my 3-year milestone". */
const ANCHOR_MONTHS = 36;
/** Goals named in the keep / tweak / replace and past-due questions before "and N more". */
const GOALS_LISTED = 5;
/** Goals due by the next milestone that get a question of their own. */
const GOALS_ASKED = 10;

/**
 * Writes the review checklist of the seeds, filled in with this plan.
 *
 * In order: whether current work moves toward the next 3-year milestone (or
 * the next milestone, or the vision) and whether there is a better path;
 * what to do with active goals already past due; one question per active
 * goal due from `asOf` to the next milestone (10 at most, then one for the
 * rest); whether short-term
 * results drive progress toward that milestone; whether the effort follows
 * the plan's ratios; whether short-term pressure conflicts with the core
 * capabilities being built; which goals to keep, tweak or replace; and
 * whether a shift in the industry changed the path to the vision. Milestones
 * already due (before `asOf`) are left out. Deterministic; an empty plan
 * gets the questions about its vision.
 *
 * @param plan - The plan to review; never modified.
 * @param asOf - The review date (`YYYY-MM-DD`).
 * @returns The questions, in checklist order.
 * @throws {RangeError} `asOf` is not a `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * import { keyQuestions, type PlanInput } from "careerplan";
 *
 * const plan: PlanInput = {
 *   vision: { id: "v", statement: "Become a senior software engineer in 5 years", startDate: "2026-01-05", targetDate: "2030-12-31", industry: "software" },
 *   milestones: [{ id: "m-3y", title: "Mentor a junior engineer", dueDate: "2029-01-05", horizon: "3y" }],
 * };
 * keyQuestions(plan, "2026-11-22")[0];
 * //=> "Is my current work bringing me closer to 'Mentor a junior engineer' (due 2029-01-05)? Is there a better path?"
 * keyQuestions(plan, "2026-11-22").at(-1);
 * //=> "Has a shift in software changed the path to 'Become a senior software engineer in 5 years'?"
 * ```
 *
 * @category Alignment
 */
export function keyQuestions(plan: PlanInput, asOf: string): string[] {
  assertIsoDate(asOf, "keyQuestions: asOf");
  const vision = plan.vision;
  const upcoming = upcomingMilestones(plan.milestones ?? [], asOf);
  const next = upcoming[0];
  const anchor = upcoming.find((milestone) => horizonMonths(milestone.horizon) === ANCHOR_MONTHS) ?? next;
  const visionTarget = `'${vision.statement}' (by ${vision.targetDate})`;
  const nextTarget = next ? `'${next.title}' (due ${next.dueDate})` : visionTarget;

  const questions = [`Is my current work bringing me closer to ${anchor ? `'${anchor.title}' (due ${anchor.dueDate})` : visionTarget}? Is there a better path?`];
  const goals = activeGoalsInDueOrder(plan.goals ?? []);
  const milestoneTitles = new Map<string, string>();
  for (const milestone of plan.milestones ?? []) if (!milestoneTitles.has(milestone.id)) milestoneTitles.set(milestone.id, milestone.title);
  const cutoff = next?.dueDate ?? vision.targetDate;
  const pastDue = goals.filter((goal) => goal.dueDate !== undefined && goal.dueDate < asOf);
  if (pastDue.length > 0) questions.push(`Should I finish, reschedule or replace the goals already past due: ${listTitles(pastDue, GOALS_LISTED)}?`);
  const dueSoon = goals.filter((goal) => goal.dueDate !== undefined && goal.dueDate >= asOf && goal.dueDate <= cutoff);
  for (const goal of dueSoon.slice(0, GOALS_ASKED)) questions.push(goalQuestion(goal, milestoneTitles));
  if (dueSoon.length > GOALS_ASKED) questions.push(`Are the other ${dueSoon.length - GOALS_ASKED} goals due by ${cutoff} on track?`);
  questions.push(`Do my short-term results drive progress toward ${nextTarget}?`);
  const ratios = plan.ratios ?? DEFAULT_RATIOS;
  questions.push(
    `Am I still giving about ${percent(ratios.core)}% of my effort to core work, ${percent(ratios.auxiliary)}% to auxiliary skills and ${percent(ratios.exploratory)}% to exploring?`,
  );
  questions.push(`Does short-term performance pressure conflict with building ${coreCapabilityNames(plan, anchor)}?`);
  questions.push(
    goals.length > 0
      ? `Which goals should I keep, tweak or replace: ${listTitles(goals, GOALS_LISTED)}?`
      : `Which short-term goals would move me toward ${nextTarget}?`,
  );
  questions.push(`Has a shift in ${vision.industry?.trim() || "my field"} changed the path to '${vision.statement}'?`);
  return questions;
}

function upcomingMilestones(milestones: readonly MilestoneInput[], asOf: string): MilestoneInput[] {
  return milestones
    .map((milestone, at) => ({ milestone, at }))
    .filter(({ milestone }) => milestone.dueDate >= asOf)
    .sort((a, b) => (a.milestone.dueDate < b.milestone.dueDate ? -1 : a.milestone.dueDate > b.milestone.dueDate ? 1 : a.at - b.at))
    .map(({ milestone }) => milestone);
}

function goalQuestion(goal: GoalInput, milestoneTitles: ReadonlyMap<string, string>): string {
  const milestone = goal.milestoneId === undefined ? undefined : milestoneTitles.get(goal.milestoneId);
  if (milestone !== undefined) return `Is '${goal.title}' (due ${goal.dueDate}) on track, and does it still serve '${milestone}'?`;
  if (goal.bucket === "exploratory") return `What has '${goal.title}' (due ${goal.dueDate}) taught me so far, and is it worth more time?`;
  return `Is '${goal.title}' (due ${goal.dueDate}) on track, and which milestone does it serve?`;
}

function percent(ratio: number): number {
  return Math.round(ratio * 1000) / 10;
}
