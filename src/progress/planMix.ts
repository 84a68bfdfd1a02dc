// The 70/20/10 section of renderPlanMarkdown. Not re-exported.
import { BUCKETS, DEFAULT_RATIOS, goalStatus } from "../rules/defaults.ts";
import { effortLeftMinutes } from "../rules/effortLeft.ts";
import { markdownTable, percent } from "../_lib/markdown.ts";
import { goalClassifier } from "../rules/bucket.ts";
import { measureAllocation } from "../allocation/index.ts";
import { planRatios } from "../rules/ratios.ts";
import { LIMITS, type PlanInput } from "../model/index.ts";
import { fail } from "../_lib/args.ts";
import { taskMinutes } from "./progressRules.ts";

/** What the page says when the plan's ratios can't be used. */
const UNUSABLE_RATIOS = "The plan's ratios are not usable (each must be a number of 0 or more, and the three must add up to 1), so the mix is compared with 70/20/10.";

/** The "Effort mix" section, as Markdown blocks: the effort left on active goals per bucket against the plan's ratios. */
export function effortMixBlocks(plan: Readonly<PlanInput>): string[] {
  // Bad ratios are checkAlignment's to report; the page compares with 70/20/10 and says so, instead of passing them off as the plan's.
  const usable = planRatios(plan).ratios;
  const ratios = usable ?? DEFAULT_RATIOS;
  const minutesOf = taskMinutes(plan.tasks ?? []);
  const entries = [];
  const classify = goalClassifier(plan.vision);
  for (const [at, goal] of (plan.goals ?? []).entries()) {
    if (goalStatus(goal) !== "active") continue;
    // parsePlan stops these; a plan that skipped it gets the page's own error, not measureAllocation's.
    if (typeof goal.effortHours === "number" && goal.effortHours > LIMITS.effortHours) fail("renderPlanMarkdown", `plan.goals[${at}].effortHours`, `at most ${LIMITS.effortHours}`, goal.effortHours, RangeError);
    const sums = minutesOf.get(goal.id);
    const minutes = effortLeftMinutes(goal.effortHours, sums?.total ?? 0, sums?.done ?? 0);
    if (minutes === 0) continue;
    // An unknown bucket name is the plan's checks' to report; the rule classifies such a goal by its capabilities.
    entries.push({ bucket: classify(goal), minutes });
  }
  const mix = measureAllocation(entries, { ratios });
  const title = `## Effort mix (${BUCKETS.map((name) => Math.round(ratios[name] * 100)).join("/")})`;
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
