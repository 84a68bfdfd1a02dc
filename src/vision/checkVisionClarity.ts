import { isIsoDate } from "../_lib/dates.ts";
import { createIssue, sortIssues } from "../_lib/issues.ts";
import type { Issue, VisionInput } from "../model/index.ts";
import { MISSING_HINTS, MISSING_MESSAGES, PURPOSE_PHRASES, VAGUE_VISION_PHRASES } from "./clarityLexicon.ts";

/**
 * One of the five questions of the 5W method.
 *
 * @example
 * ```ts
 * const question: FiveW = "why";
 * ```
 *
 * @category Vision
 */
export type FiveW = "why" | "what" | "when" | "where" | "who";

/**
 * What {@link checkVisionClarity} finds.
 *
 * @example
 * ```ts
 * const result: CheckVisionClarityResult = checkVisionClarity({
 *   id: "v",
 *   statement: "Become a product lead in the medical AI field within 5 years",
 *   startDate: "2026-01-05",
 *   targetDate: "2030-12-31",
 *   why: "Democratizing medical resources",
 * });
 * result.score; //=> 0.4 (why and when answered; what, where and who missing)
 * ```
 *
 * @category Vision
 */
export interface CheckVisionClarityResult {
  /** 0..1: 0.2 per answered W, less 0.2 for a vague statement (never below 0). */
  score: number;
  /** Which of the five W's the vision answers. */
  answered: Record<FiveW, boolean>;
  /** `vision/missing-*` per unanswered W and `vision/vague`, sorted by path then code. */
  issues: Issue[];
}

const FIELD_OF: Record<FiveW, string> = { why: "why", what: "what", when: "targetDate", where: "where", who: "who" };

/**
 * Checks a vision with the 5W method: why it matters (a value or purpose), what
 * it takes (a role or capabilities), when (a target date after the start),
 * where (a field or industry) and who (the people involved).
 *
 * `why` counts as answered by the `why` field or a purpose phrase in the
 * statement ("because", "so that", "to help" …); `what` by `what`,
 * `targetRole` or at least one capability; `where` by `where` or `industry`;
 * `who` by `who`. A statement carried by a wish instead of a destination
 * ("become an expert", "get promoted", "be successful", "someday" …) or an
 * empty one gives `vision/vague`.
 *
 * @param vision - The vision to check.
 * @returns The score (0..1), which W's are answered, and the issues with hints.
 *
 * @example
 * ```ts
 * checkVisionClarity({
 *   id: "v",
 *   statement: "Become an expert",
 *   startDate: "2026-01-05",
 *   targetDate: "2030-12-31",
 * }).answered;
 * //=> { why: false, what: false, when: true, where: false, who: false }
 * ```
 *
 * @category Vision
 */
export function checkVisionClarity(vision: VisionInput): CheckVisionClarityResult {
  const statementWords = wordsOf(vision.statement);
  const answered: Record<FiveW, boolean> = {
    why: hasText(vision.why) || PURPOSE_PHRASES.some((phrase) => containsPhrase(statementWords, phrase)),
    what: hasText(vision.what) || hasText(vision.targetRole) || (vision.capabilities?.length ?? 0) > 0,
    when: isIsoDate(vision.startDate) && isIsoDate(vision.targetDate) && vision.targetDate > vision.startDate,
    where: hasText(vision.where) || hasText(vision.industry),
    who: hasText(vision.who),
  };

  const issues: Issue[] = [];
  let count = 0;
  for (const question of ["why", "what", "when", "where", "who"] as const) {
    if (answered[question]) count++;
    else issues.push(createIssue(`vision/missing-${question}`, "warning", ["vision", FIELD_OF[question]], MISSING_MESSAGES[question], MISSING_HINTS[question]));
  }

  const vague = vagueReason(statementWords);
  if (vague !== undefined) {
    issues.push(createIssue("vision/vague", "warning", ["vision", "statement"], vague, "Say which role, in which field, by when: e.g. \"Become a product lead in the medical AI field within 5 years\"."));
  }
  const score = Math.max(0, count - (vague === undefined ? 0 : 1)) / 5;
  return { score, answered, issues: sortIssues(issues) };
}

function vagueReason(words: readonly string[]): string | undefined {
  if (words.length === 0) return "the statement is empty";
  const phrase = VAGUE_VISION_PHRASES.find((candidate) => containsPhrase(words, candidate));
  return phrase === undefined ? undefined : `"${phrase}" names a wish, not a destination`;
}

function hasText(value: string | undefined): boolean {
  return value !== undefined && value.trim() !== "";
}

// Lower-case words of letters, digits and apostrophes; one linear pass, no regex backtracking.
function wordsOf(text: string): string[] {
  const words: string[] = [];
  let current = "";
  for (const character of text.toLowerCase()) {
    if (/[\p{L}\p{N}']/u.test(character)) current += character;
    else if (current !== "") {
      words.push(current);
      current = "";
    }
  }
  if (current !== "") words.push(current);
  return words;
}

function containsPhrase(words: readonly string[], phrase: string): boolean {
  const parts = phrase.split(" ");
  for (let start = 0; start + parts.length <= words.length; start++) {
    let index = 0;
    while (index < parts.length && words[start + index] === parts[index]) index++;
    if (index === parts.length) return true;
  }
  return false;
}
