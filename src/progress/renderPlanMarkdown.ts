import { addMonths, assertIsoDate, isIsoDate } from "../_lib/dates.ts";
import { markdownText, percent } from "../_lib/markdown.ts";
import type { PlanInput } from "../model/index.ts";
import { scheduleReviews } from "../review/index.ts";
import { measureProgress } from "./measureProgress.ts";
import { effortMixLines } from "./planMix.ts";
import type { ProgressRow } from "./types.ts";

const FIVE_W = [["why", "Why"], ["what", "What"], ["where", "Where"], ["who", "Who"]] as const;

/**
 * Renders a plan as a one-page Markdown document a person would print: the
 * vision and its 5W answers, the milestones in date order with their goals
 * (status, progress and due date), the 70/20/10 mix of the effort left, and
 * the next review.
 *
 * Progress comes from {@link measureProgress} on `asOf`. Replaced and dropped
 * goals are left out; goals that support no milestone of the plan get their own
 * section. The mix adds up the hours still to spend on active goals
 * (`effortHours` × (1 − progress)), bucketed by {@link classifyGoal} and compared
 * with the plan's ratios by {@link measureAllocation} (default 70/20/10; ratios
 * that do not sum to 1 fall back to it). The next review is the first date of
 * {@link scheduleReviews}' default cadence from the vision's start date on or
 * after `asOf`. Text from the plan is escaped, so a title such as
 * `Ship v2 | *fast* #1` prints as written. The output is CommonMark, with one
 * GitHub-flavoured Markdown table (the mix).
 *
 * Runs in O(goals + milestones + tasks) plus the sort of goals by due date.
 *
 * @param plan - The plan to print.
 * @param asOf - The day the page describes, `YYYY-MM-DD`.
 * @returns The Markdown page, ending with a newline.
 * @throws {RangeError} `asOf` or the vision's start or target date is not a `YYYY-MM-DD` date.
 * @throws {TypeError} `plan` or `plan.vision` is not an object.
 *
 * @example
 * ```ts
 * const plan: PlanInput = {
 *   vision: { id: "v", statement: "Become a senior software engineer in 5 years", startDate: "2026-01-05", targetDate: "2030-12-31" },
 *   milestones: [{ id: "m-1y", title: "Lead one feature end to end", dueDate: "2027-01-05", horizon: "1y" }],
 * };
 * const lines = renderPlanMarkdown(plan, "2026-11-22").split("\n");
 * lines[0]; //=> "# Become a senior software engineer in 5 years"
 * lines.includes("### 1-year: Lead one feature end to end"); //=> true
 * lines.includes("2027-01-05: quarterly, career canvas and vision review."); //=> true
 * ```
 *
 * @category Progress
 */
export function renderPlanMarkdown(plan: Readonly<PlanInput>, asOf: string): string {
  if (typeof plan !== "object" || plan === null || typeof plan.vision !== "object" || plan.vision === null) {
    throw new TypeError(`renderPlanMarkdown: plan must be an object with a vision, got ${plan === null ? "null" : typeof plan}`);
  }
  assertIsoDate(asOf, "renderPlanMarkdown: asOf");
  const progress = measureProgress(plan, asOf);
  const { vision } = plan;
  const lines = [`# ${markdownText(vision.statement ?? "") || "Career plan"}`, ""];
  for (const [key, label] of FIVE_W) {
    const answer = vision[key];
    if (typeof answer === "string" && answer.trim() !== "") lines.push(`- **${label}:** ${markdownText(answer)}`);
  }
  lines.push(`- **When:** ${vision.targetDate} (started ${vision.startDate})`, "");
  const row = progress.vision;
  lines.push(`Progress on ${asOf}: ${percent(row.progress)} of the planned work done, ${percent(row.expected)} of the time gone: ${row.status}, grade ${row.grade.toFixed(1)}.`, "");
  lines.push(...milestoneLines(plan, progress.milestones, progress.goals));
  lines.push(...effortMixLines(plan));
  lines.push("## Next review", "", nextReview(vision.startDate, asOf), "");
  return `${lines.join("\n").trimEnd()}\n`;
}

function milestoneLines(plan: Readonly<PlanInput>, milestoneRows: readonly ProgressRow[], goalRows: readonly ProgressRow[]): string[] {
  const goals = plan.goals ?? [];
  const titles = new Map<string, string>();
  const milestoneOf = new Map<string, string | undefined>();
  for (const goal of goals) {
    if (titles.has(goal.id)) continue;
    titles.set(goal.id, goal.title);
    milestoneOf.set(goal.id, goal.milestoneId);
  }
  const byMilestone = new Map<string, ProgressRow[]>();
  for (const milestone of plan.milestones ?? []) if (!byMilestone.has(milestone.id)) byMilestone.set(milestone.id, []);
  const unlinked: ProgressRow[] = [];
  for (const goal of [...goalRows].sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0))) {
    const milestoneId = milestoneOf.get(goal.id);
    const list = milestoneId === undefined ? undefined : byMilestone.get(milestoneId);
    (list ?? unlinked).push(goal);
  }
  const goalLine = (goal: ProgressRow): string =>
    `- ${markdownText(titles.get(goal.id) ?? goal.id)}: ${goal.status}, ${percent(goal.progress)}, due ${goal.dueDate}`;
  const lines = ["## Milestones", ""];
  const milestones = (plan.milestones ?? []).map((milestone, index) => ({ milestone, row: milestoneRows[index]! }));
  milestones.sort((a, b) => (a.row.dueDate < b.row.dueDate ? -1 : a.row.dueDate > b.row.dueDate ? 1 : 0));
  if (milestones.length === 0) lines.push("No milestones yet.", "");
  const listed = new Set<string>();
  for (const { milestone, row } of milestones) {
    const horizon = milestone.horizon?.trim() ? `${markdownText(horizonName(milestone.horizon))}: ` : "";
    lines.push(`### ${horizon}${markdownText(milestone.title)}`, "");
    lines.push(`Due ${row.dueDate}. Status: ${row.status}, ${percent(row.progress)}.`, "");
    // A repeated milestone id shows its goals once, under its first entry.
    const goalsHere = listed.has(milestone.id) ? [] : (byMilestone.get(milestone.id) ?? []);
    listed.add(milestone.id);
    lines.push(...(goalsHere.length === 0 ? ["No goals yet."] : goalsHere.map(goalLine)), "");
  }
  if (unlinked.length > 0) lines.push("## Other goals", "", ...unlinked.map(goalLine), "");
  return lines;
}

function horizonName(horizon: string): string {
  const match = /^(\d{1,3})\s*([my])$/i.exec(horizon.trim());
  return match ? `${match[1]}-${match[2]!.toLowerCase() === "m" ? "month" : "year"}` : horizon.trim();
}

function nextReview(start: string, asOf: string): string {
  const from = asOf > start ? asOf : start;
  const until = addMonths(from, 12);
  const events = scheduleReviews({ start, until: isIsoDate(until) ? until : "9999-12-31" });
  const next = events.find((event) => event.date >= asOf);
  if (!next) return "No review falls before 9999-12-31.";
  const kinds = next.kinds.map((kind) => (kind === "canvas" ? "career canvas" : kind));
  const named = kinds.length > 1 ? `${kinds.slice(0, -1).join(", ")} and ${kinds[kinds.length - 1]}` : kinds.join("");
  return `${next.date}: ${named} review.`;
}
