import * as z from "zod";
import { Id, Text } from "./fields.ts";
import { Goal } from "./goal.ts";
import { IsoDate } from "./isoDate.ts";

/**
 * What a review decided about one goal: keep it, tweak it (apply `changes`),
 * replace it (with `replacement`, or with the goal's `backup` when
 * `useBackup` is true) or drop it.
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
  changes: Goal.omit({ id: true }).partial().optional(),
  replacement: Goal.optional(),
  useBackup: z.boolean().optional(),
});
/** What a review decided about one goal. @category Model */
export interface ReviewDecision extends z.infer<typeof ReviewDecision> {}
/** A review decision as written by a caller. @category Model */
export interface ReviewDecisionInput extends z.input<typeof ReviewDecision> {}

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
export interface Review extends z.infer<typeof Review> {}
/** A review as written by a caller (dates not yet checked). @category Model */
export interface ReviewInput extends z.input<typeof Review> {}
