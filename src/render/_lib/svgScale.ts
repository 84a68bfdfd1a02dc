// Private: the roadmap's time axis: dates to x and the tick marks.
import { dateParts, formatIsoDate, toDayNumber } from "../../_lib/dates.ts";
import type { IsoDate } from "../../model/index.ts";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** Months between ticks, from a quarter up; past 100 years the step keeps growing tenfold. */
const STEPS = [3, 6, 12, 24, 60, 120, 240, 600, 1200];

export interface TimeScale {
  /** The x of a date, clamped to the plot. */
  x(date: IsoDate): number;
  left: number;
  right: number;
}

export function timeScale(start: IsoDate, end: IsoDate, left: number, right: number): TimeScale {
  const first = toDayNumber(start);
  // A vision whose target is not after its start still gets a plot one day wide.
  const span = Math.max(1, toDayNumber(end) - first);
  const x = (date: IsoDate) => left + (Math.min(span, Math.max(0, toDayNumber(date) - first)) / span) * (right - left);
  return { x, left, right };
}

/** Tick dates (first days of months) and labels, spaced so labels never touch: "2027" needs 44 px, "Jan 2027" 70. */
export function ticks(start: IsoDate, end: IsoDate, width: number): { date: IsoDate; label: string }[] {
  const from = monthIndex(start);
  const to = monthIndex(end);
  const fits = (months: number) => ((to - from) / months) * (months < 12 ? 70 : 44) <= width;
  let step = STEPS.find(fits);
  // Past the table (a plan of centuries), keep growing the step tenfold.
  for (step ??= STEPS.at(-1)! * 10; !fits(step); ) step *= 10;
  const result: { date: IsoDate; label: string }[] = [];
  for (let index = Math.ceil(from / step) * step; index <= to; index += step) {
    const year = Math.floor(index / 12);
    const month = index - year * 12 + 1;
    const date = formatIsoDate(year, month, 1);
    if (date < start) continue;
    result.push({ date, label: step < 12 ? `${MONTHS[month - 1]} ${year}` : String(year) });
  }
  return result;
}

function monthIndex(date: IsoDate): number {
  const { year, month } = dateParts(date);
  return year * 12 + month - 1;
}
