// Private: the elastic 70/20/10 on real time. When the progress log holds time
// in the recent window, the mix is measured on the minutes logged per bucket
// (against a dated ratio override when one is in force), and a quarter with an
// override is still held to the plan's ratios as a whole.
import { measureAllocation } from "../../allocation/index.ts";
import { addDays, isIsoDate } from "../../_lib/dates.ts";
import type { Bucket, Issue, Ratios } from "../../model/index.ts";
import { goalClassifier } from "../../rules/bucket.ts";
import { BUCKETS } from "../../rules/defaults.ts";
import { driftIssue } from "../../rules/driftIssue.ts";
import { resolveRatios } from "../../rules/ratios.ts";
import type { AlignmentIndex } from "./planIndex.ts";

/** The default recent window: the last 4 weeks. */
export const DEFAULT_LOG_WINDOW_WEEKS = 4;
/** A quarter, in days, for the check of a ratio override against the plan's ratios (13 weeks). */
const QUARTER_DAYS = 91;

/**
 * Pushes `allocation/drift` warnings for the time logged in the last `weeks`
 * weeks up to `asOf`, and returns whether any time was logged there (the
 * caller then skips the planned-effort check).
 */
export function checkLoggedMix(index: AlignmentIndex, weeks: number, tolerance: number | undefined, issues: Issue[]): boolean {
  const { plan, asOf } = index;
  if (!Array.isArray(plan.log) || plan.log.length === 0) return false;
  const recentFrom = addDays(asOf, -7 * weeks + 1);
  const quarterFrom = addDays(asOf, -QUARTER_DAYS + 1);
  const recent = loggedMinutes(index, recentFrom);
  if (recent.core + recent.auxiliary + recent.exploratory === 0) return false;
  // Unusable plan ratios are reported by the index; the mix cannot be judged against them.
  const planRatios = index.ratios;
  if (planRatios === undefined) return true;
  const overrides = Array.isArray(plan.ratioOverrides) ? plan.ratioOverrides.filter((item) => typeof item === "object" && item !== null) : [];
  const override = overrides.find((item) => isIsoDate(item.from) && isIsoDate(item.until) && item.from <= asOf && asOf <= item.until && usable(item.ratios));
  const ratios = override ? override.ratios : planRatios;
  const what = override ? `the time logged in the last ${weeks} weeks (override ${percentages(override.ratios)} in force)` : `the time logged in the last ${weeks} weeks`;
  report(recent, ratios, tolerance, what, () => true, issues);
  // A dated override bends the mix for a while; the quarter around it must still follow the plan.
  const overlapsQuarter = overrides.some((item) => isIsoDate(item.from) && isIsoDate(item.until) && item.from <= asOf && item.until >= quarterFrom);
  if (overlapsQuarter) report(loggedMinutes(index, quarterFrom), planRatios, tolerance, "the time logged over the last quarter", (drift) => drift < 0, issues);
  return true;
}

/** Minutes logged per bucket from `from` to `asOf` (both included), by the bucket of the goal (or task's goal) each entry names. */
function loggedMinutes(index: AlignmentIndex, from: string): Record<Bucket, number> {
  const { plan, asOf, goals, goalAt, tasks } = index;
  const minutes = { core: 0, auxiliary: 0, exploratory: 0 };
  const bucketOf = goalClassifier(plan.vision);
  const taskGoalAt = new Map<string, number | undefined>();
  index.taskGoal.forEach((at, step) => {
    if (!taskGoalAt.has(tasks[step]!.id)) taskGoalAt.set(tasks[step]!.id, at);
  });
  for (const entry of plan.log ?? []) {
    // A plan that skipped parsePlan may hold anything here: what is not an entry is skipped.
    if (typeof entry !== "object" || entry === null) continue;
    const { date } = entry;
    if (typeof date !== "string" || date < from || date > asOf || !(typeof entry.minutes === "number" && entry.minutes > 0 && entry.minutes < Infinity)) continue;
    const at = entry.goalId !== undefined ? goalAt.get(entry.goalId) : entry.taskId !== undefined ? taskGoalAt.get(entry.taskId) : undefined;
    const goal = at === undefined ? undefined : goals[at];
    // An unknown bucket name is reported by the schema; its time cannot be placed.
    if (goal === undefined || (goal.bucket !== undefined && !BUCKETS.includes(goal.bucket))) continue;
    minutes[bucketOf(goal)] += entry.minutes;
  }
  return minutes;
}

function report(minutes: Record<Bucket, number>, ratios: Readonly<Ratios>, tolerance: number | undefined, what: string, keep: (drift: number) => boolean, issues: Issue[]): void {
  const entries = BUCKETS.filter((bucket) => minutes[bucket] > 0).map((bucket) => ({ bucket, minutes: minutes[bucket] }));
  if (entries.length === 0) return;
  const mix = measureAllocation(entries, { ratios, tolerance });
  for (const issue of mix.issues) {
    const bucket = issue.path[1] as Bucket;
    if (!keep(mix.drift[bucket])) continue;
    // The log holds every bucket's time: the issue points at it, and the words name the bucket and what was measured.
    issues.push(driftIssue(["log"], bucket, mix.shares[bucket], ratios[bucket], mix.rebalance, { lead: `${bucket}: `, of: what }, ["log"]));
  }
}

/** The ratios when they are valid, else null (the plan's schema reports them). */
function usable(ratios: Readonly<Ratios> | undefined): Readonly<Ratios> | null {
  try {
    return resolveRatios("checkAlignment", ratios);
  } catch {
    return null;
  }
}

function percentages(ratios: Readonly<Ratios>): string {
  return BUCKETS.map((bucket) => Math.round(ratios[bucket] * 100)).join("/");
}
