// Private: one number for how aligned a plan is, from its coverage and issues.
import type { Issue } from "../../model/index.ts";
import type { Coverage } from "./links.ts";

/** What one issue of each severity costs, per item of the plan. */
export const SEVERITY_WEIGHT = { error: 1, warning: 0.25, info: 0 } as const;

/**
 * score = mean(coverage) × max(0, 1 − penalty / items), rounded to 3
 * decimals, where penalty = errors × 1 + warnings × 0.25 and items =
 * capabilities + milestones + goals (at least 1).
 */
export function alignmentScore(coverage: Coverage, issues: readonly Issue[], items: number): number {
  let penalty = 0;
  for (const issue of issues) penalty += SEVERITY_WEIGHT[issue.severity] ?? 0;
  const linked = (coverage.capabilities + coverage.milestones + coverage.goals) / 3;
  const health = Math.max(0, 1 - penalty / Math.max(1, items));
  return Math.round(linked * health * 1000) / 1000;
}
