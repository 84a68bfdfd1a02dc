// The 70/20/10 section of renderPlanMarkdown. Not re-exported.
import { BUCKETS, DEFAULT_RATIOS, goalStatus } from "../rules/defaults.ts";
import { effortLeftMinutes } from "../rules/effortLeft.ts";
import { markdownTable, percent } from "../_lib/markdown.ts";
import { goalClassifier } from "../rules/bucket.ts";
import { measureAllocation } from "../allocation/index.ts";
import { resolveRatios } from "../rules/ratios.ts";
import type { PlanInput, Ratios } from "../model/index.ts";
import { taskMinutes } from "./progressRules.ts";

/** The "Effort mix" section, as Markdown blocks: the effort left on active goals per bucket against the plan's ratios. */
export function effortMixBlocks(plan: Readonly<PlanInput>): string[] {
  const ratios = usableRatios(plan.ratios);
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
  if (mix.totalMinutes === 0) return [title, "No effort left on active goals."];
  const hours = (minutes: number) => Math.round(minutes / 60);
  const rows = BUCKETS.map((name) => [name, percent(ratios[name]), percent(mix.shares[name]), String(hours(mix.minutes[name]))]);
  const moves = mix.rebalance.map((move) => `${hours(move.minutes)} hours from ${move.from} to ${move.to}`);
  return [
    title,
    "Hours left on active goals, by bucket:",
    markdownTable(["Bucket", "Target", "Planned", "Hours left"], rows).join("\n"),
    mix.withinTolerance ? "Within 5 points of the target." : `More than 5 points off the target: move ${moves.join(" and ")}.`,
  ];
}

/** The plan's ratios when they are valid, else 70/20/10: the plan's checks report bad ratios, the page still prints. */
function usableRatios(ratios: Readonly<Ratios> | undefined): Readonly<Ratios> {
  try {
    return resolveRatios("renderPlanMarkdown", ratios);
  } catch {
    return DEFAULT_RATIOS;
  }
}
