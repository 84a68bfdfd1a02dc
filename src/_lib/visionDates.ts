// Private: the vision's own dates, the frame every other date is judged in.
// One rule and one wording for decomposeVision, checkVisionClarity and checkAlignment.
import type { Issue, VisionInput } from "../model/index.ts";
import { isIsoDate } from "./dates.ts";
import { createIssue } from "./issues.ts";

/**
 * `vision/invalid-dates` (error) at each vision date that is not a calendar
 * date, or at `targetDate` when it is not after `startDate`; none when both are fine.
 */
export function visionDateIssues(vision: Pick<VisionInput, "startDate" | "targetDate">): Issue[] {
  const { startDate, targetDate } = vision as { startDate: unknown; targetDate: unknown };
  const issues: Issue[] = [];
  const invalid = (field: string, message: string): void => {
    issues.push(createIssue("vision/invalid-dates", "error", ["vision", field], message, "Write both dates as YYYY-MM-DD, the target after the start."));
  };
  if (!isIsoDate(startDate)) invalid("startDate", "not a calendar date written YYYY-MM-DD");
  if (!isIsoDate(targetDate)) invalid("targetDate", "not a calendar date written YYYY-MM-DD");
  else if (isIsoDate(startDate) && targetDate <= startDate) invalid("targetDate", `${targetDate} is not after the start date ${startDate}`);
  return issues;
}
