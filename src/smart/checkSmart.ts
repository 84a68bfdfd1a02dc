import { assertIsoDate, daysBetween, isIsoDate } from "../_lib/dates.ts";
import { createIssue, sortIssues } from "../_lib/issues.ts";
import type { GoalInput, IsoDate, Issue } from "../model/index.ts";
import { compileLexicon } from "./compiledLexicon.ts";
import { ENGLISH } from "./lexicon.ts";
import { judgeAchievable, judgeRelevant } from "./planCriteria.ts";
import { scanGoalText } from "./scanGoalText.ts";
import { HINTS, fail, formatHours, judgeAbsurdity, judgeMeasurable, judgeSpecific, judgeTimeBound } from "./textCriteria.ts";
import type { CheckSmartOptions, Criterion, CriterionResult, SmartReport } from "./types.ts";

const LEXICON = compileLexicon(ENGLISH);
const CODES: Readonly<Record<Criterion, string>> = {
  specific: "specific",
  measurable: "measurable",
  achievable: "achievable",
  relevant: "relevant",
  timeBound: "time-bound",
};
// Each issue's code, the start of its message and its hint, built once rather than per issue.
const ISSUE_PARTS = mapCriteria((criterion) => ({ code: `smart/not-${CODES[criterion]}`, start: `not ${CODES[criterion]}: `, hint: HINTS[criterion] }));
type Path = readonly (string | number)[];
// Shared paths: createIssue copies the path into each issue, so sharing is safe.
const NO_PATH: Path = [];
const TITLE_PATH: Path = ["title"];
// A bare statement's issues all have the empty path, and never another one.
const STATEMENT_PATHS: Readonly<Record<Criterion, Path>> = Object.freeze(mapCriteria(() => NO_PATH));
const DUE_DATE_PATH: Path = ["dueDate"];
const EFFORT_PATH: Path = ["effortHours"];
const MILESTONE_PATH: Path = ["milestoneId"];
// The last asOf found valid: callers check many goals with the same asOf.
let checkedAsOf: string | undefined;

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
 * @param goal - A goal statement, or a goal (its `title` is the statement).
 * @param options - `asOf` (today) and the `plan` the goal belongs to.
 * @returns A verdict per criterion with its reason and evidence, the deadline,
 *   the score (criteria passed) and one `smart/not-*` warning per failure.
 * @throws {TypeError} `goal` is neither a string nor an object with a string `title`.
 * @throws {RangeError} `options.asOf` is not a calendar date.
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
export function checkSmart(goal: GoalInput | string, options: CheckSmartOptions = {}): SmartReport {
  const record = typeof goal === "string" ? undefined : goal;
  if (record !== undefined && (typeof record !== "object" || record === null || typeof record.title !== "string")) {
    throw new TypeError(`checkSmart: goal must be a string or a goal with a string title, got ${record === null ? "null" : typeof record}`);
  }
  const { asOf, plan } = options;
  if (asOf !== undefined && asOf !== checkedAsOf) {
    assertIsoDate(asOf, "checkSmart: options.asOf");
    checkedAsOf = asOf;
  }
  if (plan !== undefined && (typeof plan !== "object" || plan === null || typeof plan.vision !== "object")) {
    throw new TypeError("checkSmart: options.plan must be a plan with a vision");
  }
  const text = record === undefined ? (goal as string) : record.title;
  const found = scanGoalText(text, asOf, LEXICON);
  const paths =
    record === undefined
      ? (STATEMENT_PATHS as Record<Criterion, Path>)
      : { specific: TITLE_PATH, measurable: TITLE_PATH, achievable: TITLE_PATH, relevant: TITLE_PATH, timeBound: TITLE_PATH };

  let timeBound: CriterionResult;
  let deadline: IsoDate | undefined = found.deadline;
  if (record?.dueDate !== undefined && isIsoDate(record.dueDate)) {
    deadline = record.dueDate;
    timeBound = { status: "pass", reason: `it is due ${deadline}`, evidence: [`dueDate: ${deadline}`] };
  } else if (record?.dueDate !== undefined) {
    timeBound = fail("its dueDate is not a calendar date", [`dueDate: ${String(record.dueDate).slice(0, 20)}`]);
    paths.timeBound = DUE_DATE_PATH;
  } else timeBound = judgeTimeBound(found);

  let achievable = judgeAbsurdity(found, asOf);
  if (record !== undefined && plan !== undefined) {
    const weighed = judgeAchievable(record, deadline, asOf, plan, LEXICON);
    if (weighed.status !== "unknown" || achievable === undefined) {
      achievable = weighed;
      paths.achievable = EFFORT_PATH;
    }
  } else if (record !== undefined && achievable === undefined) {
    achievable = impossibleEffort(record, deadline, asOf);
    if (achievable !== undefined) paths.achievable = EFFORT_PATH;
  }
  if (record?.milestoneId !== undefined) paths.relevant = MILESTONE_PATH;

  const criteria: Record<Criterion, CriterionResult> = {
    specific: judgeSpecific(found),
    measurable: record?.metric !== undefined ? metricVerdict(record.metric) : judgeMeasurable(found),
    achievable: achievable ?? { status: "unknown", reason: "there is no plan to weigh the effort against", evidence: [] },
    relevant: judgeRelevant(record, text, plan, LEXICON),
    timeBound,
  };
  return report(criteria, paths, deadline, record !== undefined);
}

function report(criteria: Record<Criterion, CriterionResult>, paths: Record<Criterion, Path>, deadline: IsoDate | undefined, pathsDiffer: boolean): SmartReport {
  const issues: Issue[] = [];
  // In the alphabetical order of the codes, so issues that share one path come
  // out sorted without a sort; named properties, not criteria[name] in a loop,
  // because a key that changes on every read makes each lookup a slow one.
  const score =
    tally(criteria.achievable, paths.achievable, ISSUE_PARTS.achievable, issues) +
    tally(criteria.measurable, paths.measurable, ISSUE_PARTS.measurable, issues) +
    tally(criteria.relevant, paths.relevant, ISSUE_PARTS.relevant, issues) +
    tally(criteria.specific, paths.specific, ISSUE_PARTS.specific, issues) +
    tally(criteria.timeBound, paths.timeBound, ISSUE_PARTS.timeBound, issues);
  const sorted = pathsDiffer && issues.length > 1 ? sortIssues(issues) : issues;
  const result: SmartReport = { ok: issues.length === 0, score, criteria, issues: sorted };
  if (deadline !== undefined) result.deadline = deadline;
  return result;
}

// 1 for a pass, 0 otherwise; a failure adds its issue.
function tally(verdict: CriterionResult, path: Path, parts: (typeof ISSUE_PARTS)[Criterion], issues: Issue[]): number {
  if (verdict.status === "fail") issues.push(createIssue(parts.code, "warning", path, parts.start + verdict.reason, parts.hint));
  return verdict.status === "pass" ? 1 : 0;
}

function mapCriteria<Value>(value: (criterion: Criterion) => Value): Record<Criterion, Value> {
  return {
    specific: value("specific"),
    measurable: value("measurable"),
    achievable: value("achievable"),
    relevant: value("relevant"),
    timeBound: value("timeBound"),
  };
}

function metricVerdict(metric: NonNullable<GoalInput["metric"]>): CriterionResult {
  const unit = metric.unit === undefined ? "" : ` ${metric.unit}`;
  return { status: "pass", reason: "its metric sets a target", evidence: [`metric: ${metric.metric} → ${metric.target}${unit}`] };
}

// Without a plan, effort is only judged when it cannot fit even around the clock.
function impossibleEffort(goal: GoalInput, deadline: string | undefined, asOf: string | undefined): CriterionResult | undefined {
  const start = isIsoDate(goal.startDate) ? goal.startDate : asOf;
  if (goal.effortHours === undefined || deadline === undefined || start === undefined) return undefined;
  const hours = Math.max(0, daysBetween(start, deadline)) * 24;
  if (goal.effortHours <= hours) return undefined;
  return fail(`${formatHours(goal.effortHours)} h of effort do not fit in the ${formatHours(hours)} h from ${start} to ${deadline}`, [
    `effortHours: ${goal.effortHours}`,
  ]);
}
