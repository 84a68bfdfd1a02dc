import { assertIsoDate } from "../_lib/dates.ts";
import { requireObject } from "../_lib/args.ts";
import { goalStatus } from "../rules/defaults.ts";
import { indexPlan } from "../rules/planIndex.ts";
import { planRatios } from "../rules/ratios.ts";
import { horizonMonths } from "../_lib/horizon.ts";
import { byDueDate, dueDate } from "../_lib/order.ts";
import { percent } from "../_lib/percent.ts";
import { listWords } from "../_lib/wording.ts";
import type { CapabilityInput, GoalInput, PlanInput } from "../model/index.ts";

/** The horizon the seeds' checklist asks about first: "my 3-year milestone". */
const ANCHOR_MONTHS = 36;
/** Goals (past due, or due by the next milestone) that get a question of their own. */
const GOALS_ASKED = 10;
/** Capabilities named in the pressure question before "and N more". */
const CAPABILITIES_NAMED = 3;

/**
 * Options of {@link keyQuestions}.
 *
 * @category Alignment
 */
export interface KeyQuestionsOptions {
  /** The review date (`YYYY-MM-DD`): goals before it are past due, milestones before it are left out. */
  asOf: string;
}

/**
 * Writes the review checklist of the seeds, filled in with this plan.
 *
 * In order: whether current work moves toward the next 3-year milestone (or
 * the next milestone, or the vision) and whether there is a better path;
 * what to do with each active goal already past due (10 at most, then one
 * for the rest); one question per active
 * goal due from `asOf` to the next milestone (10 at most, then one for the
 * rest); whether short-term
 * results drive progress toward that milestone; whether the effort follows
 * the plan's ratios; whether short-term pressure conflicts with the core
 * capabilities being built; which goals to keep, tweak or replace (and
 * whether each has a backup plan); and
 * whether a shift in the industry changed the path to the vision. When the
 * plan's ratios are unusable (they must add up to 1) the effort question asks
 * for the split instead of quoting wrong figures. Milestones
 * already due (before `asOf`) are left out. Deterministic; an empty plan
 * gets the questions about its vision.
 *
 * @param plan - The plan to review; never modified.
 * @param options - `asOf`, the review date (`YYYY-MM-DD`).
 * @returns The questions, in checklist order.
 * @throws {RangeError} `options.asOf` is not a `YYYY-MM-DD` date.
 * @throws {TypeError} `plan` does not have the model's shape, or `options` is not an object.
 *
 * @example
 * ```ts
 * import { keyQuestions, type PlanInput } from "careerplan";
 *
 * const plan: PlanInput = {
 *   vision: { id: "v", statement: "Become a senior software engineer in 5 years", startDate: "2026-01-05", targetDate: "2030-12-31", industry: "software" },
 *   milestones: [{ id: "m-3y", title: "Mentor a junior engineer", dueDate: "2029-01-05", horizon: "3y" }],
 * };
 * keyQuestions(plan, { asOf: "2026-11-22" })[0];
 * //=> "Is my current work bringing me closer to 'Mentor a junior engineer' (due 2029-01-05)? Is there a better path?"
 * keyQuestions(plan, { asOf: "2026-11-22" }).at(-1);
 * //=> "Has a shift in software changed the path to 'Become a senior software engineer in 5 years'?"
 * ```
 *
 * @category Alignment
 */
export function keyQuestions(plan: PlanInput, options: KeyQuestionsOptions): string[] {
  requireObject("keyQuestions", "options", options);
  const { asOf } = options;
  const index = indexPlan("keyQuestions", plan);
  assertIsoDate(asOf, "keyQuestions: options.asOf");
  const { vision } = plan;
  const { milestones, milestoneAt } = index;
  const upcoming = milestones.filter((milestone) => milestone.dueDate >= asOf).sort(byDueDate);
  const next = upcoming[0];
  const anchor = upcoming.find((milestone) => horizonMonths(milestone.horizon) === ANCHOR_MONTHS) ?? next;
  const visionTarget = `'${vision.statement}' (by ${vision.targetDate})`;
  const nextTarget = next ? titleDue(next) : visionTarget;
  const goals = index.goals.filter((goal) => goalStatus(goal) === "active").sort(byDueDate);

  const questions = [`Is my current work bringing me closer to ${anchor ? titleDue(anchor) : visionTarget}? Is there a better path?`];
  // One question per goal: a list of titles in one sentence is not a question anyone can answer.
  const pastDue = goals.filter((goal) => dueDate(goal) < asOf);
  for (const goal of pastDue.slice(0, GOALS_ASKED)) questions.push(`${titleDue(goal)} is past due: should I finish it, reschedule it or replace it?`);
  if (pastDue.length > GOALS_ASKED) questions.push(`What should I do with the other ${pastDue.length - GOALS_ASKED} goals already past due?`);
  const cutoff = next?.dueDate ?? vision.targetDate;
  const dueSoon = goals.filter((goal) => dueDate(goal) >= asOf && dueDate(goal) <= cutoff);
  for (const goal of dueSoon.slice(0, GOALS_ASKED)) {
    const at = milestoneAt.get(goal.milestoneId);
    const milestone = at === undefined ? undefined : milestones[at];
    const asked = titleDue(goal);
    questions.push(
      milestone ? `Is ${asked} on track, and does it still serve '${milestone.title}'?`
      : goal.bucket === "exploratory" ? `What has ${asked} taught me so far, and is it worth more time?`
      : `Is ${asked} on track, and which milestone does it serve?`,
    );
  }
  if (dueSoon.length > GOALS_ASKED) questions.push(`Are the other ${dueSoon.length - GOALS_ASKED} goals due by ${cutoff} on track?`);
  const { ratios } = planRatios(plan);
  questions.push(
    `Do my short-term results drive progress toward ${nextTarget}?`,
    ratios
      ? `Am I still giving about ${percent(ratios.core)}% of my effort to core work, ${percent(ratios.auxiliary)}% to auxiliary skills and ${percent(ratios.exploratory)}% to exploring?`
      : "My plan's effort ratios are not shares that add up to 100%: what share of my effort do I want for core work, auxiliary skills and exploring?",
    `Does short-term performance pressure conflict with building ${coreCapabilityNames(index.capabilities, goals, anchor?.capabilityIds)}?`,
    goals.length > 0
      ? `Which of my ${goals.length === 1 ? "active goal" : `${goals.length} active goals`} should I keep, tweak or replace, and does each still have a backup plan if it becomes impossible?`
      : `Which short-term goals would move me toward ${nextTarget}?`,
    `Has a shift in ${vision.industry?.trim() || "my field"} changed the path to '${vision.statement}'?`,
  );
  return questions;
}

/** "'Ship it' (due 2027-01-05)" for a goal or milestone. */
function titleDue(item: { title: string; dueDate?: string | undefined }): string {
  return `'${item.title}' (due ${item.dueDate})`;
}

/**
 * "system design and technical leadership": the core capabilities the active
 * goals build (vision order), else those the anchor milestone names, else all
 * core ones; "my long-term skills" when the vision lists none.
 */
function coreCapabilityNames(capabilities: readonly CapabilityInput[], activeGoals: readonly GoalInput[], anchorIds: readonly string[] | undefined): string {
  const core = capabilities.filter((capability) => (capability.kind ?? "core") === "core");
  const built = new Set(activeGoals.flatMap((goal) => goal.capabilityIds ?? []));
  const anchored = new Set(anchorIds);
  let chosen = core.filter(({ id }) => built.has(id));
  if (chosen.length === 0) chosen = core.filter(({ id }) => anchored.has(id));
  if (chosen.length === 0) chosen = core;
  const names = chosen.slice(0, CAPABILITIES_NAMED).map((capability) => capability.name.trim() || capability.id);
  return names.length > 0 ? listNames(names, chosen.length) : "my long-term skills";
}

/** "a, b and c", or "a, b and 3 more" when `total` counts more than the names given. */
function listNames(names: readonly string[], total: number): string {
  return total > names.length ? `${names.join(", ")} and ${total - names.length} more` : listWords(names);
}
