// The interview answer frame of interviewNarrative: vision anchor,
// deconstruction logic and flexibility (from the review history). Not re-exported.
import { isIsoDate } from "../_lib/dates.ts";
import type { MilestoneInput, PlanInput, ReviewDecisionInput, ReviewInput } from "../model/index.ts";
import { clause, horizonLabel, monthYear, oneLine, sentence } from "./phrasing.ts";

const KIND_NAMES: Record<string, string> = { quarterly: "quarterly", canvas: "career canvas", vision: "vision" };

/** The latest tweak or replace decision told as a sentence; an honest note when there is none. */
export function flexibilityExample(plan: Readonly<PlanInput>): string {
  const reviews = (plan.reviews ?? []).filter((review) => isIsoDate(review.date));
  if (reviews.length === 0) return "I have not held a review yet, so there is no adjustment to point to.";
  let latest: { review: ReviewInput; decision: ReviewDecisionInput } | undefined;
  let count = 0;
  for (const review of reviews) {
    for (const decision of review.decisions ?? []) {
      if (decision.outcome !== "tweak" && decision.outcome !== "replace") continue;
      count++;
      // Ties on the date go to the later entry: reviews are recorded in the order they happened.
      if (!latest || review.date >= latest.review.date) latest = { review, decision };
    }
  }
  if (!latest) {
    const held = reviews.length === 1 ? "My one review so far" : `My ${reviews.length} reviews so far`;
    return `${held} kept every goal as planned, so I have not needed to adjust the plan yet.`;
  }
  const { review, decision } = latest;
  const titleOf = (id: string): string => oneLine((plan.goals ?? []).find((goal) => goal.id === id)?.title ?? "") || id;
  const kind = KIND_NAMES[review.kind] ?? review.kind;
  let text = `In the ${review.date} ${kind} review I ${decision.outcome === "tweak" ? "tweaked" : "replaced"} "${titleOf(decision.goalId)}"`;
  if (decision.outcome === "replace" && decision.replacement?.title?.trim()) text += ` with "${oneLine(decision.replacement.title)}"`;
  const note = decision.note === undefined ? "" : clause(decision.note).replace(/^because\s+/i, "");
  if (note !== "") text += ` because ${note}`;
  text += ".";
  if (count > 1) text += ` It is one of ${count} adjustments my reviews have made to the plan.`;
  return text;
}

/** The vision, its target month, why it matters and where. */
export function visionAnchorOf(vision: Readonly<PlanInput["vision"]>): string {
  const parts = [`My long-term vision: ${clause(vision.statement)} (target: ${monthYear(vision.targetDate)}).`];
  if (vision.why?.trim()) parts.push(`Why it matters to me: ${clause(vision.why)}.`);
  if (vision.where?.trim()) parts.push(`Where: ${clause(vision.where)}.`);
  return parts.join(" ");
}

/** The milestones in date order as a chain. */
export function deconstructionOf(milestones: readonly MilestoneInput[]): string {
  if (milestones.length === 0) return "I have not broken the vision into milestones yet.";
  const ordered = [...milestones].sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
  const chain = ordered.map((milestone) => `${horizonLabel(milestone.horizon) ?? milestone.dueDate}: ${clause(milestone.title) === "" ? milestone.id : oneLineTitle(milestone.title)}`);
  return `I broke the vision into milestones: ${chain.join(" → ")}.`;
}

function oneLineTitle(title: string): string {
  return sentence(title).replace(/\.$/, "");
}
