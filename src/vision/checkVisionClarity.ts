import { requireVisionText } from "../_lib/args.ts";
import { createIssue, sortIssues } from "../_lib/issues.ts";
import type { Issue, VisionInput } from "../model/index.ts";
import { visionDates } from "../_lib/visionDates.ts";
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
  requireVisionText("checkVisionClarity", vision);
  const words = vision.statement.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  // Padded with spaces so a phrase matches whole words only.
  const spaced = ` ${words.join(" ")} `;
  const says = (phrase: string): boolean => spaced.includes(` ${phrase} `);
  const answered: Record<FiveW, boolean> = {
    why: hasText(vision.why) || PURPOSE_PHRASES.some(says),
    what: hasText(vision.what) || hasText(vision.targetRole) || (vision.capabilities?.length ?? 0) > 0,
    when: visionDates(vision).issues.length === 0, // calendar dates, the target after the start
    where: hasText(vision.where) || hasText(vision.industry),
    who: hasText(vision.who),
  };

  const issues: Issue[] = [];
  for (const [question, isAnswered] of Object.entries(answered) as [FiveW, boolean][]) {
    const field = question === "when" ? "targetDate" : question;
    if (!isAnswered) issues.push(createIssue(`vision/missing-${question}`, "warning", ["vision", field], MISSING_MESSAGES[question], MISSING_HINTS[question]));
  }
  const wish = VAGUE_VISION_PHRASES.find(says);
  if (words.length === 0 || wish !== undefined) {
    const message = wish === undefined ? "the statement is empty" : `"${wish}" names a wish, not a destination`;
    issues.push(createIssue("vision/vague", "warning", ["vision", "statement"], message, 'Name a role, a field and a date, e.g. "Product lead in medical AI within 5 years".'));
  }
  // Each issue costs 0.2: one per unanswered W, one for a vague statement.
  return { score: Math.max(0, 5 - issues.length) / 5, answered, issues: sortIssues(issues) };
}

function hasText(value: string | undefined): boolean {
  return value !== undefined && value.trim() !== "";
}
