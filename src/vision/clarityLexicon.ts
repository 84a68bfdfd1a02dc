// English word lists behind checkVisionClarity, kept apart from the logic so
// another language can be added beside them. Private to the vision area.
import type { FiveW } from "./checkVisionClarity.ts";

/**
 * Phrases that make a vision vague: they name a wish, not a destination.
 * Matched on whole words, case-insensitively.
 */
export const VAGUE_VISION_PHRASES: readonly string[] = [
  "become an expert",
  "becoming an expert",
  "be an expert",
  "get promoted",
  "getting promoted",
  "be promoted",
  "be successful",
  "become successful",
  "being successful",
  "be the best",
  "make more money",
  "earn more money",
  "do better",
  "get better",
  "grow my career",
  "improve myself",
  "learn more",
  "someday",
  "one day",
];

/**
 * Phrases in a statement that tie a vision to a purpose (the "why" when the
 * `why` field is empty). Matched on whole words.
 */
export const PURPOSE_PHRASES: readonly string[] = ["because", "so that", "in order to", "to help", "to enable", "to serve"];

/** What each unanswered W lacks (the message of its `vision/missing-*` issue). */
export const MISSING_MESSAGES: Readonly<Record<FiveW, string>> = {
  why: "the vision does not say why it matters",
  what: "the vision names no target role or capabilities",
  when: "the vision has no target date after a valid start date",
  where: "the vision names no field or industry",
  who: "the vision names no people",
};

/** What to do about each unanswered W (the hint of its `vision/missing-*` issue). */
export const MISSING_HINTS: Readonly<Record<FiveW, string>> = {
  why: 'Say why it matters to you, e.g. "democratizing medical resources".',
  what: "Name the target role or the capabilities it takes.",
  when: "Write both dates as YYYY-MM-DD, the target date after the start date.",
  where: 'Name the field or industry, e.g. "medical AI".',
  who: "Name the people involved: sponsors, mentors, team, users.",
};
