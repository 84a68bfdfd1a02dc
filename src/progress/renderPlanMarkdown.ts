import { requireObject, requirePlan } from "../_lib/args.ts";
import { addMonths, assertIsoDate, isIsoDate } from "../_lib/dates.ts";
import { firstById } from "../_lib/ids.ts";
import { markdownText, percent } from "../_lib/markdown.ts";
import { horizonLabel } from "../_lib/horizon.ts";
import { byDueDate } from "../_lib/order.ts";
import { listWords } from "../_lib/wording.ts";
import type { PlanInput } from "../model/index.ts";
import { renderPlanMermaid } from "../render/index.ts";
import { scheduleReviews } from "../review/index.ts";
import { type MeasureProgressResult, progressFor } from "./measureProgress.ts";
import { effortMixBlocks } from "./planMix.ts";
import type { ProgressRow } from "./types.ts";

/**
 * What {@link renderPlanMarkdown} prints and on which day.
 *
 * @category Progress
 */
export interface RenderPlanMarkdownOptions {
  /** The day the page describes, `YYYY-MM-DD`. */
  asOf: string;
  /**
   * Whether to embed the Mermaid diagrams of {@link renderPlanMermaid} as fenced
   * `mermaid` blocks: the gantt roadmap under "Roadmap" and the effort-mix pie
   * under "Effort mix" (default `true`; `false` for a page read as plain text).
   */
  diagrams?: boolean;
}

/**
 * Renders a plan as a one-page Markdown document a person would print: the
 * vision and its 5W answers, the milestones in date order with their goals
 * (status, progress and due date), the 70/20/10 effort mix, and the next
 * review. With `diagrams` (the default) the page also draws the
 * plan: a Mermaid gantt of milestones, goals, reviews and today after the
 * progress line, and a Mermaid pie of the effort mix, as fenced `mermaid`
 * blocks that GitHub, GitLab and most Markdown tools show as pictures.
 *
 * Progress comes from {@link measureProgress} on `asOf`. Replaced and dropped
 * goals are left out; goals that support no milestone of the plan get their own
 * section. The mix is the one {@link checkAlignment} judges and the page's pie
 * shows: the hours logged per bucket in the last 4 weeks up to `asOf`, or when
 * none are logged the hours planned for the next quarter (each active goal's
 * effort left spread over its days), bucketed by {@link classifyGoal} and
 * compared with the plan's ratios by {@link measureAllocation} (default
 * 70/20/10; ratios that do not sum to 1 fall back to it, and the page says so). The next review is the first date of
 * {@link scheduleReviews}' default cadence from the vision's start date on or
 * after `asOf`. Text from the plan is escaped, so a title such as
 * `Ship v2 | *fast* #1` prints as written; control characters are replaced by
 * U+FFFD and bare links ("www.…", "https://…", "name@domain") are escaped so
 * GitHub does not turn plan text into links. The output is CommonMark, with
 * one GitHub-flavoured Markdown table (the mix).
 *
 * Runs in O(goals + milestones + tasks) plus the sort of goals by due date.
 *
 * @param plan - The plan to print.
 * @param options - The day the page describes, and whether to embed the diagrams.
 * @returns The Markdown page, ending with a newline.
 * @throws {RangeError} `asOf` or the vision's start or target date is not a `YYYY-MM-DD` date.
 * @throws {TypeError} `plan`, `plan.vision` or `options` is not an object.
 *
 * @example
 * ```ts
 * const plan: PlanInput = {
 *   vision: { id: "v", statement: "Become a senior software engineer in 5 years", startDate: "2026-01-05", targetDate: "2030-12-31" },
 *   milestones: [{ id: "m-1y", title: "Lead one feature end to end", dueDate: "2027-01-05", horizon: "1y" }],
 * };
 * const lines = renderPlanMarkdown(plan, { asOf: "2026-11-22" }).split("\n");
 * lines[0]; //=> "# Become a senior software engineer in 5 years"
 * lines.includes("### 1-year: Lead one feature end to end"); //=> true
 * lines.includes("2027-01-05: quarterly, career canvas and vision review."); //=> true
 * lines.includes("## Roadmap"); //=> true (a Mermaid gantt follows)
 * renderPlanMarkdown(plan, { asOf: "2026-11-22", diagrams: false }).includes("## Roadmap"); //=> false
 * ```
 *
 * @category Progress
 */
export function renderPlanMarkdown(plan: Readonly<PlanInput>, options: Readonly<RenderPlanMarkdownOptions>): string {
  requirePlan("renderPlanMarkdown", plan);
  requireObject("renderPlanMarkdown", "options", options);
  const { asOf, diagrams = true } = options;
  assertIsoDate(asOf, "renderPlanMarkdown: asOf");
  const progress = progressFor("renderPlanMarkdown", plan, { asOf });
  const { vision } = plan;
  const row = progress.vision;
  const answers = (["why", "what", "where", "who"] as const)
    .filter((key) => vision[key]?.trim())
    .map((key) => `- **${key[0]!.toUpperCase()}${key.slice(1)}:** ${markdownText(vision[key]!)}`);
  // A page is Markdown blocks (headings, paragraphs, lists, a table) with a blank line between them.
  const blocks = [
    `# ${markdownText(vision.statement ?? "") || "Career plan"}`,
    [...answers, `- **When:** ${vision.targetDate} (started ${vision.startDate})`].join("\n"),
    `Progress on ${asOf}: ${percent(row.progress)} done, ${percent(row.expected)} of the time gone: ${row.status}, grade ${row.grade.toFixed(1)}.`,
    ...(diagrams ? ["## Roadmap", mermaidBlock(renderPlanMermaid(plan, { asOf }))] : []),
    ...milestoneBlocks(plan, progress),
    ...effortMixBlocks(plan, asOf),
    ...(diagrams ? [mermaidBlock(renderPlanMermaid(plan, { asOf, kind: "mix" }))] : []),
    "## Next review",
    nextReview(vision.startDate, asOf),
  ];
  return `${blocks.join("\n\n")}\n`;
}

function milestoneBlocks(plan: Readonly<PlanInput>, progress: MeasureProgressResult): string[] {
  // A repeated goal id takes its first entry's title and milestone.
  const goalById = firstById(plan.goals ?? [], (goal) => goal);
  const milestones = plan.milestones ?? [];
  const goalsOf = firstById(milestones, (): ProgressRow[] => []);
  const others: ProgressRow[] = [];
  for (const row of progress.goals.sort(byDueDate)) {
    const milestoneId = goalById.get(row.id)?.milestoneId;
    (milestoneId === undefined ? others : (goalsOf.get(milestoneId) ?? others)).push(row);
  }
  const goalList = (rows: ProgressRow[]) =>
    rows.map((row) => `- ${markdownText(goalById.get(row.id)?.title ?? row.id)}: ${row.status}, ${percent(row.progress)}, due ${row.dueDate}`).join("\n");
  const blocks = ["## Milestones"];
  if (milestones.length === 0) blocks.push("No milestones yet.");
  const withRows = milestones.map((milestone, index) => ({ ...milestone, ...progress.milestones[index]! }));
  for (const row of withRows.sort(byDueDate)) {
    // A repeated milestone id lists its goals once, under its first heading.
    const goals = goalsOf.get(row.id) ?? [];
    goalsOf.delete(row.id);
    const horizon = horizonLabel(row.horizon);
    blocks.push(
      `### ${horizon ? `${markdownText(horizon)}: ` : ""}${markdownText(row.title)}`,
      `Due ${row.dueDate}: ${row.status}, ${percent(row.progress)}.`,
      goals.length === 0 ? "No goals yet." : goalList(goals),
    );
  }
  if (others.length > 0) blocks.push("## Other goals", goalList(others));
  return blocks;
}

/** A fenced `mermaid` block, its fence longer than any run of backticks inside (Mermaid text escapes them anyway). */
function mermaidBlock(source: string): string {
  const longest = Math.max(0, ...(source.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}mermaid\n${source.trimEnd()}\n${fence}`;
}

/** The first review of the default cadence from the vision's start on or after `asOf`. */
function nextReview(start: string, asOf: string): string {
  // The vision review comes every 12 months, so a year's schedule always holds the next one.
  const until = addMonths(asOf > start ? asOf : start, 12);
  const next = scheduleReviews({ start, until: isIsoDate(until) ? until : "9999-12-31" }).find((event) => event.date >= asOf);
  if (!next) return "No review falls before 9999-12-31.";
  const kinds = listWords(next.kinds.map((kind) => (kind === "canvas" ? "career canvas" : kind)));
  return `${next.date}: ${kinds} review.`;
}
