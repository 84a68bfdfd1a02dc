// The interview answer frame of interviewNarrative: vision anchor,
// deconstruction logic and flexibility (from the review history). Not re-exported.
import { isIsoDate } from "../_lib/dates.ts";
import { oneLine } from "../_lib/markdown.ts";
import { horizonLabel } from "../_lib/horizon.ts";
import { byDueDate } from "../_lib/order.ts";
import { goalStatus } from "../rules/defaults.ts";
import { listWords } from "../_lib/wording.ts";
import type { GoalInput, MilestoneInput, PlanInput } from "../model/index.ts";
import { clause, monthYear, sentence, told } from "./phrasing.ts";

/** The latest tweak or replace decision told as a sentence; an honest note when there is none. */
export function flexibilityExample(plan: Readonly<PlanInput>): string {
  const reviews = (plan.reviews ?? []).filter((review) => isIsoDate(review.date));
  if (reviews.length === 0) return "I have not held a review yet, so there is no adjustment to point to.";
  const changes = reviews.flatMap((review) =>
    (review.decisions ?? []).filter((decision) => ["tweak", "replace"].includes(decision.outcome)).map((decision) => ({ review, decision })),
  );
  // The latest change; of changes on the same date the later entry wins, as reviews are recorded in the order they happened.
  let latest = changes[0];
  for (const change of changes) if (change.review.date >= latest!.review.date) latest = change;
  if (!latest) return `My ${reviews.length === 1 ? "one review" : `${reviews.length} reviews`} so far kept every goal as planned, so I have not needed to adjust the plan yet.`;
  const { date, kind } = latest.review;
  const { goalId, outcome, note, replacement } = latest.decision;
  const title = oneLine(plan.goals?.find((goal) => goal.id === goalId)?.title) || goalId;
  // A replacement drafted from the goal's backup is in the goals, not in the decision.
  const replacedBy = outcome === "replace" && oneLine(replacement?.title ?? plan.goals?.find((goal) => goal.replaces === goalId)?.title);
  const reason = clause(note).replace(/^because\s+/i, "");
  return (
    `In the ${date} ${kind === "canvas" ? "career canvas" : kind} review I ${outcome === "tweak" ? "tweaked" : "replaced"} "${title}"` +
    (replacedBy ? ` with "${replacedBy}"` : "") +
    (reason ? ` because ${reason}.` : ".") +
    (changes.length > 1 ? ` It is one of ${changes.length} adjustments my reviews have made to the plan.` : "")
  );
}

/** The vision, its target month, why it matters and where. */
export function visionAnchorOf(vision: Readonly<PlanInput["vision"]>): string {
  return `My long-term vision: ${clause(vision.statement)} (target: ${monthYear(vision.targetDate)}).${told(" Why it matters to me: ", vision.why)}${told(" Where: ", vision.where)}`;
}

/** The milestones in date order as a chain; a milestone whose goals are all done says so (planned ones are not claimed). */
export function deconstructionOf(milestones: readonly MilestoneInput[], goals: readonly GoalInput[] = []): string {
  if (milestones.length === 0) return "I have not broken the vision into milestones yet.";
  const reached = reachedMilestones(goals);
  // A title with nothing but full stops counts as blank, so the id stands in.
  const chain = [...milestones]
    .sort(byDueDate)
    .map((milestone) => `${horizonLabel(milestone.horizon) ?? milestone.dueDate}: ${clause(milestone.title) ? sentence(milestone.title).replace(/\.$/, "") : milestone.id}${reached.has(milestone.id) ? " (done)" : ""}`);
  return `I broke the vision into milestones: ${chain.join(" → ")}.`;
}

/** Ids of milestones with at least one counted goal, all done. */
export function reachedMilestones(goals: readonly GoalInput[]): Set<string> {
  const open = new Set<string>();
  const done = new Set<string>();
  for (const goal of goals) {
    const status = goalStatus(goal);
    if (goal.milestoneId === undefined || (status !== "active" && status !== "done")) continue;
    (status === "done" ? done : open).add(goal.milestoneId);
  }
  for (const id of open) done.delete(id);
  return done;
}

/** Who backs the plan, from the vision's "who": the mentors, sponsors, coaches and advisers named (not the people the person coaches). */
const SUPPORTER = /\b(?:mentors?|sponsors?|advis[eo]rs?|coach(?:es)?)\b/i;
const SUPPORTING_OTHERS = /\bI (?:mentor|coach|sponsor|advise)\b/i;

/**
 * The seeds' "bonus details": the review practice (quarterly keep / tweak / replace
 * reviews, OKR-style grades, the six-monthly canvas) with the reviews held so far,
 * and the mentors or sponsors named in the vision's "who".
 */
export function bonusDetailsOf(plan: Readonly<PlanInput>): string {
  const counts = { quarterly: 0, canvas: 0, vision: 0 };
  for (const review of plan.reviews ?? []) if (isIsoDate(review.date) && Object.hasOwn(counts, review.kind)) counts[review.kind] += 1;
  const held = [
    counts.quarterly && `${counts.quarterly} quarterly ${counts.quarterly === 1 ? "review" : "reviews"}`,
    counts.canvas && `${counts.canvas} career canvas ${counts.canvas === 1 ? "update" : "updates"}`,
    counts.vision && `${counts.vision} vision ${counts.vision === 1 ? "review" : "reviews"}`,
  ].filter((part): part is string => Boolean(part));
  const practice =
    held.length > 0
      ? `Every quarter I review each goal and keep, tweak or replace it, grading it OKR-style from 0 to 1 (0.7 counts as a good result), and I update my career canvas every six months; so far I have held ${listWords(held)}.`
      : "I plan to review each goal every quarter and keep, tweak or replace it, grading it OKR-style from 0 to 1, and to update my career canvas every six months.";
  const supporters = oneLine(plan.vision.who)
    // A comma before "who" belongs to the person it describes ("my manager, who sponsors my move").
    .split(/;|,(?!\s*who\b)|\band\b/)
    .map((part) => clause(part.trim()))
    .filter((part) => SUPPORTER.test(part) && !SUPPORTING_OTHERS.test(part));
  return supporters.length > 0 ? `${practice} I test the plan with ${listWords(supporters)}.` : practice;
}
