// The generic review checklists, one per review kind, taken from the seeds.
// The plan-specific checklist (naming the plan's own milestones) is
// `keyQuestions` in the alignment area.
import type { IsoDate, ReviewKind } from "../model/index.ts";
import { KINDS } from "./kinds.ts";
import type { ReviewEvent } from "./types.ts";

/**
 * The questions to ask at each kind of review: the quarterly goal review
 * (keep, tweak or replace), the 6-monthly career canvas update and the yearly
 * vision review.
 *
 * @example
 * ```ts
 * REVIEW_QUESTIONS.quarterly[0];
 * //=> "Is my current work bringing me closer to my 3-year milestone? Is there a better path?"
 * ```
 *
 * @category Reviews
 */
export const REVIEW_QUESTIONS: Readonly<Record<ReviewKind, readonly string[]>> = Object.freeze({
  quarterly: Object.freeze([
    "Is my current work bringing me closer to my 3-year milestone? Is there a better path?",
    "Are my short-term results driving progress towards my milestones?",
    "Does short-term performance conflict with long-term skill accumulation? If so, adjust task priorities or talk to my manager about resources.",
    "For each goal: keep, tweak or replace it, given what I have learned and how my industry is shifting?",
  ]),
  canvas: Object.freeze([
    "Which capabilities do I hold now, and what evidence shows them?",
    "Which resources (people, time, money, tools) can I draw on?",
    "What gaps remain between my capabilities and the vision, and which goals close them?",
  ]),
  vision: Object.freeze([
    "Have industry or technology trends shifted in a way that changes my path?",
    "Do I keep the long-term vision and adjust the path to it, or change the vision itself?",
    "Does the vision still connect to my values and the people who matter to me?",
  ]),
});

/**
 * One review day: `kinds` in kind order without repeats, and their questions
 * in the same order (no question belongs to two kinds, so none repeats).
 */
export function reviewEvent(date: IsoDate, kinds: readonly ReviewKind[]): ReviewEvent {
  const ordered = KINDS.filter((kind) => kinds.includes(kind));
  // A loop, not flatMap: flatMap over the frozen lists is ten times slower.
  const questions: string[] = [];
  for (const kind of ordered) questions.push(...REVIEW_QUESTIONS[kind]);
  return { date, kinds: ordered, questions };
}
