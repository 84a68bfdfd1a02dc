// Public functions of this area are re-exported here.
export { applyReview } from "./applyReview.ts";
export type { ApplyReviewResult } from "./applyReview.ts";
export { DEFAULT_CADENCES } from "../rules/defaults.ts";
export { dueReviews } from "./dueReviews.ts";
export type { DueReviewsOptions } from "./dueReviews.ts";
export { REVIEW_QUESTIONS } from "./questions.ts";
export { scheduleReviews } from "./scheduleReviews.ts";
export type { ScheduleReviewsOptions } from "./scheduleReviews.ts";
export { toICalendar } from "./toICalendar.ts";
export type { ToICalendarOptions } from "./toICalendar.ts";
export type { Cadence, ReviewEvent } from "./types.ts";
export { replan } from "./replan.ts";
export type { ReplanMove, ReplanOptions, ReplanResult } from "./replan.ts";
