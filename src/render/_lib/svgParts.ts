// Private: the parts of the SVG roadmap, top to bottom. Each takes the y it
// starts at and returns its markup and the y where the next part starts.
import { shorten } from "../../_lib/plainText.ts";
import { BUCKETS } from "../../rules/defaults.ts";
import type { Bucket, Ratios } from "../../model/index.ts";
import type { ProgressStatus } from "../../progress/index.ts";
import type { Roadmap, RoadmapGoal } from "./roadmap.ts";
import { packRows } from "./svgRows.ts";
import { type TimeScale, ticks } from "./svgScale.ts";
import { coordinate, element, textWidth, xmlText } from "./svgText.ts";
import { percent } from "../../_lib/percent.ts";

/** Okabe–Ito colours, told apart with every common colour-vision deficiency; grey for not started. */
export const STATUS_COLOURS: Record<ProgressStatus, string> = {
  done: "#009E73",
  "on-track": "#0072B2",
  "at-risk": "#E69F00",
  "off-track": "#D55E00",
  "not-started": "#BBBBBB",
};
export const STATUS_NAMES: Record<ProgressStatus, string> = { done: "done", "on-track": "on track", "at-risk": "at risk", "off-track": "off track", "not-started": "not started" };
const LANE_NAMES: Record<Bucket, string> = { core: "Core", auxiliary: "Auxiliary", exploratory: "Exploratory" };
const INK = "#222222";
const MUTED = "#595959";
const HALO = 'paint-order="stroke" stroke="#ffffff" stroke-width="3" stroke-linejoin="round"';

export interface Part {
  markup: string[];
  bottom: number;
}

/** Where the picture's columns are: the page, the lane names and the plot. */
export interface Frame {
  width: number;
  pad: number;
  scale: TimeScale;
}

export function headerPart(roadmap: Roadmap, frame: Frame, top: number): Part {
  const fits = Math.floor((frame.width - 2 * frame.pad) / (0.58 * 17));
  const subtitle = `Career roadmap, ${roadmap.startDate} to ${roadmap.targetDate} · as of ${roadmap.asOf}`;
  return {
    markup: [
      element("text", { x: frame.pad, y: top + 17, "font-size": 17, "font-weight": "bold", fill: INK }, xmlText(shorten(roadmap.title, fits))),
      element("text", { x: frame.pad, y: top + 37, "font-size": 12, fill: MUTED }, xmlText(subtitle)),
    ],
    bottom: top + 50,
  };
}

/** Milestone titles in as many rows as keep them apart, each with a leader to its diamond on the track. */
export function milestonePart(roadmap: Roadmap, frame: Frame, top: number): Part {
  const { scale } = frame;
  const labels = roadmap.milestones.map((milestone) => {
    const x = scale.x(milestone.dueDate);
    const title = shorten(milestone.title, 40);
    const detail = `${milestone.horizon ? `${milestone.horizon} · ` : ""}due ${milestone.dueDate}`;
    const width = Math.max(textWidth(title, 12), textWidth(detail, 11));
    // Labels start at their diamond, or end there when they would run off the right edge.
    const anchorEnd = x + width > frame.width - frame.pad && x - width >= frame.pad;
    return { milestone, x, title, detail, anchorEnd, from: anchorEnd ? x - width : x, to: anchorEnd ? x : x + width };
  });
  const rows = packRows(labels, 12);
  const rowCount = Math.max(0, ...rows.map((row) => row + 1));
  const track = top + rowCount * 32 + 12;
  const markup = [element("line", { x1: scale.left, y1: track, x2: scale.right, y2: track, stroke: "#9E9E9E", "stroke-width": 1 })];
  labels.forEach((label, index) => {
    const rowTop = top + rows[index]! * 32;
    const anchor = label.anchorEnd ? "end" : "start";
    const { milestone, x } = label;
    markup.push(
      `<g>${element("title", {}, xmlText(`${milestone.title}: milestone due ${milestone.dueDate}, ${STATUS_NAMES[milestone.status]}`))}`,
      element("line", { x1: x, y1: rowTop + 30, x2: x, y2: track - 7, stroke: "#BDBDBD", "stroke-width": 1, "stroke-dasharray": "2 2" }),
      `<text x="${coordinate(x)}" y="${coordinate(rowTop + 12)}" font-size="12" font-weight="bold" fill="${INK}" text-anchor="${anchor}" ${HALO}>${xmlText(label.title)}</text>`,
      `<text x="${coordinate(x)}" y="${coordinate(rowTop + 26)}" font-size="11" fill="${MUTED}" text-anchor="${anchor}" ${HALO}>${xmlText(label.detail)}</text>`,
      element("path", { d: diamond(x, track, 7), fill: "#333333", stroke: "#ffffff", "stroke-width": 1.5 }),
      "</g>",
    );
  });
  return { markup, bottom: track + 10 };
}

/** The years (or months) along the top of the lanes; returns the tick xs for the grid. */
export function axisPart(roadmap: Roadmap, frame: Frame, top: number): Part & { grid: number[] } {
  const { scale } = frame;
  const marks = ticks(roadmap.startDate, roadmap.targetDate, scale.right - scale.left);
  const markup = marks.map(({ date, label }) => element("text", { x: scale.x(date), y: top + 12, "font-size": 11, fill: MUTED, "text-anchor": "middle" }, label));
  return { markup, bottom: top + 20, grid: marks.map(({ date }) => scale.x(date)) };
}

/** One lane per bucket: goals as bars coloured by status, titles above them, packed into rows. */
export function lanesPart(roadmap: Roadmap, frame: Frame, target: { ratios: Readonly<Ratios>; usable: boolean }, grid: readonly number[], top: number): Part {
  const { ratios } = target;
  const { scale } = frame;
  const backgrounds: string[] = [];
  const markup: string[] = [];
  let y = top;
  BUCKETS.forEach((bucket, laneIndex) => {
    const goals = roadmap.goals.filter((goal) => goal.bucket === bucket).sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
    const bars = goals.map((goal) => goalBar(goal, scale));
    const rows = packRows(bars, 10);
    const height = Math.max(1, ...rows.map((row) => row + 1)) * 30 + 10;
    backgrounds.push(
      element("rect", { x: 0, y, width: frame.width, height, fill: laneIndex % 2 === 0 ? "#F4F4F4" : "#FFFFFF" }),
      element("text", { x: frame.pad, y: y + 18, "font-size": 12, "font-weight": "bold", fill: INK }, LANE_NAMES[bucket]),
      element("text", { x: frame.pad, y: y + 33, "font-size": 11, fill: MUTED }, `${percent(ratios[bucket], 0)}% of effort${target.usable ? "" : " (default)"}`),
    );
    bars.forEach((bar, index) => {
      const rowTop = y + 6 + rows[index]! * 30;
      const { goal } = bar;
      const tooltip = `${goal.title}: ${STATUS_NAMES[goal.status]}, ${goal.startDate} to ${goal.dueDate}`;
      markup.push(
        `<g>${element("title", {}, xmlText(tooltip))}`,
        `<text x="${coordinate(bar.labelX)}" y="${coordinate(rowTop + 11)}" font-size="11" fill="${INK}" ${HALO}>${xmlText(bar.label)}</text>`,
        element("rect", { x: bar.x, y: rowTop + 15, width: bar.width, height: 10, rx: 2, fill: STATUS_COLOURS[goal.status] }),
        "</g>",
      );
    });
    y += height;
  });
  // The grid goes over the lanes' backgrounds and under the bars.
  const lines = grid.map((x) => element("line", { x1: x, y1: top, x2: x, y2: y, stroke: "#DDDDDD", "stroke-width": 1 }));
  return { markup: [...backgrounds, ...lines, ...markup], bottom: y };
}

function goalBar(goal: RoadmapGoal, scale: TimeScale) {
  const x = scale.x(goal.startDate);
  const width = Math.max(4, scale.x(goal.dueDate) - x);
  const label = shorten(goal.title, 56);
  const labelWidth = textWidth(label, 11);
  // The title starts over its bar, moved left when it would run past the plot.
  const labelX = Math.max(scale.left, Math.min(x, scale.right - labelWidth));
  return { goal, x, width, label, labelX, from: Math.min(x, labelX), to: Math.max(x + width, labelX + labelWidth) };
}

/** The review dates as ticks (taller for the yearly vision review), thinned so ticks never merge. */
export function reviewsPart(roadmap: Roadmap, frame: Frame, top: number): Part {
  const { scale } = frame;
  const markup = [element("text", { x: frame.pad, y: top + 15, "font-size": 12, "font-weight": "bold", fill: INK }, "Reviews")];
  let last = -Infinity;
  for (const event of roadmap.reviews) {
    const x = scale.x(event.date);
    if (x - last < 3) continue;
    last = x;
    const vision = event.kinds.includes("vision");
    markup.push(element("line", { x1: x, y1: top + 4, x2: x, y2: top + (vision ? 20 : 13), stroke: "#333333", "stroke-width": vision ? 2 : 1 }));
  }
  return { markup, bottom: top + 26 };
}

/** The key: the five status colours, then the milestone, review and today marks. */
export function legendPart(frame: Frame, top: number): Part {
  const items: { mark: (x: number, y: number) => string; text: string }[] = [
    ...(Object.keys(STATUS_COLOURS) as ProgressStatus[]).map((status) => ({
      mark: (x: number, y: number) => element("rect", { x, y: y - 9, width: 14, height: 10, rx: 2, fill: STATUS_COLOURS[status] }),
      text: STATUS_NAMES[status],
    })),
    { mark: (x, y) => element("path", { d: diamond(x + 7, y - 4, 6), fill: "#333333" }), text: "milestone" },
    { mark: (x, y) => element("line", { x1: x + 7, y1: y - 10, x2: x + 7, y2: y + 1, stroke: "#333333", "stroke-width": 2 }), text: "review" },
    { mark: (x, y) => element("line", { x1: x + 7, y1: y - 11, x2: x + 7, y2: y + 2, stroke: INK, "stroke-width": 1.5, "stroke-dasharray": "3 2" }), text: "today" },
  ];
  const markup: string[] = [];
  let x = frame.pad;
  let y = top + 14;
  for (const item of items) {
    const width = 20 + textWidth(item.text, 11) + 14;
    if (x + width > frame.width - frame.pad) {
      x = frame.pad;
      y += 18;
    }
    markup.push(item.mark(x, y), element("text", { x: x + 20, y, "font-size": 11, fill: INK }, item.text));
    x += width;
  }
  return { markup, bottom: y + 10 };
}

export function diamond(x: number, y: number, radius: number): string {
  return `M${coordinate(x)} ${coordinate(y - radius)}L${coordinate(x + radius)} ${coordinate(y)}L${coordinate(x)} ${coordinate(y + radius)}L${coordinate(x - radius)} ${coordinate(y)}Z`;
}
