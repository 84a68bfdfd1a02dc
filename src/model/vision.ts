import * as z from "zod";
import { Hours, Id, Text } from "./fields.ts";
import { IsoDate } from "./isoDate.ts";

/**
 * Something the vision needs: a skill, an experience or a track record.
 * `kind` defaults to `"core"`; `requires` lists capabilities that come first;
 * `by` is the date it is needed by (an intermediate destination such as a
 * role can be pinned this way); `source` says whether it is a skill to build,
 * knowledge to study, a technology to learn or something `"custom"` (an
 * outcome such as a role: its goal is the outcome itself).
 *
 * @example
 * ```ts
 * const design: CapabilityInput = {
 *   id: "system-design",
 *   name: "System design",
 *   effortHours: 120,
 *   requires: ["distributed-systems"],
 *   source: "skill",
 *   by: "2028-06-30",
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
  /** Needed by this date: decomposeVision places it on a milestone due on or before it, or says it cannot. */
  by: IsoDate.optional(),
  /** What it is, which sets how its goal is phrased; inferred from the name when absent. */
  source: z.enum(["skill", "knowledge", "technology", "custom"]).optional(),
});
/** Something the vision needs. @category Model */
export interface Capability extends z.infer<typeof Capability> {}
/** A capability as written by a caller (dates not yet checked). @category Model */
export interface CapabilityInput extends z.input<typeof Capability> {}

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
export interface Vision extends z.infer<typeof Vision> {}
/** A vision as written by a caller (dates not yet checked). @category Model */
export interface VisionInput extends z.input<typeof Vision> {}
