import type * as z from "zod";
import { createIssue } from "../_lib/issues.ts";
import type { Issue } from "./issue.ts";
import { Plan } from "./plan.ts";

/** The result of {@link parsePlan}: the checked plan, or the issues that stop it. @category Model */
export type ParsePlanResult =
  | { readonly ok: true; readonly plan: Plan }
  | { readonly ok: false; readonly issues: Issue[] };

/**
 * Checks untrusted data (e.g. `JSON.parse` output) against the {@link Plan}
 * model. It never throws: bad data comes back as `schema/invalid` issues with
 * the exact path and a message a person can act on. Unknown keys (including
 * `__proto__` and `constructor`) are dropped, so no prototype can be polluted.
 *
 * @param input - Anything, typically parsed JSON.
 * @returns `{ ok: true, plan }` or `{ ok: false, issues }`.
 *
 * @example
 * ```ts
 * const result = parsePlan({
 *   vision: { id: "v", statement: "Lead a platform team", startDate: "2026-01-01", targetDate: "2030-12-31" },
 *   goals: [{ id: "g1", title: "Ship the billing API", dueDate: "2027-02-30" }],
 * });
 * result.ok; //=> false
 * if (!result.ok) result.issues[0]?.message; //=> "2027-02-30 is not a calendar date" (at path ["goals", 0, "dueDate"])
 * ```
 *
 * @category Model
 */
export function parsePlan(input: unknown): ParsePlanResult {
  let result: ReturnType<typeof Plan.safeParse>;
  try {
    result = Plan.safeParse(input, { reportInput: true });
  } catch (error) {
    // Throwing getters or proxies in the input: report, never rethrow.
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [createIssue("schema/invalid", "error", [], `the plan could not be read (${reason})`)] };
  }
  if (result.success) return { ok: true, plan: result.data };
  return { ok: false, issues: result.error.issues.map(toIssue) };
}

function toIssue(issue: z.core.$ZodIssue): Issue {
  const path = issue.path.filter((key): key is string | number => typeof key !== "symbol");
  return createIssue("schema/invalid", "error", path, describe(issue), hintFor(issue));
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "is required" : `expected ${article(issue.expected)}, got ${typeName(issue.input)}`;
    case "invalid_value":
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}`;
    case "too_small":
      return issue.origin === "string" ? "must not be empty" : `must be at least ${String(issue.minimum)}`;
    case "too_big":
      return `must be at most ${String(issue.maximum)}`;
    default:
      return issue.message;
  }
}

function hintFor(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code === "invalid_format" && issue.format === "date") return "Write dates as YYYY-MM-DD, e.g. 2027-03-31.";
  if (issue.code === "custom" && issue.path.at(-1) === "ratios") return "Use shares that add up to 1, e.g. 0.7, 0.2 and 0.1.";
  return undefined;
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  // zod rejects NaN and ±Infinity as "not a number": name the value, not its typeof.
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : typeof value;
}
