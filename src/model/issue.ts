import * as z from "zod";
import type { IssueCode } from "./issueCode.ts";

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
 * A problem found in a plan: a stable `code` to switch on (an {@link IssueCode}),
 * a `path` to the item (JSON-safe, like `["goals", 2, "dueDate"]`), a `message`
 * for people that does not repeat the path (render both with `formatIssue`)
 * and an optional `hint` on how to fix it. The schema accepts any code, so
 * stored issues from another version still parse; issues the library returns
 * carry an `IssueCode`.
 *
 * @example
 * ```ts
 * const issue: Issue = {
 *   code: "timeline/past-due",
 *   severity: "warning",
 *   path: ["goals", 0, "dueDate"],
 *   message: "past due (2026-09-30) and still active",
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
/** A problem found in a plan; `code` is one of the library's {@link IssueCode}s. @category Model */
export interface Issue extends Omit<z.infer<typeof Issue>, "code"> {
  /** What kind of problem it is: stable, switch on it. */
  code: IssueCode;
}
