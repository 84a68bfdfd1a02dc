// The 70/20/10 section of renderPlanMarkdown. Not re-exported.
import { DEFAULT_RATIOS, goalStatus } from "../_lib/defaults.ts";
import { effortLeftMinutes } from "../_lib/effortLeft.ts";
import { markdownTable, percent } from "../_lib/markdown.ts";
import { classifyGoal, measureAllocation } from "../allocation/index.ts";
import type { Bucket, PlanInput, Ratios } from "../model/index.ts";
import { taskMinutes } from "./progressRules.ts";

const NAMES: Record<Bucket, string> = { core: "Core", auxiliary: "Auxiliary", exploratory: "Exploratory" };
const BUCKET_NAMES = new Set<unknown>(["core", "auxiliary", "exploratory"]);

/** The "Effort mix" section: the effort left on active goals per bucket against the plan's ratios. */
export function effortMixLines(plan: Readonly<PlanInput>): string[] {
  const ratios = usableRatios(plan.ratios);
  const minutesOf = taskMinutes(plan.tasks ?? []);
  const entries: { bucket: Bucket; minutes: number }[] = [];
  for (const goal of plan.goals ?? []) {
    if (goalStatus(goal) !== "active") continue;
    const sums = minutesOf.get(goal.id);
    const minutes = effortLeftMinutes(goal.effortHours, sums?.total ?? 0, sums?.done ?? 0);
    if (minutes === 0) continue;
    // An unknown bucket name would make classifyGoal throw; the plan's checks report it, the page just ignores it.
    const bucket = classifyGoal({ id: goal.id, title: goal.title, capabilityIds: goal.capabilityIds, bucket: BUCKET_NAMES.has(goal.bucket) ? goal.bucket : undefined }, plan.vision);
    entries.push({ bucket, minutes });
  }
  const mix = measureAllocation(entries, { ratios });
  const title = `## Effort mix (${Math.round(ratios.core * 100)}/${Math.round(ratios.auxiliary * 100)}/${Math.round(ratios.exploratory * 100)})`;
  if (mix.totalMinutes === 0) return [title, "", "No effort left on active goals.", ""];
  const rows = (["core", "auxiliary", "exploratory"] as const).map((bucket) => [
    NAMES[bucket],
    percent(ratios[bucket]),
    percent(mix.shares[bucket]),
    String(Math.round(mix.minutes[bucket] / 60)),
  ]);
  const lines = [title, "", "The hours still to spend on active goals, by bucket:", "", ...markdownTable(["Bucket", "Target", "Planned", "Hours left"], rows), ""];
  if (mix.withinTolerance) lines.push("The mix is within 5 points of the target.", "");
  else {
    const moves = mix.rebalance.map((move) => `${Math.round(move.minutes / 60)} hours from ${move.from} to ${move.to}`);
    lines.push(`The mix is off the target by more than 5 points: move ${moves.join(" and ")}.`, "");
  }
  return lines;
}

function usableRatios(ratios: Readonly<Ratios> | undefined): Readonly<Ratios> {
  if (!ratios) return DEFAULT_RATIOS;
  const values = [ratios.core, ratios.auxiliary, ratios.exploratory];
  const valid = values.every((value) => typeof value === "number" && Number.isFinite(value) && value >= 0);
  return valid && Math.abs(values[0]! + values[1]! + values[2]! - 1) <= 1e-9 ? ratios : DEFAULT_RATIOS;
}
