// Issues are data: the path stays in `path`, the words in `message`, and the two
// meet only here, at the edge where a person reads them. Free of zod, so the
// plain functions and the CLI can render issues without the schemas.
import type { Issue } from "./issue.ts";

/**
 * Writes an issue path the way a JavaScript reader expects: `goals[2].dueDate`.
 * An empty path (the plan itself) gives `""`.
 *
 * @param path - The issue's `path`, e.g. `["goals", 2, "dueDate"]`.
 * @returns The path as text.
 *
 * @example
 * ```ts
 * import { formatPath } from "careerplan";
 *
 * formatPath(["goals", 1, "milestoneId"]); //=> "goals[1].milestoneId"
 * formatPath(["vision", "capabilities", 0]); //=> "vision.capabilities[0]"
 * formatPath([]); //=> ""
 * ```
 *
 * @category Model
 */
export function formatPath(path: readonly (string | number)[]): string {
  let text = "";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else text += text === "" ? key : `.${key}`;
  }
  return text;
}

/**
 * Writes an issue for people on one line: its path, a colon, its message
 * (`goals[1].milestoneId: unknown id "nope"`); an issue about the whole plan
 * (empty path) is its message alone. The hint is left to the caller, who
 * knows whether there is room for it.
 *
 * @param issue - Any issue the library returned.
 * @returns `"<path>: <message>"`, or the message when the path is empty.
 *
 * @example
 * ```ts
 * import { formatIssue, type Issue } from "careerplan";
 *
 * const issue: Issue = { code: "ref/unknown", severity: "error", path: ["goals", 1, "milestoneId"], message: 'unknown id "nope"' };
 * formatIssue(issue); //=> 'goals[1].milestoneId: unknown id "nope"'
 * ```
 *
 * @category Model
 */
export function formatIssue(issue: Pick<Issue, "path" | "message">): string {
  const where = formatPath(issue.path);
  return where ? `${where}: ${issue.message}` : issue.message;
}
