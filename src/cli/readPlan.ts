import { formatIssue, parsePlan, type Issue, type Plan } from "../index.ts";
import type { CliIo } from "./io.ts";

/**
 * A plan read from a file, or the one line that says why it could not be and,
 * when the file is JSON but not a plan, every `schema/invalid` issue from
 * parsePlan (none when the file can't be read or isn't JSON).
 */
export type ReadPlanResult = { ok: true; plan: Plan } | { ok: false; error: string; issues: readonly Issue[] };

export function readPlan(io: CliIo, file: string): ReadPlanResult {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    return { ok: false, error: `${file}: cannot read the file (${describeFsError(error)})`, issues: [] };
  }
  let json: unknown;
  try {
    // Editors on Windows save UTF-8 with a byte order mark; JSON.parse rejects it, people don't expect that.
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, error: `${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`, issues: [] };
  }
  const result = parsePlan(json);
  if (result.ok) return { ok: true, plan: result.plan };
  const [first] = result.issues;
  const more = result.issues.length > 1 ? ` (and ${result.issues.length - 1} more)` : "";
  return { ok: false, error: `${file}: not a valid plan: ${first ? formatIssue(first) : "unknown problem"}${more}`, issues: result.issues };
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "it is a directory";
  if (code === "EACCES") return "permission denied";
  return error instanceof Error ? error.message : String(error);
}
