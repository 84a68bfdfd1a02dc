// Private: the vision's own dates, the frame every other date is judged in.
// One rule and one wording for decomposeVision, checkVisionClarity and checkAlignment.
import type { IsoDate, Issue, VisionInput } from "../model/index.ts";
import { isIsoDate } from "./dates.ts";
import { createIssue } from "./issues.ts";

/** The vision's dates as the other rules may use them, and what is wrong with them. */
export interface VisionDates {
  /** `startDate`, when it is a calendar date. */
  start: IsoDate | undefined;
  /** `targetDate`, when it is a calendar date after a calendar `startDate` (or the start is unusable itself). */
  target: IsoDate | undefined;
  /** `vision/invalid-dates` (error) at each date that is not a calendar date, or at `targetDate` when it is not after `startDate`. */
  issues: Issue[];
}

export function visionDates(vision: Pick<VisionInput, "startDate" | "targetDate">): VisionDates {
  const { startDate, targetDate } = vision as { startDate: unknown; targetDate: unknown };
  const issues: Issue[] = [];
  const invalid = (field: string, message: string): undefined => {
    issues.push(createIssue("vision/invalid-dates", "error", ["vision", field], message, "Write both dates as YYYY-MM-DD, the target after the start."));
    return undefined;
  };
  const start = isIsoDate(startDate) ? startDate : invalid("startDate", "not a calendar date written YYYY-MM-DD");
  let target = isIsoDate(targetDate) ? targetDate : invalid("targetDate", "not a calendar date written YYYY-MM-DD");
  if (start !== undefined && target !== undefined && target <= start) target = invalid("targetDate", `${target} is not after the start date ${start}`);
  return { start, target, issues };
}
