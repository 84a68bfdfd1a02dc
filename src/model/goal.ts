import * as z from "zod";
import { Bucket } from "./bucket.ts";
import { Hours, Id, Text } from "./fields.ts";
import { LIMITS } from "./limits.ts";
import { IsoDate } from "./isoDate.ts";

/**
 * A measurable outcome: a metric, its target and optionally where it started
 * (`baseline`) and where it stands (`current`). A target below the baseline
 * means the metric is meant to go down (a load time, a defect count).
 *
 * @example
 * ```ts
 * const loadTime: Indicator = { metric: "dashboard load time", unit: "s", baseline: 5, target: 3 };
 * ```
 *
 * @category Model
 */
export const Indicator = z.object({
  metric: Text.min(1, { error: "must not be empty" }),
  target: z.number(),
  unit: Text.optional(),
  baseline: z.number().optional(),
  current: z.number().optional(),
});
/** A measurable outcome. @category Model */
export interface Indicator extends z.infer<typeof Indicator> {}

/**
 * A checkpoint on the way to the vision (6 months, 1 year, 3 years …).
 *
 * @example
 * ```ts
 * const oneYear: MilestoneInput = {
 *   id: "m-1y",
 *   title: "Lead one feature end to end",
 *   dueDate: "2027-01-01",
 *   horizon: "1y",
 * };
 * ```
 *
 * @category Model
 */
export const Milestone = z.object({
  id: Id,
  title: Text,
  dueDate: IsoDate,
  horizon: Text.optional(),
  capabilityIds: z.array(Id).optional(),
  indicators: z.array(Indicator).optional(),
});
/** A checkpoint on the way to the vision. @category Model */
export interface Milestone extends z.infer<typeof Milestone> {}
/** A milestone as written by a caller (dates not yet checked). @category Model */
export interface MilestoneInput extends z.input<typeof Milestone> {}

/**
 * What a goal is doing now: `active` (the default), `done`, `replaced` by
 * another goal, or `dropped`.
 *
 * @example
 * ```ts
 * GoalStatus.options; //=> ["active", "done", "replaced", "dropped"]
 * ```
 *
 * @category Model
 */
export const GoalStatus = z.enum(["active", "done", "replaced", "dropped"]);
/** What a goal is doing now. @category Model */
export type GoalStatus = z.infer<typeof GoalStatus>;

const goalFields = {
  id: Id,
  title: Text,
  milestoneId: Id.optional(),
  bucket: Bucket.optional(),
  capabilityIds: z.array(Id).optional(),
  startDate: IsoDate.optional(),
  dueDate: IsoDate.optional(),
  effortHours: Hours.optional(),
  metric: Indicator.optional(),
  status: GoalStatus.optional(),
  replaces: Id.optional(),
  backup: Text.optional(),
};

/**
 * A short-term SMART goal that supports a milestone. `title` is the goal
 * statement; `status` defaults to `"active"`; `backup` says what to do if the
 * goal becomes impossible (a company change, a skill gone obsolete).
 *
 * @example
 * ```ts
 * const goal: GoalInput = {
 *   id: "g-design-course",
 *   title: "Complete one advanced course in system design by March 2027",
 *   milestoneId: "m-6m",
 *   bucket: "core",
 *   dueDate: "2027-03-31",
 *   effortHours: 40,
 * };
 * ```
 *
 * @category Model
 */
export const Goal = z.object(goalFields);
/** A short-term SMART goal. @category Model */
export interface Goal extends z.infer<typeof Goal> {}
/** A goal as written by a caller (dates not yet checked). @category Model */
export interface GoalInput extends z.input<typeof Goal> {}

/**
 * A step of 30–60 minutes towards a goal. `closedOn` marks a step that will
 * not be done because its goal was replaced or dropped on that day: it stays
 * as history but is no longer a next step.
 *
 * @example
 * ```ts
 * const task: MicroTask = { id: "g-design-course-t1", goalId: "g-design-course", title: "Watch lecture 1", minutes: 45 };
 * ```
 *
 * @category Model
 */
export const MicroTask = z.object({
  id: Id,
  goalId: Id,
  title: Text,
  minutes: z.number().min(0).max(LIMITS.taskMinutes),
  done: z.boolean().optional(),
  closedOn: IsoDate.optional(),
});
/** A step of 30–60 minutes towards a goal. @category Model */
export interface MicroTask extends z.infer<typeof MicroTask> {}
/** A micro-task as written by a caller (dates not yet checked). @category Model */
export interface MicroTaskInput extends z.input<typeof MicroTask> {}
