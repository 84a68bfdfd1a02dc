// Private: the one reader of milestone horizon labels ("6m", "1y", "18 months",
// "2 quarters", "8 weeks", "final"), as months for horizon order and as
// people say them ("18-month").

/** A count and a unit. Anchored, no nested quantifiers: linear on any input (ReDoS-safe). */
export const HORIZON = /^\s*(\d{1,4})\s*(w|wk|wks|weeks?|m|mo|mos|months?|q|quarters?|y|yr|yrs|years?)\s*$/i;

/** Per unit, keyed by its first letter: how many months it spans, and its name. */
const MONTHS: Record<string, number> = { w: 12 / 52, m: 1, q: 3, y: 12 };
const NAMES: Record<string, string> = { w: "week", m: "month", q: "quarter", y: "year" };

/**
 * Months a horizon stands for: "6m" → 6, "1y" → 12, "18 months" → 18,
 * "final" → Infinity; `undefined` for a missing or unreadable label.
 */
export function horizonMonths(horizon: string | undefined): number | undefined {
  if (horizon?.trim().toLowerCase() === "final") return Infinity;
  const match = HORIZON.exec(horizon ?? "");
  return match ? Number(match[1]) * MONTHS[unitOf(match)]! : undefined;
}

/**
 * A horizon as people say it: "6m" → "6-month", "18 months" → "18-month",
 * "2 quarters" → "2-quarter"; anything else as written, trimmed; blank gives `undefined`.
 */
export function horizonLabel(horizon: string | undefined): string | undefined {
  const text = horizon?.trim();
  const match = HORIZON.exec(text ?? "");
  return match ? `${match[1]}-${NAMES[unitOf(match)]!}` : text || undefined;
}

/** The unit's first letter, lower case: the key of MONTHS and NAMES. */
function unitOf(match: RegExpExecArray): string {
  return match[2]![0]!.toLowerCase();
}
