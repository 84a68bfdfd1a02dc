// Private: milestones must raise the bar, not lower it. The same indicator
// metric should keep or improve its target from one milestone to a later one.
import { createIssue, formatPath } from "../../_lib/issues.ts";
import type { Indicator, Issue } from "../../model/index.ts";
import type { PlanIndex } from "./planIndex.ts";

interface Sighting {
  /** Due date of the milestone that sets this target. */
  date: string;
  /** Milestone index and indicator index. */
  milestone: number;
  indicator: number;
  /** The indicator itself. */
  value: Indicator;
}

interface MetricState {
  /** The latest sighting so far. */
  last: Sighting;
  /** The latest sighting at a strictly earlier date than `last`. */
  before: Sighting | undefined;
}

const HINT = "Keep each milestone's target at least as ambitious as the one before it, or rename the metric if it measures something else.";

/**
 * Pushes a `progression/regression` issue on the later milestone's
 * indicator target when a metric's target gets worse than at the previous
 * (earlier-dated) milestone with that metric. Metrics match by name, ignoring
 * case and surrounding spaces. A metric whose baseline is above its target is
 * meant to go down (a load time), so there a rising target is the regression.
 */
export function checkProgression(index: PlanIndex, issues: Issue[]): void {
  const { milestones } = index;
  const order: number[] = [];
  for (let at = 0; at < milestones.length; at++) if ((milestones[at]!.indicators?.length ?? 0) > 0) order.push(at);
  order.sort((a, b) => (milestones[a]!.dueDate < milestones[b]!.dueDate ? -1 : milestones[a]!.dueDate > milestones[b]!.dueDate ? 1 : a - b));

  const states = new Map<string, MetricState>();
  for (const at of order) {
    const milestone = milestones[at]!;
    const indicators = milestone.indicators!;
    for (let step = 0; step < indicators.length; step++) {
      const sighting: Sighting = { date: milestone.dueDate, milestone: at, indicator: step, value: indicators[step]! };
      const key = sighting.value.metric.trim().toLowerCase();
      const state = states.get(key);
      if (state === undefined) {
        states.set(key, { last: sighting, before: undefined });
        continue;
      }
      if (state.last.date < sighting.date) state.before = state.last;
      state.last = sighting;
      if (state.before !== undefined && regresses(state.before.value, sighting.value)) issues.push(regression(state.before, sighting));
    }
  }
}

function regresses(earlier: Indicator, later: Indicator): boolean {
  const reference = earlier.baseline !== undefined ? earlier : later;
  const lowerIsBetter = reference.baseline !== undefined && reference.target < reference.baseline;
  return lowerIsBetter ? later.target > earlier.target : later.target < earlier.target;
}

function regression(earlier: Sighting, later: Sighting): Issue {
  const unit = later.value.unit ? ` ${later.value.unit}` : "";
  const where = formatPath(["milestones", earlier.milestone]);
  const message = `target ${later.value.target}${unit} for "${later.value.metric}" is worse than the ${earlier.value.target}${unit} set for ${where}, due earlier (${earlier.date})`;
  return createIssue("progression/regression", "warning", ["milestones", later.milestone, "indicators", later.indicator, "target"], message, HINT);
}
