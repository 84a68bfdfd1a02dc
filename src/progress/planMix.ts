// The 70/20/10 section of renderPlanMarkdown: the same mix checkAlignment
// judges and the page's pie shows. Not re-exported.
import { BUCKETS } from "../rules/defaults.ts";
import { planEffortMix } from "../rules/effortMix.ts";
import { markdownTable, percent } from "../_lib/markdown.ts";
import { ratiosLabel } from "../_lib/percent.ts";
import { measureAllocation } from "../allocation/index.ts";
import type { PlanInput } from "../model/index.ts";
import { formatHours } from "../_lib/hours.ts";

/** What the page says when the plan's ratios can't be used. */
const UNUSABLE_RATIOS = "The plan's ratios are not usable (each must be a number of 0 or more, and the three must add up to 1), so the mix is compared with 70/20/10.";

/**
 * The "Effort mix" section, as Markdown blocks: the hours logged per bucket in
 * the last 4 weeks, or when none the hours planned for the next quarter,
 * against the plan's ratios, with the moves that would restore them.
 */
export function effortMixBlocks(plan: Readonly<PlanInput>, asOf: string): string[] {
  const effort = planEffortMix("renderPlanMarkdown", plan, asOf);
  const { ratios } = effort;
  const title = `## Effort mix (${ratiosLabel(ratios)})`;
  const heading = effort.ratiosUsable ? [title] : [title, UNUSABLE_RATIOS];
  const entries = BUCKETS.filter((bucket) => effort.minutes[bucket] > 0).map((bucket) => ({ bucket, minutes: effort.minutes[bucket] }));
  const mix = measureAllocation(entries, { ratios });
  if (mix.totalMinutes === 0) return [...heading, `No effort planned on active goals from ${effort.from} to ${effort.to}.`];
  const logged = effort.basis === "logged";
  const rows = BUCKETS.map((name) => [name, percent(ratios[name]), percent(mix.shares[name]), formatHours(mix.minutes[name] / 60)]);
  const moves = mix.rebalance.map((move) => `${formatHours(move.minutes / 60)} hours from ${move.from} to ${move.to}`);
  return [
    ...heading,
    logged ? `Hours logged from ${effort.from} to ${effort.to}, by bucket:` : `Hours planned from ${effort.from} to ${effort.to}, by bucket:`,
    markdownTable(["Bucket", "Target", logged ? "Logged" : "Planned", "Hours"], rows).join("\n"),
    mix.withinTolerance ? "Within 5 points of the target." : `More than 5 points off the target: ${logged ? "shift" : "move"} ${moves.join(" and ")}.`,
  ];
}
