import { fail, requireObject, requirePlan } from "../_lib/args.ts";
import { addMonths, assertIsoDate, isIsoDate } from "../_lib/dates.ts";
import { goalStatus } from "../rules/defaults.ts";
import { firstById, firstByKey } from "../_lib/ids.ts";
import { byDueDate } from "../_lib/order.ts";
import type { CapabilityInput, IsoDate, PlanInput } from "../model/index.ts";
import type { CanvasCapability, CanvasGap, CanvasStep } from "./canvasTypes.ts";
import { canvasNextSteps } from "./canvasSteps.ts";
import { earnedEvidence } from "./evidence.ts";
import { listAt } from "./maps.ts";

/**
 * What the person brings to the career canvas: the capabilities they hold
 * (vision capability ids or names, or any other skill) and their resources.
 *
 * @category Narrative
 */
export interface CareerProfile {
  /** Capabilities held: a vision capability's id or name (any case), or any other skill. */
  capabilities: readonly string[];
  /** People, time, money or tools to draw on (a mentor, a training budget …). */
  resources?: readonly string[];
}

/**
 * Options of {@link careerCanvas}.
 *
 * @category Narrative
 */
export interface CareerCanvasOptions {
  /** The day the canvas describes (`YYYY-MM-DD`); log entries after it are not counted. */
  asOf: string;
}

/**
 * The career canvas: capabilities held, resources, the gaps to the vision and
 * the next steps.
 *
 * @category Narrative
 */
export interface CareerCanvasResult {
  /** The vision statement the canvas measures against. */
  vision: string;
  /** The day the canvas describes. */
  asOf: IsoDate;
  /** When to update it: six months after `asOf`. */
  nextUpdate: IsoDate;
  /** Capabilities held: the profile's first, then those earned by finishing every goal that builds them. */
  held: CanvasCapability[];
  /** The profile's resources, trimmed, without blanks. */
  resources: string[];
  /** Vision capabilities not held, by the due date of their milestone (none last), then vision order. */
  gaps: CanvasGap[];
  /** At most five steps: one per gap first, then more open micro-tasks by goal due date. */
  nextSteps: CanvasStep[];
}

/**
 * Draws the career canvas: what the person holds, what they can draw on, what
 * still separates them from the vision, and what to do next.
 *
 * A vision capability is held when the profile names it (by id or name, in any
 * case) or when it has a done goal and no active one. A held vision capability
 * cites as `evidence` only what is earned: the titles of its done goals and
 * the `evidence` logged (on or before `asOf`) on goals building it — never the
 * evidence the plan still expects. Every other vision
 * capability is a gap, with the earliest milestone that lists it and the active
 * goals that build it. Next steps take, for each gap in order, its first open
 * micro-task (goals by due date; tasks closed by a review are history, not
 * steps), or "Split … into micro-tasks" when its goals have none, or "Draft a SMART goal for …" when it has no goal; then further
 * open micro-tasks of the gaps' goals, up to five steps.
 *
 * Runs in O(capabilities + milestones + goals + tasks), times the ids each lists.
 *
 * @param plan - The plan whose vision and goals the canvas compares with.
 * @param profile - The capabilities the person holds and their resources.
 * @param options - `asOf`, the day the canvas describes.
 * @returns The canvas, ready for {@link renderCanvasMarkdown}.
 * @throws {RangeError} `asOf` is not a `YYYY-MM-DD` date.
 * @throws {TypeError} `plan` has no vision, `profile` or `options` is not an object, or `profile.capabilities` is not an array.
 *
 * @example
 * ```ts
 * const plan: PlanInput = {
 *   vision: {
 *     id: "v",
 *     statement: "Become a senior software engineer in 5 years",
 *     startDate: "2026-01-05",
 *     targetDate: "2030-12-31",
 *     capabilities: [{ id: "system-design", name: "System design" }, { id: "mentoring", name: "Mentoring" }],
 *   },
 *   goals: [{ id: "g-mentor", title: "Mentor one junior engineer for 6 months", capabilityIds: ["mentoring"] }],
 * };
 * const canvas = careerCanvas(plan, { capabilities: ["system design", "SQL"] }, { asOf: "2026-11-22" });
 * canvas.held.map((capability) => capability.name); //=> ["System design", "SQL"]
 * canvas.gaps.map((gap) => gap.goalIds); //=> [["g-mentor"]]
 * canvas.nextSteps[0]?.text; //=> "Split \"Mentor one junior engineer for 6 months\" into micro-tasks of 30–60 minutes"
 * ```
 *
 * @category Narrative
 */
export function careerCanvas(plan: Readonly<PlanInput>, profile: Readonly<CareerProfile>, options: Readonly<CareerCanvasOptions>): CareerCanvasResult {
  const where = "careerCanvas";
  requirePlan(where, plan);
  requireObject(where, "profile", profile);
  if (!Array.isArray(profile.capabilities)) fail(where, "profile.capabilities", "an array", profile.capabilities, TypeError);
  requireObject(where, "options", options, "an object such as { asOf }");
  const { asOf } = options;
  assertIsoDate(asOf, `${where}: options.asOf`);
  const { vision } = plan;
  const capabilities = vision.capabilities ?? [];
  // Replaced and dropped goals build nothing.
  const goals = (plan.goals ?? []).filter((goal) => ["active", "done"].includes(goalStatus(goal)));
  // Per vision capability id: the active goals building it (ids, plan order); and the ids a done goal builds.
  const activeGoals = new Map<string, string[]>();
  const builtByDoneGoal = new Set<string>();
  for (const goal of goals) {
    // A goal naming a capability twice still counts once.
    for (const id of new Set(goal.capabilityIds)) {
      if (goalStatus(goal) === "done") builtByDoneGoal.add(id);
      else listAt(activeGoals, id).push(goal.id);
    }
  }
  const held = heldCapabilities(capabilities, profile.capabilities);
  for (const capability of capabilities) {
    const { id } = capability;
    if (builtByDoneGoal.has(id) && !activeGoals.has(id) && !held.has(id)) held.set(id, canvasCapability(capability, "goals"));
  }
  const earned = earnedEvidence(plan, asOf);
  for (const [id, entry] of held) {
    const found = entry.capabilityId === undefined ? undefined : earned.get(id);
    const evidence = found ? [...found.doneGoals, ...found.logged] : [];
    if (evidence.length > 0) held.set(id, { ...entry, evidence });
  }
  const milestones = (plan.milestones ?? []).filter((milestone) => isIsoDate(milestone.dueDate)).sort(byDueDate);
  const firstMilestone = firstByKey(milestones.flatMap((milestone) => (milestone.capabilityIds ?? []).map((id): [string, typeof milestone] => [id, milestone])));
  const gaps = capabilities
    .filter((capability) => !held.has(capability.id))
    .map(({ id, name, kind = "core" }): CanvasGap => {
      const milestone = firstMilestone.get(id);
      return {
        capabilityId: id,
        name,
        kind,
        goalIds: [...(activeGoals.get(id) ?? [])],
        // The milestones were filtered by isIsoDate, so the due date is one.
        ...(milestone && { milestoneId: milestone.id, milestoneTitle: milestone.title, dueDate: milestone.dueDate as IsoDate }),
      };
    })
    // Gaps without a milestone (so without a due date) last.
    .sort(byDueDate);
  // A goal's due date: its own, else its milestone's, else the vision's target.
  const milestoneDue = firstById(milestones, (milestone) => milestone.dueDate);
  const goalById = firstById(goals, (goal) => ({
    goal,
    dueDate: isIsoDate(goal.dueDate) ? goal.dueDate : ((goal.milestoneId === undefined ? undefined : milestoneDue.get(goal.milestoneId)) ?? vision.targetDate),
  }));
  return {
    vision: vision.statement,
    asOf,
    nextUpdate: addMonths(asOf, 6),
    held: [...held.values()],
    resources: (profile.resources ?? []).map((resource) => (typeof resource === "string" ? resource.trim() : "")).filter(Boolean),
    gaps,
    nextSteps: canvasNextSteps(gaps, goalById, (plan.tasks ?? []).filter((task) => task.closedOn === undefined)),
  };
}

// The capabilities the profile names, keyed by the vision capability's id, or
// by the normalized name for any other skill. Such a name never equals an id:
// it would have matched that capability.
function heldCapabilities(capabilities: readonly CapabilityInput[], named: readonly string[]): Map<string, CanvasCapability> {
  const byIdOrName = firstByKey(capabilities.flatMap((capability): [string, CapabilityInput][] => [[normalize(capability.id), capability], [normalize(capability.name), capability]]));
  const held = new Map<string, CanvasCapability>();
  for (const entry of named) {
    const key = typeof entry === "string" ? normalize(entry) : "";
    if (key === "") continue;
    const capability = byIdOrName.get(key);
    const id = capability?.id ?? key;
    if (!held.has(id)) held.set(id, capability ? canvasCapability(capability, "profile") : { name: entry.trim(), source: "profile" });
  }
  return held;
}

function canvasCapability(capability: CapabilityInput, source: CanvasCapability["source"]): CanvasCapability {
  return { name: capability.name, capabilityId: capability.id, source };
}

function normalize(text: string): string {
  return String(text ?? "").trim().toLowerCase();
}
