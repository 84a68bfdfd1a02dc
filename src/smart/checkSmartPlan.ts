import type { Issue, PlanInput } from "../model/index.ts";
import { underPath } from "../_lib/issues.ts";
import { goalStatus } from "../rules/defaults.ts";
import { planLists } from "../rules/planIndex.ts";
import { judgeSmart } from "./judgeSmart.ts";
import { indexFacts } from "./planCriteria.ts";
import { timeContext } from "./timeContext.ts";
import type { CheckSmartPlanOptions, CheckSmartPlanResult } from "./types.ts";

/**
 * Judges every active goal of a plan against the five SMART criteria, as
 * {@link checkSmart} does one goal with `{ plan }`, indexing the plan once:
 * its milestones, capabilities and vision words are looked up in that index,
 * so checking n goals takes time linear in the plan's size.
 *
 * @param plan - The plan; goals whose `status` is done, replaced or dropped are skipped.
 * @param options - `asOf` (today) and `dateOrder` for numeric dates in titles.
 * @returns Every active goal's issues (those {@link checkSmart} gives it with
 *   the plan), with paths under `["goals", i]`. Only the issues are kept, so a
 *   plan of 100,000 goals leaves no 100,000 results in memory: call
 *   `checkSmart(goal, { plan })` for one goal's verdicts and evidence.
 * @throws {TypeError} `plan` does not have the model's shape (no vision, `goals` not an array).
 * @throws {RangeError} `options.asOf` is not a calendar date, or `options.dateOrder` is not MDY, DMY or YMD.
 *
 * @example
 * ```ts
 * import { checkSmartPlan, type PlanInput } from "careerplan";
 *
 * const plan: PlanInput = {
 *   vision: { id: "v", statement: "Become a senior engineer known for system design", startDate: "2026-01-05", targetDate: "2030-12-31" },
 *   goals: [
 *     { id: "g1", title: "Publish 3 articles on system design by March 2027", dueDate: "2027-03-31" },
 *     { id: "g2", title: "Earn a certificate", dueDate: "2027-06-30" },
 *   ],
 * };
 * checkSmartPlan(plan, { asOf: "2026-11-22" }).issues.map((issue) => `${issue.code} at ${issue.path.join(".")}`);
 * //=> ["smart/not-relevant at goals.1.title", "smart/not-specific at goals.1.title"]
 * ```
 *
 * @category SMART
 */
export function checkSmartPlan(plan: PlanInput, options: CheckSmartPlanOptions = {}): CheckSmartPlanResult {
  const context = timeContext("checkSmartPlan", options);
  const lists = planLists("checkSmartPlan", plan);
  const facts = indexFacts(lists);
  const issues: Issue[] = [];
  for (let at = 0; at < lists.goals.length; at++) {
    const goal = lists.goals[at]!;
    // A title that is not text is a data problem parsePlan reports; there is nothing to judge.
    if (goalStatus(goal) !== "active" || typeof goal.title !== "string") continue;
    for (const issue of judgeSmart(goal, context, facts).issues) issues.push(underPath(["goals", at], issue));
  }
  return { issues };
}
