import { fail, requireNumber, requireObject } from "../_lib/args.ts";
import { assertIsoDate, toDayNumber } from "../_lib/dates.ts";
import { BUCKETS, DEFAULT_CADENCES, DEFAULT_RATIOS } from "../rules/defaults.ts";
import { latestCadenceDate } from "../rules/reviewsOwed.ts";
import { createIssue, sortIssues } from "../_lib/issues.ts";
import { visionDates } from "../_lib/visionDates.ts";
import type { Goal, IsoDate, Issue, Milestone, MicroTask, Plan, Ratios, Vision, VisionInput } from "../model/index.ts";
import { decomposeVision, type VisionHorizon } from "./decomposeVision.ts";
import { draftGoals } from "./draftGoals.ts";
import { sizeReservedShares } from "./reservedShares.ts";
import { splitIntoMicroTasks } from "./splitIntoMicroTasks.ts";
import { proRate } from "../rules/proRate.ts";
import { percent, ratiosLabel } from "../_lib/percent.ts";
import { measureAllocation } from "../allocation/index.ts";
import { planEffortMix } from "../rules/effortMix.ts";

const FN = "createPlan"; // named in every argument error

/**
 * Options of {@link createPlan}.
 *
 * @example
 * ```ts
 * const options: CreatePlanOptions = { asOf: "2026-12-07", hoursPerWeek: 6, planAheadWeeks: 2 };
 * ```
 *
 * @category Vision
 */
export interface CreatePlanOptions {
  /** The day the plan is made (`YYYY-MM-DD`); planning starts then, or at the vision's start if later. */
  asOf: IsoDate | string;
  /** Hours per week for career work (0 to 168); stored in the plan. */
  hoursPerWeek: number;
  /** Share of the hours per bucket; default 70/20/10. Stored in the plan when given. */
  ratios?: Ratios;
  /** Checkpoints in whole months from the day planning starts; default 6m, 1y and 3y. */
  horizons?: readonly VisionHorizon[];
  /** Weeks of work turned into micro-tasks now (a whole number, 0 to 52); default 4. */
  planAheadWeeks?: number;
}

/**
 * What {@link createPlan} returns.
 *
 * @example
 * ```ts
 * const vision = { id: "v", statement: "Become a staff engineer", startDate: "2026-12-07", targetDate: "2029-12-07" };
 * const { plan, issues }: CreatePlanResult = createPlan(vision, { asOf: "2026-12-07", hoursPerWeek: 5 });
 * plan.hoursPerWeek; //=> 5
 * ```
 *
 * @category Vision
 */
export interface CreatePlanResult {
  /** The whole plan: the vision, milestones, goals, this month's tasks, hoursPerWeek and ratios. */
  plan: Plan;
  /** What decomposition found (`vision/not-achievable`, `milestone/empty`, …), sorted by path. */
  issues: Issue[];
}

/**
 * Makes a whole plan from a vision in one call: milestones back-calculated
 * with {@link decomposeVision}, a goal draft for every capability
 * ({@link draftGoals}, starting when its prerequisites are scheduled to be
 * ready), drafts of their own for the 20 % auxiliary and 10 % exploratory
 * shares (work with the people the vision's `who` names, informational
 * interviews and talks in the field its `where` or `industry` names), and
 * micro-tasks for the next `planAheadWeeks` only ({@link splitIntoMicroTasks};
 * the rest is planned later).
 *
 * The reserved drafts are sized so the work planned for each stretch between
 * milestones (and for the first quarter on its own) follows the ratios:
 * auxiliary and exploratory hours keep pace with the core work planned there,
 * within each bucket's hours. The plan is one `parsePlan` accepts and on which
 * `checkAlignment` (as of `asOf`) finds no error and no warning whenever the
 * vision is achievable, its capabilities' effort leaves room for the ratios
 * and the issues hold no error.
 *
 * Ids: goals `g-<capabilityId>`, `g-aux-<window>`, `g-explore-<window>`
 * (suffixed when taken); tasks `<goalId>-t1`…
 *
 * @param vision - The vision with its capabilities (never modified).
 * @param options - `asOf`, `hoursPerWeek`, `ratios`, `horizons`, `planAheadWeeks`.
 * @returns The plan and the issues found while making it.
 * @throws {RangeError} `asOf` is not a calendar date, `planAheadWeeks` is not a
 *   whole number from 0 to 52, or an option decomposeVision checks is wrong.
 * @throws {TypeError} `vision` or `options` is not an object.
 *
 * @example
 * ```ts
 * const { plan, issues } = createPlan(
 *   {
 *     id: "staff-engineer",
 *     statement: "Become a staff engineer in 7 years",
 *     startDate: "2026-12-07",
 *     targetDate: "2033-12-07",
 *     who: "The junior engineers I mentor and my engineering manager",
 *     where: "Platform engineering",
 *     capabilities: [{ id: "system-design", name: "Distributed systems design", effortHours: 80, evidence: "A design doc adopted by 2 teams" }],
 *   },
 *   { asOf: "2026-12-07", hoursPerWeek: 5 },
 * );
 * plan.goals?.find((goal) => goal.bucket === "core")?.title;
 * //=> "Practise distributed systems design and show it through a design doc adopted by 2 teams by June 7, 2027"
 * plan.goals?.find((goal) => goal.bucket === "exploratory")?.title;
 * //=> "Hold 2 informational interviews with people working in platform engineering and write 3 takeaways from each by March 7, 2027"
 * issues.map((issue) => `${issue.code} (${issue.severity})`);
 * //=> ["milestone/empty (info)", "milestone/empty (info)"]: the 1-year and 3-year checkpoints have nothing left to build
 * ```
 *
 * @category Vision
 */
export function createPlan(vision: VisionInput, options: CreatePlanOptions): CreatePlanResult {
  requireObject(FN, "vision", vision, "a vision object");
  requireObject(FN, "options", options);
  const { asOf, hoursPerWeek, ratios, horizons } = options;
  assertIsoDate(asOf, "createPlan: options.asOf");
  const planAheadWeeks = requireNumber(FN, "options.planAheadWeeks", options.planAheadWeeks ?? 4, 0, true, 52);
  if (typeof hoursPerWeek !== "number") fail(FN, "options.hoursPerWeek", "a finite number from 0 to 168", hoursPerWeek);

  const base: Plan = { vision: vision as Vision, milestones: [], goals: [], tasks: [], hoursPerWeek, ...(ratios === undefined ? {} : { ratios }) };
  const { start, target, issues: dateIssues } = visionDates(vision);
  if (start === undefined || target === undefined) return { plan: base, issues: dateIssues };
  const planStart: IsoDate = start > asOf ? start : asOf;
  if (planStart >= target) {
    const issue = createIssue("vision/not-achievable", "error", ["vision", "targetDate"], `the target date ${target} is not after ${asOf}: nothing is left to plan`, "Move the target date, or review the vision.");
    return { plan: base, issues: [issue] };
  }

  const decomposition = decomposeVision({ ...vision, startDate: planStart }, { hoursPerWeek, ...(ratios === undefined ? {} : { ratios }), ...(horizons === undefined ? {} : { horizons }) });
  const { milestones, schedule } = decomposition;
  const taken = new Set<string>();
  const goals: Goal[] = [];
  for (const milestone of milestones) goals.push(...draftGoals(milestone, vision, { asOf: planStart, schedule, takenIds: taken }));
  for (const goal of goals) taken.add(goal.id);
  const labels = new Map<string, string>();
  for (const goal of goals) labels.set(goal.id, capabilityLabel(vision, goal));

  const reserved = sizeReservedShares(vision, milestones, goals, { planStart, asOf, target, hoursPerWeek, ratios: ratios ?? DEFAULT_RATIOS, taken });
  const issues = [...decomposition.issues];
  for (const { goal, label } of reserved.drafts) {
    goals.push(goal);
    labels.set(goal.id, label);
  }
  goals.sort((a, b) => (a.dueDate! < b.dueDate! ? -1 : a.dueDate! > b.dueDate! ? 1 : 0));

  const tasks = planTasks(goals, labels, planStart, planAheadWeeks);
  // Making the plan is the review every owed cadence asks for: record one of each kind owed by asOf.
  const reviews = DEFAULT_CADENCES.filter(({ everyMonths }) => latestCadenceDate(start, everyMonths, asOf) !== undefined).map(({ kind }) => ({
    id: `r-${asOf}-${kind}`,
    date: asOf as IsoDate,
    kind,
    notes: "Plan made from the vision with createPlan",
  }));
  const plan: Plan = { ...base, milestones: milestones as Milestone[], goals, tasks, ...(reviews.length > 0 ? { reviews } : {}) };
  return { plan, issues: sortIssues([...issues, ...mixIssues(plan, asOf)]) };
}

// When the capabilities give a bucket more work than the ratios allow (auxiliary capabilities and little
// core work), no reserved draft can restore the mix: say so rather than hand over a plan that drifts. The
// mix is the one checkAlignment judges (src/rules/effortMix.ts), so the plan's first check agrees with it.
function mixIssues(plan: Plan, asOf: IsoDate): Issue[] {
  const { minutes, ratios } = planEffortMix(FN, plan, asOf);
  const entries = BUCKETS.filter((bucket) => minutes[bucket] > 0).map((bucket) => ({ bucket, minutes: minutes[bucket] }));
  const mix = measureAllocation(entries, { ratios });
  if (mix.withinTolerance) return [];
  const shares = BUCKETS.map((bucket) => `${bucket} ${percent(mix.shares[bucket], 0)}%`).join(", ");
  const message = `the capabilities plan ${shares} of the first quarter's work, off the ${ratiosLabel(ratios)} ratios: reserved drafts cannot make up for missing core work`;
  return [createIssue("allocation/drift", "warning", ["vision", "capabilities"], message, "Add core capabilities, or give auxiliary ones a later need-by date.")];
}

// The work of the next weeks: each goal's effort spread evenly over its days, the part in the window turned into tasks.
function planTasks(goals: readonly Goal[], labels: ReadonlyMap<string, string>, planStart: IsoDate, weeks: number): MicroTask[] {
  const from = toDayNumber(planStart);
  const to = from + weeks * 7;
  const tasks: MicroTask[] = [];
  for (const goal of goals) {
    if (!(goal.effortHours! > 0) || goal.startDate === undefined || goal.dueDate === undefined) continue;
    const planMinutes = Math.floor(proRate(goal.effortHours! * 60, toDayNumber(goal.startDate), toDayNumber(goal.dueDate), from, to));
    if (planMinutes === 0) continue;
    tasks.push(...splitIntoMicroTasks(goal, { label: labels.get(goal.id) ?? goal.id, planMinutes: Math.min(planMinutes, 60_000) }).tasks);
  }
  return tasks;
}

// "System design course"-like labels: the capability's name, short.
function capabilityLabel(vision: VisionInput, goal: Goal): string {
  const capability = (vision.capabilities ?? []).find((candidate) => candidate.id === goal.capabilityIds?.[0]);
  return capability?.name.trim() || goal.id;
}
