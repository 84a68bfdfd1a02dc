import * as z from "zod";
import { Ratios } from "./bucket.ts";
import { Goal, Milestone, MicroTask } from "./goal.ts";
import { LogEntry, RatioOverride } from "./log.ts";
import { Review } from "./review.ts";
import { LIMITS } from "./limits.ts";
import { Vision } from "./vision.ts";

/**
 * A whole career plan: the vision, its milestones, goals, micro-tasks, the
 * reviews held, the weekly capacity, the effort ratios (with any dated
 * `ratioOverrides`) and the progress `log`.
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
  hoursPerWeek: z.number().min(0).max(LIMITS.hoursPerWeek).optional(),
  ratios: Ratios.optional(),
  ratioOverrides: z.array(RatioOverride).optional(),
  log: z.array(LogEntry).optional(),
});
/** A whole career plan, checked. @category Model */
export interface Plan extends z.infer<typeof Plan> {}
/** A plan as written by a caller (dates not yet checked). @category Model */
export interface PlanInput extends z.input<typeof Plan> {}
