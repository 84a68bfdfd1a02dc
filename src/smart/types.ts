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
 * deadline, a score, one `smart/not-*` warning per failed criterion and a
 * `smart/date-mismatch` warning when the title's deadline disagrees with the
 * goal's `dueDate`.
 *
 * @example
 * ```ts
 * const report: CheckSmartResult = checkSmart("Publish 3 articles on system design by March 2027");
 * report.score; //=> 3
 * ```
 *
 * @category SMART
 */
export interface CheckSmartResult {
  /** No criterion failed (a `smart/date-mismatch` warning alone leaves it true). */
  ok: boolean;
  /** How many criteria passed, 0..5. */
  score: number;
  /** The verdict on each criterion. */
  criteria: Record<Criterion, CriterionResult>;
  /** The resolved due date (relative phrases need `asOf`). */
  deadline?: IsoDate;
  /** One `smart/not-<criterion>` warning per failed criterion, and `smart/date-mismatch`, in path-then-code order. */
  issues: Issue[];
}

/**
 * The former name of {@link CheckSmartResult}.
 *
 * @deprecated Use {@link CheckSmartResult}; this alias goes in 0.3.
 * @example
 * ```ts
 * const report: SmartReport = checkSmart("Publish 3 articles by March 2027");
 * ```
 *
 * @category SMART
 */
export type SmartReport = CheckSmartResult;

/**
 * How numeric dates are read: `"MDY"` month first ("3/31/2027", the default),
 * `"DMY"` day first ("31/03/2027"), `"YMD"` year first ("2027/03/31").
 *
 * @example
 * ```ts
 * const order: DateOrder = "DMY";
 * ```
 *
 * @category SMART
 */
export type DateOrder = "MDY" | "DMY" | "YMD";

/**
 * How {@link parseDeadline} reads a text: today's date and the order of numeric dates.
 *
 * @example
 * ```ts
 * const options: ParseDeadlineOptions = { asOf: "2026-11-22", dateOrder: "DMY" };
 * ```
 *
 * @category SMART
 */
export interface ParseDeadlineOptions {
  /** Today, `YYYY-MM-DD`: resolves relative phrases and dates without a year. */
  asOf?: string;
  /** How numeric dates ("3/31/2027") are read; default `"MDY"`. */
  dateOrder?: DateOrder;
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
  /** How numeric dates in the text ("3/31/2027") are read; default `"MDY"`. */
  dateOrder?: DateOrder;
}

/**
 * How {@link checkSmartPlan} reads the plan's goals: today's date and the order of numeric dates.
 *
 * @example
 * ```ts
 * const options: CheckSmartPlanOptions = { asOf: "2026-11-22" };
 * ```
 *
 * @category SMART
 */
export interface CheckSmartPlanOptions {
  /** Today, `YYYY-MM-DD`: resolves relative deadlines and starts goals without a startDate. */
  asOf?: string;
  /** How numeric dates in titles ("3/31/2027") are read; default `"MDY"`. */
  dateOrder?: DateOrder;
}

/**
 * What {@link checkSmartPlan} found: every active goal's `smart/*` issues.
 *
 * @example
 * ```ts
 * const result: CheckSmartPlanResult = { issues: [] };
 * result.issues.length; //=> 0
 * ```
 *
 * @category SMART
 */
export interface CheckSmartPlanResult {
  /** Every active goal's `smart/*` issues, their paths under `["goals", i]`, goal by goal. */
  issues: Issue[];
}
