// Private: the "gantt" kind of renderPlanMermaid.
import { daysBetween } from "../../_lib/dates.ts";
import { listWords } from "../../_lib/wording.ts";
import { type Roadmap, type RoadmapGoal, upcomingReviews } from "./roadmap.ts";
import { mermaidText } from "./mermaidText.ts";

/** Section names are drawn left of the bars, in a column as wide as the longest. */
const MAX_SECTION = 40;

/** The gantt's lines: a section per milestone in date order, other goals, then the coming year's reviews and today. */
export function ganttLines(roadmap: Roadmap): string[] {
  // The section is the milestone's title; its marker says the horizon ("1-year milestone").
  const headings = roadmap.milestones.map((milestone) => milestone.title);
  const lines = [
    "gantt",
    `  title ${mermaidText(roadmap.title, 70)}`,
    `  accTitle: ${mermaidText(`Career roadmap: ${roadmap.title}`, 80)}`,
    `  accDescr: ${roadmap.goals.length} goals and ${roadmap.milestones.length} milestones from ${roadmap.startDate} to ${roadmap.targetDate}, as of ${roadmap.asOf}`,
    "  dateFormat YYYY-MM-DD",
    ...axisLines(roadmap),
    // Mermaid's own today marker reads the viewer's clock; the diagram marks asOf instead.
    "  todayMarker off",
  ];
  const goalsOf = new Map<string, RoadmapGoal[]>(roadmap.milestones.map((milestone) => [milestone.id, []]));
  const others: RoadmapGoal[] = [];
  for (const goal of roadmap.goals) (goal.milestoneId === undefined ? others : (goalsOf.get(goal.milestoneId) ?? others)).push(goal);
  let goalNumber = 0;
  const bars = (goals: readonly RoadmapGoal[]) => goals.map((goal) => `    ${mermaidText(goal.title)} :${tagsOf(goal)}g${++goalNumber}, ${goal.startDate}, ${goal.dueDate}`);
  roadmap.milestones.forEach((milestone, index) => {
    // A repeated milestone id lists its goals once, under its first section.
    const goals = goalsOf.get(milestone.id) ?? [];
    goalsOf.delete(milestone.id);
    const marker = milestone.horizon ? `${milestone.horizon[0]!.toUpperCase()}${milestone.horizon.slice(1)} milestone` : "Milestone";
    lines.push(`  section ${mermaidText(headings[index], MAX_SECTION)}`, ...bars(goals), `    ${mermaidText(marker)} :milestone, m${index + 1}, ${milestone.dueDate}, 0d`);
  });
  if (others.length > 0) lines.push("  section Other goals", ...bars(others));
  const reviews = upcomingReviews(roadmap);
  lines.push("  section Reviews");
  reviews.forEach((event, index) => {
    const kinds = listWords(event.kinds.map((kind) => (kind === "canvas" ? "career canvas" : kind)));
    lines.push(`    ${mermaidText(`${kinds[0]!.toUpperCase()}${kinds.slice(1)} review`)} :milestone, r${index + 1}, ${event.date}, 0d`);
  });
  lines.push(`    Today ${roadmap.asOf} :vert, today, ${roadmap.asOf}, 0d`);
  return [...sectionColumn(headings), ...lines];
}

/**
 * Front matter that widens Mermaid's column of section names (75 px by
 * default) to fit the longest, so names never run under the bars: about 6 px a
 * character at Mermaid's 11 px section font.
 */
function sectionColumn(headings: readonly string[]): string[] {
  const longest = Math.max("Other goals".length, ...headings.map((heading) => Math.min(MAX_SECTION, Array.from(heading).length)));
  return ["---", "config:", "  gantt:", `    leftPadding: ${Math.ceil(longest * 6.2) + 24}`, "---"];
}

/** Yearly ticks for a plan of years, quarterly ones for a short plan; Mermaid's own choice beyond 15 years. */
function axisLines(roadmap: Roadmap): string[] {
  const days = daysBetween(roadmap.startDate, roadmap.targetDate);
  if (days <= 2 * 366) return ["  axisFormat %b %Y", "  tickInterval 3month"];
  return days <= 15 * 366 ? ["  axisFormat %Y", "  tickInterval 12month"] : ["  axisFormat %Y"];
}

/** Mermaid's tags: done, crit (behind or past due), active (under way), none (not started). */
function tagsOf(goal: RoadmapGoal): string {
  if (goal.status === "done") return "done, ";
  if (goal.critical) return "crit, ";
  return goal.status === "not-started" ? "" : "active, ";
}
