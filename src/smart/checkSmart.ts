import { fail, requirePlan } from "../_lib/args.ts";
import type { GoalInput } from "../model/index.ts";
import { judgeSmart } from "./judgeSmart.ts";
import { lookUpFacts } from "./planCriteria.ts";
import { timeContext } from "./timeContext.ts";
import type { CheckSmartOptions, CheckSmartResult } from "./types.ts";

/**
 * Judges a goal statement, or a whole goal, against the five SMART criteria.
 *
 * The text is scanned once, in time linear in its length: *specific* wants a
 * concrete action and no vague phrase ("get better at", "learn more"), or a
 * soft verb ("improve", "explore") made concrete by a quantity or method;
 * *measurable* wants a quantity ("3 reports", "20%", "$5,000", "30 minutes"), a
 * frequency ("three times a week", "every Monday") or an observable deliverable
 * ("complete a course", "lead a feature end to end"); a confidence rating
 * ("7/10", "80% confident") does not count. *Time-bound* wants a deadline
 * {@link parseDeadline} can read, a relative span or an event ("by the next
 * review"). A goal's `metric` makes it measurable and its `dueDate` time-bound.
 * With a plan, *achievable* compares `effortHours` with the hours of the goal's
 * bucket (hoursPerWeek × ratio × days / 7) from `startDate` (or `asOf`) to the
 * deadline, and *relevant* looks for a milestone or capability link or words
 * shared with the vision; exploratory goals are relevant by choice. What the
 * input cannot decide is `unknown`, never a failure.
 *
 * *Specific* also asks "which one?": a generic career object (a certificate,
 * a job or role, an internship, a promotion, a network, skills, a resume, a
 * portfolio, a mentor, a degree…) needs a qualifier — a name ("the CKA
 * certification"), a level or field ("promoted to senior engineer", "an
 * internship in hospital data analytics"), a number ("10 jobs") or a quoted
 * title. When a goal's `dueDate` disagrees with a date written in its title,
 * a `smart/date-mismatch` warning gives both; the verdict uses `dueDate`.
 * `ok` is true when no criterion failed: the mismatch warning alone leaves it true.
 *
 * @param goal - A goal statement, or a goal (its `title` is the statement).
 * @param options - `asOf` (today), the `plan` the goal belongs to, and
 *   `dateOrder` for numeric dates in the text (see {@link parseDeadline}).
 * @returns A verdict per criterion with its reason and evidence, the deadline,
 *   the score (criteria passed) and one `smart/not-*` warning per failure.
 * @throws {TypeError} `goal` is neither a string nor an object with a string `title`.
 * @throws {TypeError} `options.plan` is not an object with a vision.
 * @throws {RangeError} `options.asOf` is not a calendar date, or `options.dateOrder` is not MDY, DMY or YMD.
 *
 * @example
 * ```ts
 * const report = checkSmart("Get better at public speaking");
 * report.criteria.specific.status; //=> "fail"
 * report.issues.map((issue) => issue.code);
 * //=> ["smart/not-measurable", "smart/not-specific", "smart/not-time-bound"]
 *
 * checkSmart("Publish 3 articles on system design by March 2027").deadline;
 * //=> "2027-03-31"
 * ```
 *
 * @category SMART
 */
export function checkSmart(goal: GoalInput | string, options: CheckSmartOptions = {}): CheckSmartResult {
  if (typeof goal !== "string" && (typeof goal !== "object" || goal === null || typeof goal.title !== "string")) {
    fail("checkSmart", "goal", "a string or a goal with a string title", goal, TypeError);
  }
  const context = timeContext("checkSmart", options);
  const plan = options.plan;
  if (plan !== undefined) requirePlan("checkSmart", plan);
  return judgeSmart(goal, context, plan === undefined ? undefined : lookUpFacts(plan));
}
