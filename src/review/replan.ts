import { fail, requireObject, requirePlan } from "../_lib/args.ts";
import { assertIsoDate } from "../_lib/dates.ts";
import { sortIssues } from "../_lib/issues.ts";
import type { CapabilityInput, GoalInput, Issue, PlanInput } from "../model/index.ts";
import { decomposeVision, draftGoals } from "../vision/index.ts";
import { freshId, mergeCapabilities, settledCapabilities } from "./replanPath.ts";
import { placeOpenCapabilities } from "./replanMilestones.ts";

/**
 * Options of {@link replan}.
 *
 * @category Reviews
 */
export interface ReplanOptions {
  /** The day the new path starts (`YYYY-MM-DD`): milestones due before it stay as they are. */
  asOf: string;
  /** Hours per week from now on; default the plan's `hoursPerWeek` (one of the two is needed). */
  hoursPerWeek?: number;
  /** Capabilities the path now needs: an id already in the vision replaces that capability, a new id is added. */
  capabilities?: readonly CapabilityInput[];
}

/**
 * Where one capability's place in the plan moved.
 *
 * @category Reviews
 */
export interface ReplanMove {
  /** The vision capability. */
  capabilityId: string;
  /** The future milestone that held it before, if any. */
  from?: { milestoneId: string; dueDate: string };
  /** The milestone that holds it now; absent when it no longer fits before the target date. */
  to?: { milestoneId: string; dueDate: string };
}

/**
 * What {@link replan} gives back.
 *
 * @category Reviews
 */
export interface ReplanResult {
  /** The plan on its new path; the very object passed in when the decomposition failed (an error other than `vision/not-achievable`). */
  plan: PlanInput;
  /** What decomposeVision found (`vision/not-achievable`, `graph/cycle` …), with paths into the plan's vision. */
  issues: Issue[];
  /** Each capability re-planned: the milestone it left and the one it went to. */
  moves: ReplanMove[];
  /** Future milestones taken out (no kept goal named them). */
  removedMilestoneIds: string[];
  /** Goals drafted for the new milestones. */
  addedGoalIds: string[];
}

/**
 * Changes the path while keeping the vision: when the field shifts (the seeds'
 * "retain the long-term vision but adjust the implementation path", e.g. from
 * technical execution to technology commercialization), re-plans what is not
 * yet held or under way from `asOf` to the vision's target date.
 *
 * Kept as they are: the vision (its capabilities merged with
 * `options.capabilities`), every goal (done, active, replaced, dropped), the
 * tasks, reviews and log, the milestones due before `asOf`, and future
 * milestones a kept active or done goal names. The capabilities that no
 * active or done goal builds are placed again by {@link decomposeVision} on a
 * vision starting `asOf` (their `requires` on settled capabilities count as
 * met), and only future milestones change: an open capability stays on its
 * future milestone when the new decomposition has it done by then, and moves
 * to the decomposition's milestone when its old one comes too soon (or it had
 * none), never ahead of a capability it requires; a new milestone due the
 * same day as a kept one joins it; a future milestone the moves empty and no
 * goal names is taken out. {@link draftGoals} drafts one goal per open
 * capability placed, starting `asOf`. New milestones count their horizon from
 * the vision's start ("18m", "2y"); ids that clash get the `asOf` date as a
 * suffix. The capacity is `hoursPerWeek` (option, else the
 * plan's) from `asOf`, split by the plan's ratios; the effort left on kept
 * active goals is not subtracted, so check the result with checkAlignment.
 * Any error from the decomposition (a `requires` loop, bad vision dates)
 * leaves the plan unchanged; `vision/not-achievable` names what no longer
 * fits. Inputs are never modified.
 *
 * @param plan - The plan to re-plan.
 * @param options - `asOf`, and optionally new `hoursPerWeek` and `capabilities`.
 * @returns The new plan, the issues, and what moved.
 * @throws {TypeError} `plan` has no vision, or `options` is not an object.
 * @throws {RangeError} `asOf` is not a `YYYY-MM-DD` date, or there is no usable `hoursPerWeek`.
 *
 * @example
 * ```ts
 * const plan: PlanInput = {
 *   vision: {
 *     id: "v",
 *     statement: "Found a sustainable-energy technology company within 10 years",
 *     startDate: "2026-01-05",
 *     targetDate: "2035-12-31",
 *     capabilities: [{ id: "storage-tech", name: "Energy storage technology", effortHours: 120 }],
 *   },
 *   goals: [{ id: "g-storage", title: "Complete 2 advanced courses in energy storage by June 30, 2027", capabilityIds: ["storage-tech"], status: "done" }],
 *   hoursPerWeek: 6,
 * };
 * const { plan: next, moves } = replan(plan, {
 *   asOf: "2027-01-05",
 *   capabilities: [{ id: "commercialization", name: "Technology commercialization", effortHours: 100 }],
 * });
 * moves; //=> [{ capabilityId: "commercialization", to: { milestoneId: "m-18m", dueDate: "2027-07-05" } }]
 * next.goals?.at(-1)?.id; //=> "g-commercialization"
 * ```
 *
 * @category Reviews
 */
export function replan(plan: PlanInput, options: ReplanOptions): ReplanResult {
  const where = "replan";
  requirePlan(where, plan);
  requireObject(where, "options", options);
  const { asOf } = options;
  assertIsoDate(asOf, `${where}: options.asOf`);
  const hoursPerWeek = options.hoursPerWeek ?? plan.hoursPerWeek;
  if (hoursPerWeek === undefined) fail(where, "options.hoursPerWeek", "given when the plan has no hoursPerWeek", hoursPerWeek);
  if (options.capabilities !== undefined && !Array.isArray(options.capabilities)) fail(where, "options.capabilities", "an array", options.capabilities, TypeError);
  const goals = plan.goals ?? [];
  const capabilities = mergeCapabilities(plan.vision.capabilities ?? [], options.capabilities ?? []);
  const settled = settledCapabilities(goals);
  const open = capabilities.map((capability, index) => ({ capability, index })).filter(({ capability }) => !settled.has(capability.id));
  const openIds = new Set(open.map(({ capability }) => capability.id));
  // Requires on settled capabilities count as met.
  const openCapabilities = open.map(({ capability }) => ({ ...capability, requires: capability.requires?.filter((id) => openIds.has(id)) }));
  const decomposition = decomposeVision(
    {
      ...plan.vision,
      startDate: asOf,
      capabilities: openCapabilities,
    },
    { hoursPerWeek, ...(plan.ratios && { ratios: plan.ratios }) },
  );
  // The decomposition saw only the open capabilities: point its issues at the merged list.
  const issues = sortIssues(
    decomposition.issues.map((issue) => {
      const at = issue.path[0] === "vision" && issue.path[1] === "capabilities" && typeof issue.path[2] === "number" ? open[issue.path[2]]?.index : undefined;
      return at === undefined ? issue : { ...issue, path: ["vision", "capabilities", at, ...issue.path.slice(3)] };
    }),
  );
  const empty = { moves: [], removedMilestoneIds: [], addedGoalIds: [] };
  if (issues.some((issue) => issue.severity === "error" && issue.code !== "vision/not-achievable")) return { plan, issues, ...empty };

  // Future milestones a kept active or done goal names stay; the open capabilities move only where their milestone comes too soon.
  const named = new Set(goals.filter((goal) => ["active", "done", undefined].includes(goal.status)).map((goal) => goal.milestoneId));
  const placed = placeOpenCapabilities(plan.milestones ?? [], openCapabilities, decomposition.milestones, { asOf, visionStart: plan.vision.startDate, named });
  const placedIn = new Map([...placed.homes].filter(([, home]) => home.to !== undefined).map(([id, home]) => [id, home.to!] as const));

  // One goal per placed capability, starting asOf.
  const vision = { ...plan.vision, capabilities };
  const takenGoalIds = new Set(goals.map((goal) => goal.id));
  const drafted: GoalInput[] = [];
  for (const milestone of new Set(placedIn.values())) {
    const only = { ...milestone, capabilityIds: milestone.capabilityIds?.filter((id) => placedIn.get(id) === milestone) };
    for (const goal of draftGoals(only, vision, { asOf })) drafted.push({ ...goal, id: freshId(goal.id, asOf, takenGoalIds) });
  }
  const moves: ReplanMove[] = [];
  for (const [capabilityId, { from, to }] of placed.homes) {
    if (from !== undefined && to !== undefined && from.id === to.id && from.dueDate === to.dueDate) continue;
    moves.push({ capabilityId, ...(from && { from: { milestoneId: from.id, dueDate: from.dueDate } }), ...(to && { to: { milestoneId: to.id, dueDate: to.dueDate } }) });
  }
  const next: PlanInput = { ...plan, vision, milestones: placed.milestones, goals: [...goals, ...drafted] };
  if (options.hoursPerWeek !== undefined) next.hoursPerWeek = options.hoursPerWeek;
  return {
    plan: next,
    issues,
    moves,
    removedMilestoneIds: placed.removed.map((milestone) => milestone.id),
    addedGoalIds: drafted.map((goal) => goal.id),
  };
}
