// Every code the library can emit, in one union so a `switch (issue.code)` is
// checked by the compiler. New codes are added HERE (and to the README's
// issue-code table: a test holds the two together).

/**
 * The code of an {@link Issue} the library returns: a stable name to switch
 * on, `area/what` (the README's "Issue codes" table explains each).
 *
 * @example
 * ```ts
 * import { checkAlignment, type IssueCode } from "careerplan";
 *
 * const blocking: IssueCode[] = ["ref/unknown", "graph/cycle"];
 * const report = checkAlignment({ vision: { id: "v", statement: "Lead a platform team", startDate: "2026-01-05", targetDate: "2030-12-31" } }, { asOf: "2026-03-01" });
 * report.issues.filter((issue) => blocking.includes(issue.code)); //=> []
 * ```
 *
 * @category Model
 */
export type IssueCode =
  | "schema/invalid"
  | "ref/duplicate-id"
  | "ref/unknown"
  | "graph/cycle"
  | "goal/orphan"
  | "goal/no-backup"
  | "milestone/unsupported"
  | "milestone/empty"
  | "capability/uncovered"
  | "capacity/overcommitted"
  | "timeline/goal-after-milestone"
  | "timeline/milestone-order"
  | "timeline/past-due"
  | "progression/regression"
  | "allocation/drift"
  | "review/overdue"
  | "review/invalid-decision"
  | "log/invalid-entry"
  | "smart/not-specific"
  | "smart/not-measurable"
  | "smart/not-achievable"
  | "smart/not-relevant"
  | "smart/not-time-bound"
  | "smart/date-mismatch"
  | "vision/missing-why"
  | "vision/missing-what"
  | "vision/missing-when"
  | "vision/missing-where"
  | "vision/missing-who"
  | "vision/vague"
  | "vision/not-achievable"
  | "vision/invalid-dates"
  | "zone/step-up"
  | "occupation/unknown"
  | "occupation/matched"
  | "occupation/same"
  | "occupation/unrated"
  | "occupation/fallback"
  | "occupation/unknown-skill";
