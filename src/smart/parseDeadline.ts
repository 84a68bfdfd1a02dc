import { fail } from "../_lib/args.ts";
import { assertIsoDate } from "../_lib/dates.ts";
import type { IsoDate } from "../model/index.ts";
import { match, matchTime } from "./timeExpressions.ts";
import { tokenize } from "./tokens.ts";

/**
 * Finds the deadline a goal statement names and resolves it to a calendar date.
 *
 * An explicit date is itself ("2027-03-31", "December 31, 2027", "31 December
 * 2027"); a month means its last day ("by March 2027" → 2027-03-31); a quarter
 * or half its last day ("Q3 2027" → 2027-09-30); a year December 31 ("by 2027",
 * "end of 2027"). Relative phrases ("in 8 weeks", "within six months", "next 3
 * months", "by the end of next quarter") count from `asOf` with calendar month
 * arithmetic (Jan 31 + 1 month = Feb 28) and give `undefined` without it, as do
 * a day, month or quarter without a year after a word such as "by", "on",
 * "until" or "due" ("by June 30", "by the 15th of March", "by June", "end of
 * Q1"): each is its next occurrence on or after `asOf`. When
 * the text names several dates, the latest wins. Impossible dates ("February
 * 30, 2027") and vague words ("soon", "someday") are no deadline.
 *
 * @param text - The goal statement.
 * @param asOf - Today, needed only for relative phrases and dates without a year.
 * @returns The deadline as `YYYY-MM-DD`, or `undefined` when the text names none.
 * @throws {TypeError} `text` is not a string.
 * @throws {RangeError} `asOf` is given but not a calendar date.
 *
 * @example
 * ```ts
 * parseDeadline("Ship the billing feature by Q3 2027");
 * //=> "2027-09-30"
 * parseDeadline("Finish the course within 6 months", "2027-01-31");
 * //=> "2027-07-31"
 * parseDeadline("Finish the AWS course by June 30", "2026-11-22");
 * //=> "2027-06-30"
 * parseDeadline("Get better at SQL soon");
 * //=> undefined
 * ```
 *
 * @category SMART
 */
export function parseDeadline(text: string, asOf?: string): IsoDate | undefined {
  if (typeof text !== "string") fail("parseDeadline", "text", "a string", text, TypeError);
  if (asOf !== undefined) assertIsoDate(asOf, "parseDeadline: asOf");
  const buffer = tokenize(text, true);
  let latest: IsoDate | undefined;
  let index = 0;
  while (index < buffer.count) {
    if (!matchTime(index, asOf)) {
      index++;
      continue;
    }
    if (match.date !== undefined && (latest === undefined || match.date > latest)) latest = match.date;
    index = match.end;
  }
  return latest;
}
