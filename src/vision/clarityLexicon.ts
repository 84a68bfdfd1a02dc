// English word lists behind checkVisionClarity, kept apart from the logic so
// another language can be added beside them. Private to the vision area.

/**
 * Phrases that make a vision vague: they name a wish, not a destination.
 * Matched on whole words, case-insensitively.
 */
export const VAGUE_VISION_PHRASES: readonly string[] = Object.freeze([
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
]);

/**
 * Phrases in a statement that tie a vision to a purpose (the "why" when the
 * `why` field is empty). Matched on whole words.
 */
export const PURPOSE_PHRASES: readonly string[] = Object.freeze(["because", "so that", "in order to", "to help", "to enable", "to serve"]);

/** The hint shown with each `vision/missing-*` issue. */
export const MISSING_HINTS = Object.freeze({
  why: "Tie the vision to a value: why does it matter to you (e.g. \"democratizing medical resources\")?",
  what: "Name the role or the capabilities it takes (e.g. \"interdisciplinary collaboration, regulatory knowledge\").",
  when: "Give a target date after the start date.",
  where: "Name the field or industry (e.g. \"medical AI\", \"sustainable energy\").",
  who: "Name the people involved: sponsors, mentors, the team or the users you serve.",
});

/** What each missing W means, for the issue message. */
export const MISSING_MESSAGES = Object.freeze({
  why: "the vision does not say why it matters (no value or purpose)",
  what: "the vision names no target role and no capabilities",
  when: "the vision has no target date after its start date",
  where: "the vision names no field or industry",
  who: "the vision names no people (sponsors, mentors, team, users)",
});
