import type { IsoDate } from "../model/index.ts";

/**
 * A capability the person holds, as the career canvas lists it.
 *
 * @example
 * ```ts
 * const held: CanvasCapability = { name: "System design", capabilityId: "system-design", source: "goals" };
 * ```
 *
 * @category Narrative
 */
export interface CanvasCapability {
  /** The capability's name (the vision's name when it matches one). */
  name: string;
  /** The vision capability it matches, when it matches one. */
  capabilityId?: string;
  /** `"profile"`: the person says they hold it; `"goals"`: every goal building it is done. */
  source: "profile" | "goals";
  /** What proves it, earned so far: done goals' titles and logged evidence (absent when there is none). */
  evidence?: string[];
}

/**
 * A vision capability the person does not hold yet, with what closes it.
 *
 * @example
 * ```ts
 * const plan: PlanInput = {
 *   vision: {
 *     id: "v",
 *     statement: "Become a senior software engineer in 5 years",
 *     startDate: "2026-01-05",
 *     targetDate: "2030-12-31",
 *     capabilities: [{ id: "feature-ownership", name: "End-to-end feature ownership" }],
 *   },
 *   milestones: [{ id: "m-1y", title: "Lead one feature end to end", dueDate: "2027-01-05", capabilityIds: ["feature-ownership"] }],
 * };
 * const gap: CanvasGap | undefined = careerCanvas(plan, { capabilities: [] }, { asOf: "2026-11-22" }).gaps[0];
 * gap?.milestoneId; //=> "m-1y"
 * ```
 *
 * @category Narrative
 */
export interface CanvasGap {
  /** The vision capability's id. */
  capabilityId: string;
  /** The vision capability's name. */
  name: string;
  /** `"core"` or `"auxiliary"` (core when the capability does not say). */
  kind: "core" | "auxiliary";
  /** The earliest milestone (by due date) that lists the capability. */
  milestoneId?: string;
  /** That milestone's title. */
  milestoneTitle?: string;
  /** That milestone's due date. */
  dueDate?: IsoDate;
  /** The active goals that build the capability, in plan order. */
  goalIds: string[];
}

/**
 * One next step on the canvas: an open micro-task of a goal that closes a
 * gap, or a drafted step when no task is waiting.
 *
 * @example
 * ```ts
 * const step: CanvasStep = {
 *   text: "Agree the rollout plan with QA",
 *   capabilityId: "feature-ownership",
 *   goalId: "g-lead-feature",
 *   taskId: "g-lead-feature-2",
 *   minutes: 45,
 * };
 * ```
 *
 * @category Narrative
 */
export interface CanvasStep {
  /** What to do, in a sentence. */
  text: string;
  /** The gap this step closes. */
  capabilityId: string;
  /** The goal it belongs to, if any. */
  goalId?: string;
  /** The micro-task it is, if it is one. */
  taskId?: string;
  /** The micro-task's minutes, if it is one. */
  minutes?: number;
}
