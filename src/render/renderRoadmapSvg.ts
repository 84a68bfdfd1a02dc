import { requireNumber, requireObject } from "../_lib/args.ts";
import type { PlanInput, Ratios } from "../model/index.ts";
import type { ProgressStatus } from "../progress/index.ts";
import { DEFAULT_RATIOS } from "../rules/defaults.ts";
import { planRatios } from "../rules/ratios.ts";
import { type Roadmap, readRoadmap } from "./_lib/roadmap.ts";
import { STATUS_NAMES, axisPart, type Frame, headerPart, lanesPart, legendPart, milestonePart, reviewsPart } from "./_lib/svgParts.ts";
import { timeScale } from "./_lib/svgScale.ts";
import { coordinate, element, xmlText } from "./_lib/svgText.ts";

const WHERE = "renderRoadmapSvg";
const PAD = 16;
/** The column of lane names left of the plot. */
const LANE_LABELS = 96;

/**
 * How wide {@link renderRoadmapSvg} draws and on which day.
 *
 * @category Render
 */
export interface RenderRoadmapSvgOptions {
  /** The day the roadmap describes (`YYYY-MM-DD`): statuses are measured on it and a line marks it. */
  asOf: string;
  /** The picture's width in pixels, 480 to 4000 (default 800); the height follows from the plan. */
  width?: number;
}

/**
 * Draws a plan as a standalone SVG roadmap, for apps and printouts: a time
 * axis from the vision's start to its target; the milestones as diamonds with
 * their titles, horizons and due dates; three lanes (core, auxiliary,
 * exploratory) with each goal as a bar from its start to its due date,
 * coloured by its status on `asOf` (from {@link measureProgress}) and titled
 * above; the review dates of the default cadence as ticks (taller for the
 * yearly vision review); a dashed line on `asOf`; and a key.
 *
 * The SVG needs no script, stylesheet, font file or network: text is text (in
 * the viewer's sans-serif font), every element is in the SVG namespace, and
 * plan text is escaped for XML (control characters replaced by U+FFFD). Long
 * titles are shortened with "…" on the picture and given in full in each
 * item's `<title>` tooltip. The picture is accessible: `role="img"`, a
 * `<title>` and a `<desc>` that says what it shows, and a palette that
 * people with any common colour-vision deficiency can tell apart (Okabe–Ito:
 * bluish green done, blue on track, orange at risk, vermillion off track, grey
 * not started). Labels are laid out in rows so that none overlap, measured by
 * a font-free estimate, so the same plan gives the byte-identical SVG on
 * every machine and in every time zone. Replaced and dropped goals are left
 * out; dates outside the vision's span are drawn at its edge.
 *
 * Runs in O(n log n) for n goals, milestones and reviews.
 *
 * @param plan - The plan to draw.
 * @param options - The day to draw it on and the width.
 * @returns The SVG document, ending with a newline.
 * @throws {RangeError} `asOf` or the vision's start or target date is not a `YYYY-MM-DD` date, or `width` is not a number from 480 to 4000.
 * @throws {TypeError} `plan`, `plan.vision` or `options` is not an object.
 *
 * @example
 * ```ts
 * const plan: PlanInput = {
 *   vision: { id: "v", statement: "Become a senior software engineer in 5 years", startDate: "2026-01-05", targetDate: "2030-12-31" },
 *   milestones: [{ id: "m-1y", title: "Lead one feature end to end", dueDate: "2027-01-05", horizon: "1y" }],
 *   goals: [{ id: "g-course", title: "Complete a system design course", bucket: "core", startDate: "2026-01-05", dueDate: "2026-06-30", status: "done" }],
 * };
 * const svg = renderRoadmapSvg(plan, { asOf: "2026-11-22" });
 * svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="800"'); //=> true
 * svg.includes("<title>Complete a system design course: done, 2026-01-05 to 2026-06-30</title>"); //=> true
 * ```
 *
 * @category Render
 */
export function renderRoadmapSvg(plan: Readonly<PlanInput>, options: Readonly<RenderRoadmapSvgOptions>): string {
  requireObject(WHERE, "options", options);
  const width = options.width === undefined ? 800 : requireNumber(WHERE, "options.width", options.width, 480, false, 4000);
  const roadmap = readRoadmap(WHERE, plan, options.asOf);
  const frame: Frame = { width, pad: PAD, scale: timeScale(roadmap.startDate, roadmap.targetDate, PAD + LANE_LABELS, width - PAD - 8) };
  const header = headerPart(roadmap, frame, PAD);
  const milestones = milestonePart(roadmap, frame, header.bottom + 8);
  const axis = axisPart(roadmap, frame, milestones.bottom);
  const lanes = lanesPart(roadmap, frame, laneTarget(plan), axis.grid, axis.bottom);
  const reviews = reviewsPart(roadmap, frame, lanes.bottom + 4);
  const today = todayMark(roadmap, frame, axis.bottom, reviews.bottom);
  const legend = legendPart(frame, today.bottom + 6);
  const height = Math.ceil(legend.bottom + PAD);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="careerplan-roadmap-title careerplan-roadmap-desc" font-family="Helvetica, Arial, 'Liberation Sans', sans-serif">`,
    element("title", { id: "careerplan-roadmap-title" }, xmlText(`Career roadmap: ${roadmap.title}`)),
    element("desc", { id: "careerplan-roadmap-desc" }, xmlText(description(roadmap))),
    element("rect", { width, height, fill: "#FFFFFF" }),
    ...header.markup,
    ...milestones.markup,
    ...axis.markup,
    ...lanes.markup,
    ...reviews.markup,
    ...today.markup,
    ...legend.markup,
    "</svg>",
    "",
  ].join("\n");
}

/** The plan's ratios for the lanes, or 70/20/10 marked as the default when the plan's are unusable. */
function laneTarget(plan: Readonly<PlanInput>): { ratios: Readonly<Ratios>; usable: boolean } {
  const { ratios } = planRatios(plan);
  return { ratios: ratios ?? DEFAULT_RATIOS, usable: ratios !== undefined };
}

/** A dashed line on asOf across the lanes, labelled below the reviews; nothing when asOf is outside the vision's span. */
function todayMark(roadmap: Roadmap, frame: Frame, top: number, bottom: number): { markup: string[]; bottom: number } {
  if (roadmap.asOf < roadmap.startDate || roadmap.asOf > roadmap.targetDate) return { markup: [], bottom };
  const x = frame.scale.x(roadmap.asOf);
  const label = `Today, ${roadmap.asOf}`;
  return {
    markup: [
      element("line", { x1: x, y1: top - 2, x2: x, y2: bottom + 2, stroke: "#222222", "stroke-width": 1.5, "stroke-dasharray": "4 3" }),
      `<text x="${coordinate(x)}" y="${coordinate(bottom + 15)}" font-size="11" font-weight="bold" fill="#222222" text-anchor="middle">${xmlText(label)}</text>`,
    ],
    bottom: bottom + 20,
  };
}

/** What the picture shows, in words, for screen readers. */
function description(roadmap: Roadmap): string {
  const counts = new Map<ProgressStatus, number>();
  for (const goal of roadmap.goals) counts.set(goal.status, (counts.get(goal.status) ?? 0) + 1);
  const statuses = [...counts].map(([status, count]) => `${count} ${STATUS_NAMES[status]}`).join(", ");
  const milestones = roadmap.milestones.map((milestone) => `${milestone.title} (due ${milestone.dueDate})`).join("; ");
  return [
    `From ${roadmap.startDate} to ${roadmap.targetDate}, as of ${roadmap.asOf}.`,
    `${roadmap.milestones.length} milestones${milestones ? `: ${milestones}` : ""}.`,
    `${roadmap.goals.length} goals in three lanes (core, auxiliary, exploratory)${statuses ? `: ${statuses}` : ""}; each is a bar from its start to its due date, coloured by status.`,
    `${roadmap.reviews.length} review dates are ticks below the lanes.`,
  ].join(" ");
}

