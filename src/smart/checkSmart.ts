import { assertIsoDate, daysBetween, isIsoDate } from "../_lib/dates.ts";
import { fail, requirePlan } from "../_lib/args.ts";
import { createIssue, sortIssues } from "../_lib/issues.ts";
import type { GoalInput, IsoDate, Issue } from "../model/index.ts";
import { judgeAchievable, judgeRelevant } from "./planCriteria.ts";
import { scanGoalText } from "./scanGoalText.ts";
import { HINTS, failed, formatHours, judgeAbsurdity, judgeMeasurable, judgeSpecific, judgeTimeBound, passed, unknown } from "./textCriteria.ts";
import type { CheckSmartOptions, Criterion, CriterionResult, SmartReport } from "./types.ts";

type Path = readonly (string | number)[];
// The criteria in the alphabetical order of their codes, so issues that share
// one path come out sorted without a sort; each with its issue's parts.
const ORDER = (["achievable", "measurable", "relevant", "specific", "timeBound"] as const).map((criterion) => {
  const code = criterion === "timeBound" ? "time-bound" : criterion;
  return { code: `smart/not-${code}` as const, start: `not ${code}: `, hint: HINTS[criterion] };
});
const IMPOSSIBLE_DATE_HINT = "Use a date that is on the calendar: a month has 28 to 31 days, and February 29 comes only in leap years.";
const NO_PATH: Path = [];
const TITLE_PATH: Path = ["title"];
const EFFORT_PATH: Path = ["effortHours"];
const MILESTONE_PATH: Path = ["milestoneId"];
const DUE_DATE_PATH: Path = ["dueDate"];
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
 * @throws {TypeError} `options.plan` is not an object with a vision.
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
    fail("checkSmart", "goal", "a string or a goal with a string title", record, TypeError);
  }
  const { asOf, plan } = options;
  if (asOf !== undefined && asOf !== checkedAsOf) {
    assertIsoDate(asOf, "checkSmart: options.asOf");
    checkedAsOf = asOf;
  }
  if (plan !== undefined) requirePlan("checkSmart", plan);
  const text = record === undefined ? (goal as string) : record.title;
  const found = scanGoalText(text, asOf);
  // Where each failure points: the text (the goal's title), unless a field decided it.
  const textPath = record === undefined ? NO_PATH : TITLE_PATH;
  let timeBoundPath = textPath;
  let achievablePath = textPath;

  let timeBound: CriterionResult;
  let deadline: IsoDate | undefined = found.deadline;
  // A date that is not on the calendar needs mending, not adding.
  let timeBoundHint = HINTS.timeBound;
  const dueDate = record?.dueDate;
  if (dueDate === undefined) {
    timeBound = judgeTimeBound(found);
    if (timeBound.status === "fail" && found.impossibleDate !== undefined) timeBoundHint = IMPOSSIBLE_DATE_HINT;
  } else if (isIsoDate(dueDate)) {
    deadline = dueDate;
    timeBound = passed(`it is due ${deadline}`, [`dueDate: ${deadline}`]);
  } else {
    timeBound = failed("its dueDate is not a calendar date", [`dueDate: ${String(dueDate).slice(0, 20)}`]);
    timeBoundPath = DUE_DATE_PATH;
    timeBoundHint = 'Write the dueDate as a calendar date, YYYY-MM-DD ("2027-03-31").';
  }

  let achievable = judgeAbsurdity(found, asOf);
  if (record !== undefined && plan !== undefined) {
    const weighed = judgeAchievable(record, deadline, asOf, plan);
    if (weighed.status !== "unknown" || achievable === undefined) {
      achievable = weighed;
      achievablePath = EFFORT_PATH;
    }
  } else if (record !== undefined && achievable === undefined) {
    achievable = impossibleEffort(record, deadline, asOf);
    if (achievable !== undefined) achievablePath = EFFORT_PATH;
  }

  const criteria: Record<Criterion, CriterionResult> = {
    specific: judgeSpecific(found),
    measurable: record?.metric !== undefined ? metricVerdict(record.metric) : judgeMeasurable(found),
    achievable: achievable ?? unknown("there is no plan to weigh the effort against"),
    relevant: judgeRelevant(record, text, plan),
    timeBound,
  };
  // In ORDER; an array, not criteria[name] in a loop, because a key that
  // changes on every read makes each lookup a slow one.
  const verdicts = [criteria.achievable, criteria.measurable, criteria.relevant, criteria.specific, timeBound];
  const paths = [achievablePath, textPath, record?.milestoneId === undefined ? textPath : MILESTONE_PATH, textPath, timeBoundPath];
  let issues: Issue[] = [];
  let score = 0;
  for (let at = 0; at < ORDER.length; at++) {
    const { status, reason } = verdicts[at]!;
    const { code, start, hint } = ORDER[at]!;
    if (status === "pass") score++;
    else if (status === "fail") issues.push(createIssue(code, "warning", paths[at]!, start + reason, verdicts[at] === timeBound ? timeBoundHint : hint));
  }
  // Only a goal's issues can point at different fields.
  if (record !== undefined && issues.length > 1) issues = sortIssues(issues);
  const report: SmartReport = { ok: issues.length === 0, score, criteria, issues };
  if (deadline !== undefined) report.deadline = deadline;
  return report;
}

function metricVerdict(metric: NonNullable<GoalInput["metric"]>): CriterionResult {
  const unit = metric.unit === undefined ? "" : ` ${metric.unit}`;
  return passed("its metric sets a target", [`metric: ${metric.metric} → ${metric.target}${unit}`]);
}

// Without a plan, effort is only judged when it cannot fit even around the clock.
function impossibleEffort(goal: GoalInput, deadline: string | undefined, asOf: string | undefined): CriterionResult | undefined {
  const start = isIsoDate(goal.startDate) ? goal.startDate : asOf;
  if (goal.effortHours === undefined || deadline === undefined || start === undefined) return undefined;
  const hours = Math.max(0, daysBetween(start, deadline)) * 24;
  if (goal.effortHours <= hours) return undefined;
  return failed(`${formatHours(goal.effortHours)} h of effort do not fit in the ${formatHours(hours)} h from ${start} to ${deadline}`, [
    `effortHours: ${goal.effortHours}`,
  ]);
}
