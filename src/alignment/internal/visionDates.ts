// Private: the vision's dates as the alignment rules may use them.
import { isIsoDate } from "../../_lib/dates.ts";
import { visionDateIssues } from "../../_lib/visionDates.ts";
import type { IsoDate, Issue, VisionInput } from "../../model/index.ts";

/** The vision dates the other rules may rely on; `undefined` where a date is unusable. */
export interface VisionDates {
  /** `startDate`, when it is a calendar date. */
  readonly start: IsoDate | undefined;
  /** `targetDate`, when it is a calendar date and not on or before a valid `startDate`. */
  readonly target: IsoDate | undefined;
}

/**
 * Pushes `vision/invalid-dates` (see {@link visionDateIssues}) and returns the
 * dates other rules can still use.
 */
export function checkVisionDates(vision: VisionInput, issues: Issue[]): VisionDates {
  const problems = visionDateIssues(vision);
  issues.push(...problems);
  const { startDate, targetDate } = vision as { startDate: unknown; targetDate: unknown };
  const targetFits = !problems.some((issue) => issue.path[1] === "targetDate");
  return { start: isIsoDate(startDate) ? startDate : undefined, target: targetFits ? (targetDate as IsoDate) : undefined };
}
