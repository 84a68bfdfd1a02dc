import type { IsoDate, ReviewKind } from "../model/index.ts";

/**
 * How often one kind of review comes round: every `everyMonths` months from
 * the schedule's start date.
 *
 * @example
 * ```ts
 * const quarterly: Cadence = { kind: "quarterly", everyMonths: 3 };
 * ```
 *
 * @category Reviews
 */
export interface Cadence {
  /** Which review this cadence schedules. */
  kind: ReviewKind;
  /** Months between two reviews of this kind; a positive whole number. */
  everyMonths: number;
}

/**
 * One day in a review schedule: the reviews that fall on it and the questions
 * to ask at them.
 *
 * @example
 * ```ts
 * const [event] = scheduleReviews({ start: "2026-01-05", until: "2026-07-05", cadences: [{ kind: "canvas", everyMonths: 6 }] });
 * event;
 * //=> { date: "2026-07-05", kinds: ["canvas"], questions: [
 * //     "Which capabilities do I hold now, and what evidence shows them?",
 * //     "Which resources (people, time, money, tools) can I draw on?",
 * //     "What gaps remain between my capabilities and the vision, and which goals close them?",
 * //   ] }
 * ```
 *
 * @category Reviews
 */
export interface ReviewEvent {
  /** The day of the review (`YYYY-MM-DD`). */
  date: IsoDate;
  /** The reviews held that day, in the order quarterly, canvas, vision. */
  kinds: ReviewKind[];
  /** The questions of those reviews, in the same order, without repeats. */
  questions: string[];
}
