import { addMonths, assertIsoDate, isIsoDate } from "../_lib/dates.ts";
import { goalStatus } from "../_lib/defaults.ts";
import type { CapabilityInput, IsoDate, MicroTask, MilestoneInput, PlanInput } from "../model/index.ts";
import type { CanvasCapability, CanvasGap, CanvasStep } from "./canvasTypes.ts";
import { type Building, canvasNextSteps, goalDueDates, goalsByCapability } from "./canvasSteps.ts";

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
 * case) or when it has a done goal and no active one. Every other vision
 * capability is a gap, with the earliest milestone that lists it and the active
 * goals that build it. Next steps take, for each gap in order, its first open
 * micro-task (goals by due date), or "Split … into micro-tasks" when its goals
 * have none, or "Draft a SMART goal for …" when it has no goal; then further
 * open micro-tasks of the gaps' goals, up to five steps.
 *
 * Runs in O(capabilities + milestones + goals + tasks), times the ids each lists.
 *
 * @param plan - The plan whose vision and goals the canvas compares with.
 * @param profile - The capabilities the person holds and their resources.
 * @param asOf - The day the canvas describes, `YYYY-MM-DD`.
 * @returns The canvas, ready for {@link renderCanvasMarkdown}.
 * @throws {RangeError} `asOf` is not a `YYYY-MM-DD` date.
 * @throws {TypeError} `plan` has no vision, or `profile.capabilities` is not an array.
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
 * const canvas = careerCanvas(plan, { capabilities: ["system design", "SQL"] }, "2026-11-22");
 * canvas.held.map((capability) => capability.name); //=> ["System design", "SQL"]
 * canvas.gaps.map((gap) => gap.goalIds); //=> [["g-mentor"]]
 * canvas.nextSteps[0]?.text; //=> "Split \"Mentor one junior engineer for 6 months\" into micro-tasks of 30–60 minutes"
 * ```
 *
 * @category Narrative
 */
export function careerCanvas(plan: Readonly<PlanInput>, profile: Readonly<CareerProfile>, asOf: string): CareerCanvasResult {
  if (typeof plan !== "object" || plan === null || typeof plan.vision !== "object" || plan.vision === null) {
    throw new TypeError(`careerCanvas: plan must be an object with a vision, got ${plan === null ? "null" : typeof plan}`);
  }
  if (typeof profile !== "object" || profile === null || !Array.isArray(profile.capabilities)) {
    throw new TypeError("careerCanvas: profile.capabilities must be an array of strings");
  }
  assertIsoDate(asOf, "careerCanvas: asOf");
  const capabilities = plan.vision.capabilities ?? [];
  const goals = (plan.goals ?? []).filter((goal) => goalStatus(goal) === "active" || goalStatus(goal) === "done");
  const building = goalsByCapability(goals);
  const held = heldCapabilities(capabilities, profile.capabilities, building);
  const heldIds = new Set(held.map((capability) => capability.capabilityId));
  const milestones = [...(plan.milestones ?? [])].filter((milestone) => isIsoDate(milestone.dueDate));
  milestones.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
  const firstMilestone = new Map<string, MilestoneInput>();
  for (const milestone of milestones) for (const id of milestone.capabilityIds ?? []) if (!firstMilestone.has(id)) firstMilestone.set(id, milestone);
  const gaps = capabilities.filter((capability) => !heldIds.has(capability.id)).map((capability) => gapOf(capability, firstMilestone.get(capability.id), building.get(capability.id)));
  gaps.sort((a, b) => ((a.dueDate ?? "~") < (b.dueDate ?? "~") ? -1 : (a.dueDate ?? "~") > (b.dueDate ?? "~") ? 1 : 0));
  const resources = (profile.resources ?? []).filter((resource) => typeof resource === "string" && resource.trim() !== "").map((resource) => resource.trim());
  const dueOf = goalDueDates(plan, milestones);
  const tasks: readonly MicroTask[] = plan.tasks ?? [];
  return {
    vision: plan.vision.statement,
    asOf,
    nextUpdate: addMonths(asOf, 6),
    held,
    resources,
    gaps,
    nextSteps: canvasNextSteps(gaps, goals, tasks, dueOf),
  };
}

function heldCapabilities(capabilities: readonly CapabilityInput[], named: readonly string[], building: ReadonlyMap<string, Building>): CanvasCapability[] {
  const byKey = new Map<string, CapabilityInput>();
  for (const capability of capabilities) {
    for (const key of [capability.id, capability.name]) if (!byKey.has(normalize(key))) byKey.set(normalize(key), capability);
  }
  const held: CanvasCapability[] = [];
  const seen = new Set<string>();
  for (const entry of named) {
    if (typeof entry !== "string" || entry.trim() === "") continue;
    const capability = byKey.get(normalize(entry));
    const key = capability ? `id:${capability.id}` : `name:${normalize(entry)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    held.push(capability ? { name: capability.name, capabilityId: capability.id, source: "profile" } : { name: entry.trim(), source: "profile" });
  }
  for (const capability of capabilities) {
    if (seen.has(`id:${capability.id}`)) continue;
    const goals = building.get(capability.id);
    if (goals && goals.done > 0 && goals.active.length === 0) {
      seen.add(`id:${capability.id}`);
      held.push({ name: capability.name, capabilityId: capability.id, source: "goals" });
    }
  }
  return held;
}

function gapOf(capability: CapabilityInput, milestone: MilestoneInput | undefined, goals: Building | undefined): CanvasGap {
  const gap: CanvasGap = { capabilityId: capability.id, name: capability.name, kind: capability.kind === "auxiliary" ? "auxiliary" : "core", goalIds: [...(goals?.active ?? [])] };
  if (milestone) Object.assign(gap, { milestoneId: milestone.id, milestoneTitle: milestone.title, dueDate: milestone.dueDate });
  return gap;
}

function normalize(text: string): string {
  return String(text ?? "").trim().toLowerCase();
}
