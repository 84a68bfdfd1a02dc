import * as z from "zod";
import { IsoDate } from "./isoDate.ts";

const Id = z.string().min(1, { error: "must not be empty" });
const Hours = z.number().min(0).max(1_000_000);
const Text = z.string();

/**
 * Where a goal's effort goes in the 70/20/10 mix.
 *
 * @example
 * ```ts
 * Bucket.options; //=> ["core", "auxiliary", "exploratory"]
 * ```
 *
 * @category Model
 */
export const Bucket = z.enum(["core", "auxiliary", "exploratory"]);
/** Where a goal's effort goes in the 70/20/10 mix. @category Model */
export type Bucket = z.infer<typeof Bucket>;

/**
 * The share of effort per {@link Bucket}; each in 0..1 and summing to 1.
 *
 * @example
 * ```ts
 * Ratios.parse({ core: 0.7, auxiliary: 0.2, exploratory: 0.1 });
 * ```
 *
 * @category Model
 */
export const Ratios = z
  .object({
    core: z.number().min(0).max(1),
    auxiliary: z.number().min(0).max(1),
    exploratory: z.number().min(0).max(1),
  })
  .check((ctx) => {
    const { core, auxiliary, exploratory } = ctx.value;
    const sum = core + auxiliary + exploratory;
    if (Math.abs(sum - 1) > 1e-9) {
      ctx.issues.push({
        code: "custom",
        input: ctx.value,
        message: `the ratios sum to ${Number(sum.toFixed(6))}, expected 1`,
      });
    }
  });
/** The share of effort per bucket. @category Model */
export type Ratios = z.infer<typeof Ratios>;

/**
 * Something the vision needs: a skill, an experience or a track record.
 * `kind` defaults to `"core"`; `requires` lists capabilities that come first.
 *
 * @example
 * ```ts
 * const design: Capability = {
 *   id: "system-design",
 *   name: "System design",
 *   effortHours: 120,
 *   requires: ["distributed-systems"],
 * };
 * ```
 *
 * @category Model
 */
export const Capability = z.object({
  id: Id,
  name: Text,
  kind: z.enum(["core", "auxiliary"]).optional(),
  effortHours: Hours.optional(),
  requires: z.array(Id).optional(),
  evidence: Text.optional(),
});
/** Something the vision needs. @category Model */
export type Capability = z.infer<typeof Capability>;
/** A capability as written by a caller (dates not yet checked). @category Model */
export type CapabilityInput = z.input<typeof Capability>;

/**
 * The long-term destination and the 5W answers behind it (`when` is
 * `targetDate`).
 *
 * @example
 * ```ts
 * const vision: VisionInput = {
 *   id: "senior-engineer",
 *   statement: "Become a senior software engineer in 5 years",
 *   startDate: "2026-01-01",
 *   targetDate: "2030-12-31",
 * };
 * ```
 *
 * @category Model
 */
export const Vision = z.object({
  id: Id,
  statement: Text,
  startDate: IsoDate,
  targetDate: IsoDate,
  why: Text.optional(),
  what: Text.optional(),
  where: Text.optional(),
  who: Text.optional(),
  targetRole: Text.optional(),
  industry: Text.optional(),
  capabilities: z.array(Capability).optional(),
});
/** The long-term destination. @category Model */
export type Vision = z.infer<typeof Vision>;
/** A vision as written by a caller (dates not yet checked). @category Model */
export type VisionInput = z.input<typeof Vision>;

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
export type Indicator = z.infer<typeof Indicator>;

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
export type Milestone = z.infer<typeof Milestone>;
/** A milestone as written by a caller (dates not yet checked). @category Model */
export type MilestoneInput = z.input<typeof Milestone>;

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
};

/**
 * A short-term SMART goal that supports a milestone. `title` is the goal
 * statement; `status` defaults to `"active"`.
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
export type Goal = z.infer<typeof Goal>;
/** A goal as written by a caller (dates not yet checked). @category Model */
export type GoalInput = z.input<typeof Goal>;

/**
 * A step of 30–60 minutes towards a goal.
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
  minutes: z.number().min(0).max(1_000_000),
  done: z.boolean().optional(),
});
/** A step of 30–60 minutes towards a goal. @category Model */
export type MicroTask = z.infer<typeof MicroTask>;

/**
 * What a review decided about one goal: keep it, tweak it (apply `changes`),
 * replace it (with `replacement`) or drop it.
 *
 * @example
 * ```ts
 * const decision: ReviewDecisionInput = {
 *   goalId: "g-design-course",
 *   outcome: "tweak",
 *   note: "The course moved to April",
 *   changes: { dueDate: "2027-04-30" },
 * };
 * ```
 *
 * @category Model
 */
export const ReviewDecision = z.object({
  goalId: Id,
  outcome: z.enum(["keep", "tweak", "replace", "drop"]),
  note: Text.optional(),
  changes: z.object(goalFields).omit({ id: true }).partial().optional(),
  replacement: Goal.optional(),
});
/** What a review decided about one goal. @category Model */
export type ReviewDecision = z.infer<typeof ReviewDecision>;
/** A review decision as written by a caller. @category Model */
export type ReviewDecisionInput = z.input<typeof ReviewDecision>;

/**
 * Which review: the `quarterly` goal review, the 6-monthly `canvas` update or
 * the yearly `vision` review.
 *
 * @example
 * ```ts
 * ReviewKind.options; //=> ["quarterly", "canvas", "vision"]
 * ```
 *
 * @category Model
 */
export const ReviewKind = z.enum(["quarterly", "canvas", "vision"]);
/** Which review. @category Model */
export type ReviewKind = z.infer<typeof ReviewKind>;

/**
 * A review held on `date`, with its decisions.
 *
 * @example
 * ```ts
 * const review: ReviewInput = {
 *   id: "r-2027q1",
 *   date: "2027-03-31",
 *   kind: "quarterly",
 *   decisions: [{ goalId: "g-design-course", outcome: "keep" }],
 * };
 * ```
 *
 * @category Model
 */
export const Review = z.object({
  id: Id,
  date: IsoDate,
  kind: ReviewKind,
  decisions: z.array(ReviewDecision).optional(),
  notes: Text.optional(),
});
/** A review held on a date. @category Model */
export type Review = z.infer<typeof Review>;
/** A review as written by a caller (dates not yet checked). @category Model */
export type ReviewInput = z.input<typeof Review>;

/**
 * A whole career plan: the vision, its milestones, goals, micro-tasks, the
 * reviews held, the weekly capacity and the effort ratios.
 *
 * @example
 * ```ts
 * const plan: PlanInput = {
 *   vision: {
 *     id: "senior-engineer",
 *     statement: "Become a senior software engineer in 5 years",
 *     startDate: "2026-01-01",
 *     targetDate: "2030-12-31",
 *   },
 *   hoursPerWeek: 5,
 * };
 * ```
 *
 * @category Model
 */
export const Plan = z.object({
  vision: Vision,
  milestones: z.array(Milestone).optional(),
  goals: z.array(Goal).optional(),
  tasks: z.array(MicroTask).optional(),
  reviews: z.array(Review).optional(),
  hoursPerWeek: z.number().min(0).max(168).optional(),
  ratios: Ratios.optional(),
});
/** A whole career plan, checked. @category Model */
export type Plan = z.infer<typeof Plan>;
/** A plan as written by a caller (dates not yet checked). @category Model */
export type PlanInput = z.input<typeof Plan>;
