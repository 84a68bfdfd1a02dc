// The SMART judgement of one goal with its plan facts, behind checkSmart (which
// checks the arguments) and checkAlignment (which indexes the plan once).
import { daysBetween, isIsoDate } from "../_lib/dates.ts";
import { formatHours } from "../_lib/hours.ts";
import { createIssue, sortIssues } from "../_lib/issues.ts";
import type { GoalInput, IsoDate, Issue } from "../model/index.ts";
import type { TextFeatures } from "./features.ts";
import { judgeAchievable, judgeRelevant, type PlanFacts } from "./planCriteria.ts";
import { scanGoalText } from "./scanGoalText.ts";
import { HINTS, failed, judgeAbsurdity, judgeMeasurable, judgeSpecific, judgeTimeBound, passed, specificHint, unknown } from "./textCriteria.ts";
import type { TimeContext } from "./timeExpressions.ts";
import type { CheckSmartResult, Criterion, CriterionResult } from "./types.ts";

type Path = readonly (string | number)[];
// The criteria in the alphabetical order of their codes, so issues that share
// one path come out sorted without a sort; each with its issue's parts.
const ORDER = (["achievable", "measurable", "relevant", "specific", "timeBound"] as const).map((criterion) => {
  const code = criterion === "timeBound" ? "time-bound" : criterion;
  return { code: `smart/not-${code}` as const, start: `not ${code}: `, hint: HINTS[criterion] };
});
const IMPOSSIBLE_DATE_HINT = "Use a date that is on the calendar: a month has 28 to 31 days, and February 29 comes only in leap years.";
const MISMATCH_HINT = "Make the deadline in the title and the dueDate agree: change one of them, or drop the date from the title.";
const NO_PATH: Path = [];
const TITLE_PATH: Path = ["title"];
const EFFORT_PATH: Path = ["effortHours"];
const MILESTONE_PATH: Path = ["milestoneId"];
const DUE_DATE_PATH: Path = ["dueDate"];

/**
 * Judges `goal` (already checked to be a string or a goal with a title) with
 * the plan's facts, when there is a plan.
 */
export function judgeSmart(goal: GoalInput | string, context: TimeContext, facts: PlanFacts | undefined): CheckSmartResult {
  const record = typeof goal === "string" ? undefined : goal;
  const { asOf } = context;
  const text = record === undefined ? (goal as string) : record.title;
  const found = scanGoalText(text, context);
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
  } else if (isValidDate(dueDate)) {
    deadline = dueDate;
    timeBound = passed(`it is due ${deadline}`, [`dueDate: ${deadline}`]);
  } else {
    timeBound = failed("its dueDate is not a calendar date", [`dueDate: ${String(dueDate).slice(0, 20)}`]);
    timeBoundPath = DUE_DATE_PATH;
    timeBoundHint = 'Write the dueDate as a calendar date, YYYY-MM-DD ("2027-03-31").';
  }

  let achievable = judgeAbsurdity(found, asOf);
  if (record !== undefined && facts !== undefined) {
    const weighed = judgeAchievable(record, deadline, asOf, facts);
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
    relevant: judgeRelevant(record, text, facts),
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
    else if (status === "fail") {
      const shown = verdicts[at] === timeBound ? timeBoundHint : verdicts[at] === criteria.specific ? specificHint(found, criteria.specific) : hint;
      issues.push(createIssue(code, "warning", paths[at]!, start + reason, shown));
    }
  }
  const failedCriteria = issues.length;
  const mismatch = dateMismatch(found, record?.dueDate);
  if (mismatch !== undefined) issues.push(mismatch);
  // Only a goal's issues can point at different fields.
  if (record !== undefined && issues.length > 1) issues = sortIssues(issues);
  const report: CheckSmartResult = { ok: failedCriteria === 0, score, criteria, issues };
  if (deadline !== undefined) report.deadline = deadline;
  return report;
}

// A date written in the title ("by June 30, 2027") that is not the dueDate.
// Dates counted from asOf ("in 8 weeks") move with asOf and are not compared.
function dateMismatch(found: TextFeatures, dueDate: string | undefined): Issue | undefined {
  if (found.deadline === undefined || found.deadlineRelative || !isValidDate(dueDate) || found.deadline === dueDate) return undefined;
  return createIssue(
    "smart/date-mismatch",
    "warning",
    TITLE_PATH,
    `the title says ${found.deadline} ("${found.deadlineText}") but dueDate is ${dueDate}; the check uses dueDate`,
    MISMATCH_HINT,
  );
}

function isValidDate(value: unknown): value is IsoDate {
  return isIsoDate(value) && value >= "0001-01-01";
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
