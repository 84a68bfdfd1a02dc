import type { IsoDate, Issue, PlanInput } from "../model/index.ts";

/**
 * One of the five SMART criteria.
 *
 * @example
 * ```ts
 * const criterion: Criterion = "timeBound";
 * ```
 *
 * @category SMART
 */
export type Criterion = "specific" | "measurable" | "achievable" | "relevant" | "timeBound";

/**
 * The verdict on one criterion: `pass`, `fail`, or `unknown` when the input
 * cannot decide it (no plan to compare effort with, for instance).
 *
 * @example
 * ```ts
 * const verdict: CriterionResult = { status: "pass", reason: "states a quantity", evidence: ["3 reports"] };
 * ```
 *
 * @category SMART
 */
export interface CriterionResult {
  /** `pass`, `fail`, or `unknown` when the input cannot decide it. */
  status: "pass" | "fail" | "unknown";
  /** Why, in words a person understands. */
  reason: string;
  /** The words of the text, or the fields of the goal, that decided it. */
  evidence: string[];
}

/**
 * What {@link checkSmart} found: a verdict per criterion, the resolved
 * deadline, a score and one `smart/not-*` issue per failed criterion.
 *
 * @example
 * ```ts
 * const report: SmartReport = checkSmart("Publish 3 articles on system design by March 2027");
 * report.score; //=> 3
 * ```
 *
 * @category SMART
 */
export interface SmartReport {
  /** No criterion failed. */
  ok: boolean;
  /** How many criteria passed, 0..5. */
  score: number;
  /** The verdict on each criterion. */
  criteria: Record<Criterion, CriterionResult>;
  /** The resolved due date (relative phrases need `asOf`). */
  deadline?: IsoDate;
  /** One `smart/not-<criterion>` warning per failed criterion, in path-then-code order. */
  issues: Issue[];
}

/**
 * The context of a SMART check: today's date and the plan the goal belongs to.
 *
 * @example
 * ```ts
 * const options: CheckSmartOptions = { asOf: "2026-11-22" };
 * ```
 *
 * @category SMART
 */
export interface CheckSmartOptions {
  /** Today, `YYYY-MM-DD`: resolves relative deadlines and starts goals without a startDate. */
  asOf?: string;
  /** The plan: its capacity decides *achievable*, its vision and milestones *relevant*. */
  plan?: PlanInput;
}
