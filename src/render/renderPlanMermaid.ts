import { fail, requireObject } from "../_lib/args.ts";
import type { PlanInput } from "../model/index.ts";
import { planEffortMix } from "../rules/effortMix.ts";
import { ganttLines } from "./_lib/mermaidGantt.ts";
import { pieLines } from "./_lib/mermaidPie.ts";
import { readRoadmap } from "./_lib/roadmap.ts";

const WHERE = "renderPlanMermaid";

/**
 * What {@link renderPlanMermaid} draws and on which day.
 *
 * @category Render
 */
export interface RenderPlanMermaidOptions {
  /** The day the diagram describes (`YYYY-MM-DD`): statuses are measured on it and it is marked "Today". */
  asOf: string;
  /** `"gantt"` (the default): the timeline of milestones, goals and reviews; `"mix"`: a pie of the 70/20/10 effort mix. */
  kind?: "gantt" | "mix";
}

/**
 * Draws a plan as Mermaid text, which GitHub, GitLab, Notion, Obsidian and
 * most Markdown tools render as a diagram.
 *
 * - `kind: "gantt"` (the default): one section per milestone in date order
 *   (its title), its goals as bars from their start to their due date and the
 *   milestone as a marker named by its horizon ("1-year milestone"); goals that support no milestone under
 *   "Other goals"; then the reviews of the next twelve months (the default
 *   cadence from the vision's start) and a "Today" line on `asOf`. Done goals
 *   are marked `done`; goals off track or still open after their due date
 *   `crit`; goals under way `active` (statuses from {@link measureProgress}).
 *   Replaced and dropped goals are left out.
 * - `kind: "mix"`: a pie of the effort per bucket (core, auxiliary,
 *   exploratory) titled with the plan's target ratios: the mix
 *   {@link checkAlignment} judges. That is the minutes logged in `plan.log` in
 *   the last 4 weeks up to `asOf` (entries naming a goal, or a task of one),
 *   or when nothing is logged there the effort left on active goals that falls
 *   in the next quarter (each goal's effort left spread evenly up to its due
 *   date, a bucket's work capped at the hours it has when the plan gives
 *   `hoursPerWeek`).
 *
 * Plan text can neither break nor inject into the diagram: it is put on one
 * line, control characters are replaced, titles longer than 60 characters end
 * in "…", every character Mermaid gives a meaning (`:`, `#`, `;`, `"`, `%`,
 * `<`, `>`, `&`, braces, backticks) is written as an entity code such as `#58;`, which
 * Mermaid shows as the character, and ids are the diagram's own (`g1`, `m1`).
 * Mermaid's clock-based today marker is turned off, so the text is the same on
 * every machine.
 *
 * Runs in O(goals + milestones + tasks) plus the sorts by due date.
 *
 * @param plan - The plan to draw.
 * @param options - The day to draw it on, and which diagram.
 * @returns Mermaid source, one statement a line, ending with a newline.
 * @throws {RangeError} `asOf` or the vision's start or target date is not a `YYYY-MM-DD` date, or `kind` is unknown.
 * @throws {TypeError} `plan`, `plan.vision` or `options` is not an object.
 *
 * @example
 * ```ts
 * const plan: PlanInput = {
 *   vision: { id: "v", statement: "Become a senior software engineer in 5 years", startDate: "2026-01-05", targetDate: "2030-12-31" },
 *   milestones: [{ id: "m-1y", title: "Lead one feature end to end", dueDate: "2027-01-05", horizon: "1y" }],
 *   goals: [{ id: "g-feature", title: "Lead one feature: planning to rollout", milestoneId: "m-1y", startDate: "2026-07-01", dueDate: "2026-12-31" }],
 * };
 * const lines = renderPlanMermaid(plan, { asOf: "2026-11-22" }).split("\n");
 * lines.includes("  section Lead one feature end to end"); //=> true
 * lines.includes("    Lead one feature#58; planning to rollout :crit, g1, 2026-07-01, 2026-12-31"); //=> true
 * lines.includes("    1-year milestone :milestone, m1, 2027-01-05, 0d"); //=> true
 * renderPlanMermaid(plan, { asOf: "2026-11-22", kind: "mix" }).split("\n")[1];
 * //=> "  title Hours planned from 2026-11-22 to 2027-02-21 by bucket (target 70/20/10)"
 * ```
 *
 * @category Render
 */
export function renderPlanMermaid(plan: Readonly<PlanInput>, options: Readonly<RenderPlanMermaidOptions>): string {
  requireObject(WHERE, "options", options);
  const kind = options.kind ?? "gantt";
  if (kind !== "gantt" && kind !== "mix") fail(WHERE, "options.kind", '"gantt" or "mix"', kind);
  const roadmap = readRoadmap(WHERE, plan, options.asOf);
  const lines = kind === "gantt" ? ganttLines(roadmap) : pieLines(planEffortMix(WHERE, plan, roadmap.asOf));
  return `${lines.join("\n")}\n`;
}
