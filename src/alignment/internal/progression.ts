// Private: milestones must raise the bar, not lower it. The same indicator
// metric should keep or improve its target from one milestone to a later one.
import { formatPath } from "../../model/formatIssue.ts";
import { byDueDate } from "../../_lib/order.ts";
import type { Indicator, Issue } from "../../model/index.ts";
import { type AlignmentIndex, warn } from "./planIndex.ts";

/** An indicator and the index of the milestone that sets its target. */
interface Target {
  at: number;
  indicator: Indicator;
}

/**
 * Pushes a `progression/regression` issue on the later milestone's
 * indicator target when a metric's target gets worse than at the previous
 * (earlier-dated) milestone with that metric. Metrics match by name, ignoring
 * case and surrounding spaces. A metric whose baseline is above its target is
 * meant to go down (a load time), so there a rising target is the regression.
 */
export function checkProgression(index: AlignmentIndex, issues: Issue[]): void {
  const { milestones } = index;
  const order = [...milestones.keys()].filter((at) => milestones[at]!.indicators?.length).sort((a, b) => byDueDate(milestones[a]!, milestones[b]!));

  // Per metric: its latest target so far, and the latest one due strictly before that.
  const latest = new Map<string, Target>();
  const previous = new Map<string, Target>();
  for (const at of order) {
    milestones[at]!.indicators!.forEach((indicator, step) => {
      const metric = indicator.metric.trim().toLowerCase();
      const last = latest.get(metric);
      if (last !== undefined && milestones[last.at]!.dueDate < milestones[at]!.dueDate) previous.set(metric, last);
      latest.set(metric, { at, indicator });
      const earlier = previous.get(metric);
      if (earlier === undefined || !regresses(earlier.indicator, indicator)) return;
      const unit = indicator.unit ? ` ${indicator.unit}` : "";
      const message = `"${indicator.metric}" target ${indicator.target}${unit} is worse than the ${earlier.indicator.target}${unit} of ${formatPath(["milestones", earlier.at])}`;
      const hint = "Keep each target at least as ambitious as at earlier milestones, or rename the metric.";
      warn(issues, "progression/regression", ["milestones", at, "indicators", step, "target"], message, hint);
    });
  }
}

function regresses(earlier: Indicator, later: Indicator): boolean {
  const reference = earlier.baseline !== undefined ? earlier : later;
  const lowerIsBetter = reference.baseline !== undefined && reference.target < reference.baseline;
  return lowerIsBetter ? later.target > earlier.target : later.target < earlier.target;
}
