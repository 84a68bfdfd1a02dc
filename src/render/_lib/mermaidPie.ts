// Private: the "mix" kind of renderPlanMermaid.
import { BUCKETS } from "../../rules/defaults.ts";
import type { EffortMix } from "../../rules/effortMix.ts";
import { ratiosLabel } from "../../_lib/percent.ts";
import { formatHours } from "../../_lib/hours.ts";

const NAMES = { core: "Core", auxiliary: "Auxiliary", exploratory: "Exploratory" } as const;

/** The pie's lines: one slice per bucket with hours (empty buckets left out), titled with the target ratios. */
export function pieLines(mix: EffortMix): string[] {
  const target = ratiosLabel(mix.ratios);
  const what = mix.basis === "logged" ? `Hours logged from ${mix.from} to ${mix.to}` : `Hours planned from ${mix.from} to ${mix.to}`;
  // Invalid plan ratios: the title says the target is the default, not the plan's.
  const lines = ["pie showData", `  title ${what} by bucket (target ${target}${mix.ratiosUsable ? "" : ", the default"})`, `  accTitle: ${what} by bucket`];
  const slices = BUCKETS.filter((bucket) => mix.minutes[bucket] >= 3);
  lines.push(`  accDescr: ${slices.length === 0 ? "No effort to show." : slices.map((bucket) => `${NAMES[bucket]} ${formatHours(mix.minutes[bucket] / 60)} ${formatHours(mix.minutes[bucket] / 60) === "1" ? "hour" : "hours"}`).join(", ")}`);
  for (const bucket of slices) lines.push(`  "${NAMES[bucket]}" : ${formatHours(mix.minutes[bucket] / 60)}`);
  return lines;
}
