import { fail } from "../_lib/args.ts";
import type { IsoDate } from "../model/index.ts";
import { timeContext } from "./timeContext.ts";
import { matchTime } from "./timeExpressions.ts";
import { tokenize } from "./tokens.ts";
import type { ParseDeadlineOptions } from "./types.ts";

/**
 * Finds the deadline a goal statement names and resolves it to a calendar date.
 *
 * - Written dates are themselves: "2027-03-31", "December 31, 2027", "31
 *   December 2027", and numeric dates read in `dateOrder` ("3/31/2027" in the
 *   default `"MDY"`; "31/03/2027" with `"DMY"`; a four-digit year first is
 *   always year-month-day; dots are day first, "31.03.2027"). A reading that is
 *   not on the calendar ("13/01/2027" as month/day, "2027-13-01") is no date:
 *   the order is never swapped to make it fit.
 * - A period is due its last day: a month ("by March 2027" → 2027-03-31), a
 *   quarter or half ("Q3 2027", "the third quarter of 2027", "H1 2027"), a year
 *   ("by 2027", "end of 2027", "year-end 2027"), "early 2027" (June 30), "late
 *   2027" (December 31), a season ("summer 2027" → August 31). "mid-March" is
 *   the 15th, "early March" the 10th, "late March" the 31st.
 * - "before" a day or period is the day before it starts: "before 2029" →
 *   2028-12-31, "before Christmas" → December 24 ("by Christmas" → December
 *   25). Fixed holidays: New Year's Day, New Year's Eve, Valentine's Day,
 *   Halloween, Christmas (Eve), and Thanksgiving (fourth Thursday of November).
 * - With `asOf`: spans ("in 8 weeks", "within six months", "over the next two
 *   years", "3 weeks from now") with calendar month arithmetic (Jan 31 + 1
 *   month = Feb 28); periods ("this week", "by the end of the month", "next
 *   quarter", "this year", "EOY"); weekdays ("by Wednesday" is the next one,
 *   "next Friday" the Friday of next week); and days, months, quarters or
 *   holidays without a year after a word such as "by", "on", "until", "in" or
 *   "before" ("by June 30", "in September", "end of Q1"), each its next
 *   occurrence on or after `asOf`. Without `asOf` they give `undefined`.
 *
 * When the text names several dates, the latest wins. Vague words ("soon", "in
 * the coming weeks"), frequencies ("3 times a week") and academic terms ("by
 * the end of the semester": no calendar says when it ends) give no date, and
 * no date outside 0001-9999 is ever returned.
 *
 * @param text - The goal statement.
 * @param options - `asOf` (today, for relative phrases and dates without a
 *   year) and `dateOrder` (how to read numeric dates, default `"MDY"`).
 * @returns The deadline as `YYYY-MM-DD`, or `undefined` when the text names none.
 * @throws {TypeError} `text` is not a string.
 * @throws {RangeError} `options.asOf` is given but not a calendar date, or `options.dateOrder` is not MDY, DMY or YMD.
 *
 * @example
 * ```ts
 * parseDeadline("Ship the billing feature by Q3 2027");
 * //=> "2027-09-30"
 * parseDeadline("Finish the course within 6 months", { asOf: "2027-01-31" });
 * //=> "2027-07-31"
 * parseDeadline("Submit the thesis by 31/03/2027", { dateOrder: "DMY" });
 * //=> "2027-03-31"
 * parseDeadline("Book the exam before Christmas", { asOf: "2026-11-22" });
 * //=> "2026-12-24"
 * parseDeadline("Get better at SQL soon");
 * //=> undefined
 * ```
 *
 * @category SMART
 */
export function parseDeadline(text: string, options: ParseDeadlineOptions = {}): ParseDeadlineResult {
  if (typeof text !== "string") fail("parseDeadline", "text", "a string", text, TypeError);
  const context = timeContext("parseDeadline", options);
  const tokens = tokenize(text);
  let latest: IsoDate | undefined;
  let index = 0;
  while (index < tokens.length) {
    const match = matchTime(tokens, index, context);
    if (match === null) {
      index++;
      continue;
    }
    if (match.date !== undefined && (latest === undefined || match.date > latest)) latest = match.date;
    index = Math.max(match.end, index + 1);
  }
  return latest;
}

/**
 * What {@link parseDeadline} returns: the deadline as `YYYY-MM-DD`, or
 * `undefined` when the text names none.
 *
 * @example
 * ```ts
 * const deadline: ParseDeadlineResult = parseDeadline("by Q3 2027");
 * ```
 *
 * @category SMART
 */
export type ParseDeadlineResult = IsoDate | undefined;
