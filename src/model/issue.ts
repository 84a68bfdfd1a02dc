import * as z from "zod";

/**
 * How serious an {@link Issue} is: an `error` makes a check fail (`ok: false`),
 * a `warning` deserves attention, an `info` is a remark.
 *
 * @example
 * ```ts
 * Severity.parse("warning"); //=> "warning"
 * ```
 *
 * @category Model
 */
export const Severity = z.enum(["error", "warning", "info"]);
/** How serious an issue is. @category Model */
export type Severity = z.infer<typeof Severity>;

/**
 * A problem found in a plan: a stable `code` to switch on, a `path` to the item
 * (JSON-safe, like `["goals", 2, "dueDate"]`), a `message` for people and an
 * optional `hint` on how to fix it.
 *
 * @example
 * ```ts
 * const issue: Issue = {
 *   code: "timeline/past-due",
 *   severity: "warning",
 *   path: ["goals", 0, "dueDate"],
 *   message: "goals[0].dueDate: 2026-09-30 is before 2026-11-22",
 * };
 * ```
 *
 * @category Model
 */
export const Issue = z.object({
  code: z.string().min(1),
  severity: Severity,
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
  hint: z.string().optional(),
});
/** A problem found in a plan. @category Model */
export interface Issue extends z.infer<typeof Issue> {}
