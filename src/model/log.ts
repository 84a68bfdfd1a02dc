import * as z from "zod";
import { Ratios } from "./bucket.ts";
import { Id, Text } from "./fields.ts";
import { IsoDate } from "./isoDate.ts";
import { MAX_LOG_MINUTES } from "./logLimits.ts";


/**
 * One dated line of the progress log: time spent on a goal or task
 * (`minutes`), a task done (`taskId` with `done: true`), a metric check-in
 * (`goalId` with `value`, the metric's new `current`), a note, or a piece of
 * evidence (a shipped project, a talk given, a certificate).
 *
 * @example
 * ```ts
 * const entries: LogEntryInput[] = [
 *   { date: "2027-01-11", goalId: "g-design-course", minutes: 50, note: "Lecture 3: consistent hashing" },
 *   { date: "2027-01-12", taskId: "g-design-course-t3", done: true },
 *   { date: "2027-01-15", goalId: "g-load-time", value: 4.2 },
 *   { date: "2027-01-20", goalId: "g-lead-feature", evidence: "Shipped the billing export to all customers" },
 * ];
 * ```
 *
 * @category Model
 */
export const LogEntry = z.object({
  date: IsoDate,
  minutes: z.number().min(0).max(MAX_LOG_MINUTES).optional(),
  goalId: Id.optional(),
  taskId: Id.optional(),
  done: z.boolean().optional(),
  value: z.number().optional(),
  note: Text.optional(),
  evidence: Text.optional(),
});
/** One dated line of the progress log. @category Model */
export interface LogEntry extends z.infer<typeof LogEntry> {}
/** A log entry as written by a caller (the date not yet checked). @category Model */
export interface LogEntryInput extends z.input<typeof LogEntry> {}

/**
 * A temporary change of the 70/20/10 ratios for the days `from` to `until`
 * (both included), e.g. a crunch month at 85/10/5. The quarter around it is
 * still held to the plan's ratios as a whole.
 *
 * @example
 * ```ts
 * const crunch: RatioOverrideInput = {
 *   from: "2027-03-01",
 *   until: "2027-03-31",
 *   ratios: { core: 0.85, auxiliary: 0.1, exploratory: 0.05 },
 *   note: "Release month",
 * };
 * ```
 *
 * @category Model
 */
export const RatioOverride = z.object({
  from: IsoDate,
  until: IsoDate,
  ratios: Ratios,
  note: Text.optional(),
});
/** A dated change of the ratios. @category Model */
export interface RatioOverride extends z.infer<typeof RatioOverride> {}
/** A ratio override as written by a caller (dates not yet checked). @category Model */
export interface RatioOverrideInput extends z.input<typeof RatioOverride> {}
