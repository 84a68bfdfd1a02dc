// Private: the elastic 70/20/10 on real time. When the progress log holds time
// in the recent window, the mix is measured on the minutes logged per bucket
// (against a dated ratio override when one is in force), and a quarter with an
// override is still held to the plan's ratios as a whole.
import { measureAllocation } from "../../allocation/index.ts";
import { addDays, isIsoDate } from "../../_lib/dates.ts";
import type { Bucket, Issue, Ratios } from "../../model/index.ts";
import { BUCKETS } from "../../rules/defaults.ts";
import { recentFrom } from "../../rules/effortMix.ts";
import { loggedMinutesByBucket } from "../../rules/logged.ts";
import { driftIssue } from "../../rules/driftIssue.ts";
import { resolveRatios } from "../../rules/ratios.ts";
import type { AlignmentIndex } from "./planIndex.ts";
import { ratiosLabel } from "../../_lib/percent.ts";

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
  const quarterFrom = addDays(asOf, -QUARTER_DAYS + 1);
  const recent = loggedMinutesByBucket(index, { from: recentFrom(asOf, weeks), asOf });
  if (recent.core + recent.auxiliary + recent.exploratory === 0) return false;
  // Unusable plan ratios are reported by the index; the mix cannot be judged against them.
  const planRatios = index.ratios;
  if (planRatios === undefined) return true;
  const overrides = Array.isArray(plan.ratioOverrides) ? plan.ratioOverrides.filter((item) => typeof item === "object" && item !== null) : [];
  const override = overrides.find((item) => isIsoDate(item.from) && isIsoDate(item.until) && item.from <= asOf && asOf <= item.until && usable(item.ratios));
  const ratios = override ? override.ratios : planRatios;
  const what = override ? `the time logged in the last ${weeks} weeks (override ${ratiosLabel(override.ratios)} in force)` : `the time logged in the last ${weeks} weeks`;
  report(recent, ratios, tolerance, what, () => true, issues);
  // A dated override bends the mix for a while; the quarter around it must still follow the plan.
  const overlapsQuarter = overrides.some((item) => isIsoDate(item.from) && isIsoDate(item.until) && item.from <= asOf && item.until >= quarterFrom);
  if (overlapsQuarter) report(loggedMinutesByBucket(index, { from: quarterFrom, asOf }), planRatios, tolerance, "the time logged over the last quarter", (drift) => drift < 0, issues);
  return true;
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
