import { fail, requireObject } from "../_lib/args.ts";
import { assertIsoDate } from "../_lib/dates.ts";
import { sortIssues } from "../_lib/issues.ts";
import { visionDates } from "../_lib/visionDates.ts";
import type { Issue, PlanInput } from "../model/index.ts";
import { checkBackups } from "./internal/backup.ts";
import { checkCapacity } from "./internal/capacity.ts";
import { checkEffortMix } from "./internal/effort.ts";
import { checkLinks } from "./internal/links.ts";
import { checkLoggedMix } from "./internal/loggedMix.ts";
import { DEFAULT_LOG_WINDOW_WEEKS } from "../rules/defaults.ts";
import { indexForAlignment } from "./internal/planIndex.ts";
import { checkProgression } from "./internal/progression.ts";
import { checkReferences } from "./internal/references.ts";
import { checkReviewCadence } from "./internal/reviewCadence.ts";
import { checkActiveGoalsSmart } from "./internal/smart.ts";
import { checkGoalDates, checkMilestoneOrder } from "./internal/timeline.ts";

/** What one issue of each severity costs, per item of the plan. */
const SEVERITY_WEIGHT = { error: 1, warning: 0.25, info: 0 } as const;

/**
 * Options of {@link checkAlignment}.
 *
 * @category Alignment
 */
export interface CheckAlignmentOptions {
  /** The date the plan is checked on (`YYYY-MM-DD`): what is past due, which milestones are still ahead, which review is due. */
  asOf: string;
  /** How far a bucket's share of effort may drift from its ratio before `allocation/drift` (0..1). Default 0.05. */
  tolerance?: number;
  /** The recent window of the progress log the 70/20/10 mix is measured on, in weeks up to `asOf`. Default 4. */
  logWindowWeeks?: number;
}

/**
 * The result of {@link checkAlignment}.
 *
 * @category Alignment
 */
export interface CheckAlignmentResult {
  /** No issue has severity `"error"`. */
  ok: boolean;
  /** 0..1: the mean coverage, lowered by the issues (see the README's formula). */
  score: number;
  /** Every issue found, sorted by path, then code. */
  issues: Issue[];
  /** Fractions 0..1 of the plan that is linked (1 when there is nothing to link). */
  coverage: {
    /** Vision capabilities worked on by a milestone or by an active or done goal. */
    capabilities: number;
    /** Milestones not yet due (dueDate ≥ asOf) with at least one active goal. */
    milestones: number;
    /** Active core and auxiliary goals linked to an existing milestone. */
    goals: number;
  };
}

/**
 * Finds every break between this week's work and the long-term vision.
 *
 * Checks, in one linear pass per rule: the vision's dates
 * (`vision/invalid-dates`: error); data parsePlan would reject and the rules
 * cannot use (`schema/invalid` at `ratios` or a goal's `bucket`: errors); broken references (`ref/duplicate-id`,
 * `ref/unknown`, `graph/cycle`: errors); links (`goal/orphan`,
 * `milestone/unsupported`, `capability/uncovered`); dates
 * (`timeline/goal-after-milestone`, `timeline/milestone-order`,
 * `timeline/past-due`); milestone targets (`progression/regression`); the
 * 70/20/10 mix (`allocation/drift`: of the time logged in the last
 * `logWindowWeeks` weeks when the log has some, measured against a dated
 * ratio override in force and, around an override, the quarter's logged time
 * against the plan's ratios; else of the work planned for the next quarter); backup
 * plans (`goal/no-backup`, info: an active core goal due within six months
 * has no `backup`); goals that fit one by one but not together in their
 * bucket's hours (`capacity/overcommitted`, per bucket and quarter); the
 * quarterly review cadence (`review/overdue`); and the SMART criteria of
 * every active goal (`smart/not-*`). All but the vision-date and reference
 * errors are warnings. Each issue's `path` points at the offending item, e.g.
 * `["goals", 3, "dueDate"]`. Iterative throughout, O(size of the plan).
 *
 * @param plan - A plan that fits the model (e.g. from `parsePlan`); never modified.
 * @param options - `asOf` (today) and the drift `tolerance`.
 * @returns `ok`, a 0..1 `score`, the sorted `issues` and the `coverage` fractions.
 * @throws {RangeError} `options.asOf` is not a `YYYY-MM-DD` date, or `tolerance` is not in 0..1.
 * @throws {TypeError} `plan` does not have the model's shape (no vision, `goals` not an array…): the message names the field.
 *
 * @example
 * ```ts
 * import { checkAlignment, type PlanInput } from "careerplan";
 *
 * const plan: PlanInput = {
 *   vision: { id: "v", statement: "Become a senior software engineer in 5 years", startDate: "2026-01-05", targetDate: "2030-12-31" },
 *   milestones: [{ id: "m-1y", title: "Lead one feature end to end", dueDate: "2027-01-05", horizon: "1y" }],
 *   goals: [{ id: "g1", title: "Lead one feature end-to-end by December 31, 2026", milestoneId: "m-2y", dueDate: "2026-12-31" }],
 *   reviews: [{ id: "r1", date: "2026-10-05", kind: "quarterly" }],
 * };
 * const report = checkAlignment(plan, { asOf: "2026-11-22" });
 * report.ok; //=> false
 * report.issues.map((issue) => `${issue.code} at ${issue.path.join(".")}`);
 * //=> ["ref/unknown at goals.0.milestoneId", "smart/not-relevant at goals.0.milestoneId",
 * //    "milestone/unsupported at milestones.0", "review/overdue at reviews"]
 * report.coverage; //=> { capabilities: 1, milestones: 0, goals: 1 }
 * ```
 *
 * @category Alignment
 */
export function checkAlignment(plan: PlanInput, options: CheckAlignmentOptions): CheckAlignmentResult {
  requireObject("checkAlignment", "options", options);
  const { asOf, tolerance, logWindowWeeks = DEFAULT_LOG_WINDOW_WEEKS } = options;
  assertIsoDate(asOf, "checkAlignment: options.asOf");
  if (tolerance !== undefined && !(typeof tolerance === "number" && tolerance >= 0 && tolerance <= 1)) {
    fail("checkAlignment", "options.tolerance", "a number in 0..1", tolerance);
  }
  if (!(Number.isInteger(logWindowWeeks) && logWindowWeeks >= 1 && logWindowWeeks <= 520)) fail("checkAlignment", "options.logWindowWeeks", "a whole number of weeks from 1 to 520", logWindowWeeks);

  // One index of the plan for every rule; it throws a TypeError for a plan of the wrong shape.
  const issues: Issue[] = [];
  const index = indexForAlignment(plan, asOf, issues);
  // The vision's dates: the timeline and review rules take only the usable ones.
  const { start, target, issues: dateIssues } = visionDates(plan.vision);
  issues.push(...dateIssues);
  checkReferences(index, issues);
  const coverage = checkLinks(index, issues);
  checkGoalDates(index, issues);
  checkMilestoneOrder(index, target, issues);
  checkProgression(index, issues);
  // The elastic 70/20/10: time logged recently when there is some, else the effort planned ahead.
  if (!checkLoggedMix(index, logWindowWeeks, tolerance, issues)) checkEffortMix(index, tolerance, issues);
  checkBackups(index, issues);
  checkCapacity(index, issues);
  checkReviewCadence(index, start, issues);
  checkActiveGoalsSmart(index, issues);
  sortIssues(issues);

  // score = mean(coverage) × max(0, 1 − penalty / items), rounded to 3 decimals.
  let penalty = 0;
  for (const issue of issues) penalty += SEVERITY_WEIGHT[issue.severity];
  const items = Math.max(1, index.capabilities.length + index.milestones.length + index.goals.length);
  const linked = (coverage.capabilities + coverage.milestones + coverage.goals) / 3;
  const score = Math.round(linked * Math.max(0, 1 - penalty / items) * 1000) / 1000;
  return { ok: issues.every((issue) => issue.severity !== "error"), score, issues, coverage };
}
