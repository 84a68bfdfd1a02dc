// The interview answer frame of interviewNarrative: vision anchor,
// deconstruction logic and flexibility (from the review history). Not re-exported.
import { isIsoDate } from "../_lib/dates.ts";
import { oneLine } from "../_lib/markdown.ts";
import { horizonLabel } from "../_lib/horizon.ts";
import { byDueDate } from "../_lib/order.ts";
import type { MilestoneInput, PlanInput } from "../model/index.ts";
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
  const replacedBy = outcome === "replace" && oneLine(replacement?.title);
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

/** The milestones in date order as a chain. */
export function deconstructionOf(milestones: readonly MilestoneInput[]): string {
  if (milestones.length === 0) return "I have not broken the vision into milestones yet.";
  // A title with nothing but full stops counts as blank, so the id stands in.
  const chain = [...milestones]
    .sort(byDueDate)
    .map((milestone) => `${horizonLabel(milestone.horizon) ?? milestone.dueDate}: ${clause(milestone.title) ? sentence(milestone.title).replace(/\.$/, "") : milestone.id}`);
  return `I broke the vision into milestones: ${chain.join(" → ")}.`;
}
