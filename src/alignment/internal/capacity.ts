// Private: whether the goals fit together, not only one by one. Work due by a
// date can only use the hours before it: for each bucket, the effort left in
// goals due by each due date must fit in hoursPerWeek × ratio × the weeks
// from asOf to that date (the earliest-deadline-first test). One warning per
// bucket and quarter (counted from asOf) where it does not, at the tightest
// date; a later quarter only for overflow it adds.
import { addMonths, fromDayNumber, isIsoDate, toDayNumber } from "../../_lib/dates.ts";
import { BUCKETS, bucketCapacityHours } from "../../rules/defaults.ts";
import { isNumberFrom } from "../../_lib/args.ts";
import type { Issue } from "../../model/index.ts";
import { effortLeftByGoal } from "../../rules/plannedMix.ts";
import { type AlignmentIndex, warn } from "./planIndex.ts";
import { percent } from "../../_lib/percent.ts";
import { formatHours } from "../../_lib/hours.ts";

const SHOWN_GOALS = 5;
// A quarter that would end past the calendar's last day ends on it: no date the library writes is past 9999.
const LAST_DAY = toDayNumber("9999-12-31");
// Less than a minute over is rounding, not overcommitment.
const SLACK_HOURS = 1 / 60;

/** Pushes `capacity/overcommitted` warnings; needs the plan's hoursPerWeek and usable ratios. */
export function checkCapacity(index: AlignmentIndex, issues: Issue[]): void {
  const { plan, goals, buckets, asOf, ratios } = index;
  const { hoursPerWeek } = plan;
  if (!isNumberFrom(hoursPerWeek) || ratios === undefined) return;
  const left = effortLeftByGoal(index);
  const from = toDayNumber(asOf);
  // Every bucket walks the same quarters: each end is computed once per call (month arithmetic is the costly part).
  const quarterEnds: number[] = [];
  const quarterEndDay = (quarter: number): number => (quarterEnds[quarter] ??= Math.min(toDayNumber(addMonths(asOf, 3 * quarter)), LAST_DAY));

  for (const bucket of BUCKETS) {
    const due: { at: number; day: number; hours: number }[] = [];
    buckets.forEach((goalBucket, at) => {
      const { dueDate } = goals[at]!;
      if (goalBucket === bucket && left[at]! > 0 && isIsoDate(dueDate) && dueDate >= asOf) due.push({ at, day: toDayNumber(dueDate), hours: left[at]! / 60 });
    });
    due.sort((a, b) => a.day - b.day || a.at - b.at);

    let need = 0;
    let quarter = 1;
    let quarterEnd = quarterEndDay(1);
    let inQuarter: typeof due = [];
    let worst: { at: number; day: number; need: number; have: number } | undefined;
    // Overflow already reported: a later quarter is flagged only for what it adds.
    let reported = 0;
    const report = (): void => {
      if (worst !== undefined && worst.need - worst.have > reported + SLACK_HOURS) {
        const over = worst.need - worst.have - reported;
        reported = worst.need - worst.have;
        const start = fromDayNumber(quarter === 1 ? from : quarterEndDay(quarter - 1) + 1);
        issues.push(overcommitted(bucket, { ...worst, over }, inQuarter, start, fromDayNumber(quarterEnd), asOf, hoursPerWeek, ratios[bucket], goals));
      }
      inQuarter = [];
      worst = undefined;
    };
    due.forEach((item, step) => {
      if (item.day > quarterEnd) {
        report();
        // Jump straight to the quarter holding this date: bounded by the dates, not by loops over empty quarters.
        quarter = Math.max(quarter + 1, Math.floor((item.day - from) / 92));
        while (quarterEndDay(quarter) < item.day) quarter++;
        quarterEnd = quarterEndDay(quarter);
      }
      need += item.hours;
      inQuarter.push(item);
      if (due[step + 1]?.day === item.day) return; // judge a date once all its goals are in
      const have = bucketCapacityHours(hoursPerWeek, ratios[bucket], item.day - from);
      if (need - have > SLACK_HOURS && (worst === undefined || need - have > worst.need - worst.have)) worst = { at: item.at, day: item.day, need, have };
    });
    report();
  }
}

function overcommitted(
  bucket: string,
  worst: { at: number; day: number; need: number; have: number; over: number },
  inQuarter: readonly { at: number; hours: number }[],
  start: string,
  end: string,
  asOf: string,
  hoursPerWeek: number,
  ratio: number,
  goals: AlignmentIndex["goals"],
): Issue {
  const named = inQuarter.slice(0, SHOWN_GOALS).map(({ at, hours }) => `${goals[at]!.id} (${formatHours(hours)} h)`);
  if (inQuarter.length > SHOWN_GOALS) named.push(`${inQuarter.length - SHOWN_GOALS} more`);
  const message =
    `${bucket} goals due by ${fromDayNumber(worst.day)} need ${formatHours(worst.need)} h, but the ${bucket} bucket has ${formatHours(worst.have)} h from ${asOf} ` +
    `(${hoursPerWeek} h/week × ${percent(ratio, 0)}%): ${formatHours(worst.over)} h over${worst.over < worst.need - worst.have - SLACK_HOURS ? " beyond what earlier quarters already lack" : ""}. ` +
    `Due from ${start} to ${end}: ${named.join(", ")}`;
  const issues: Issue[] = [];
  warn(issues, "capacity/overcommitted", ["goals", worst.at], message, "Move some of these due dates later, cut their effort, or add hours per week.");
  return issues[0]!;
}

