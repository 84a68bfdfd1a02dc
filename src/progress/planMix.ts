// The 70/20/10 section of renderPlanMarkdown (and the ratios the roadmap pictures
// show). Not re-exported.
import { BUCKETS, DEFAULT_RATIOS, goalStatus } from "../_lib/defaults.ts";
import { effortLeftMinutes } from "../_lib/effortLeft.ts";
import { markdownTable, percent } from "../_lib/markdown.ts";
import { goalClassifier } from "../allocation/classifyGoal.ts";
import { measureAllocation } from "../allocation/index.ts";
import { resolveRatios } from "../allocation/ratios.ts";
import type { PlanInput, Ratios } from "../model/index.ts";
import { taskMinutes } from "./progressRules.ts";

/** The "Effort mix" section, as Markdown blocks: the effort left on active goals per bucket against the plan's ratios. */
export function effortMixBlocks(plan: Readonly<PlanInput>): string[] {
  const { ratios, usable } = planRatios(plan.ratios);
  const minutesOf = taskMinutes(plan.tasks ?? []);
  const entries = [];
  const classify = goalClassifier(plan.vision);
  for (const goal of plan.goals ?? []) {
    if (goalStatus(goal) !== "active") continue;
    const sums = minutesOf.get(goal.id);
    const minutes = effortLeftMinutes(goal.effortHours, sums?.total ?? 0, sums?.done ?? 0);
    if (minutes === 0) continue;
    // An unknown bucket name would make classifyGoal throw; the plan's checks report it, the page classifies by capabilities.
    const known = goal.bucket === undefined || BUCKETS.includes(goal.bucket);
    entries.push({ bucket: classify(known ? goal : { ...goal, bucket: undefined }), minutes });
  }
  const mix = measureAllocation(entries, { ratios });
  const title = `## Effort mix (${BUCKETS.map((name) => Math.round(ratios[name] * 100)).join("/")})`;
  // Bad ratios are checkAlignment's to report; the page says it fell back instead of passing 70/20/10 off as the plan's.
  const heading = usable ? [title] : [title, UNUSABLE_RATIOS];
  if (mix.totalMinutes === 0) return [...heading, "No effort left on active goals."];
  const hours = (minutes: number) => Math.round(minutes / 60);
  const rows = BUCKETS.map((name) => [name, percent(ratios[name]), percent(mix.shares[name]), String(hours(mix.minutes[name]))]);
  const moves = mix.rebalance.map((move) => `${hours(move.minutes)} hours from ${move.from} to ${move.to}`);
  return [
    ...heading,
    "Hours left on active goals, by bucket:",
    markdownTable(["Bucket", "Target", "Planned", "Hours left"], rows).join("\n"),
    mix.withinTolerance ? "Within 5 points of the target." : `More than 5 points off the target: move ${moves.join(" and ")}.`,
  ];
}

/** What the page says when the plan's ratios can't be used. */
export const UNUSABLE_RATIOS = "The plan's ratios are not usable (each must be a number of 0 or more, and the three must add up to 1), so the mix is compared with 70/20/10.";

/**
 * The plan's ratios when they are valid (70/20/10 when it has none), else
 * 70/20/10 with `usable: false`: the plan's checks report bad ratios, the
 * pages and pictures still draw and say which target they used.
 */
export function planRatios(ratios: Readonly<Ratios> | undefined): { ratios: Readonly<Ratios>; usable: boolean } {
  try {
    return { ratios: resolveRatios("renderPlanMarkdown", ratios), usable: true };
  } catch {
    return { ratios: DEFAULT_RATIOS, usable: false };
  }
}
