// Private: reads a milestone's horizon label ("6m", "1y", "18 months", "final")
// as a number of months, so milestones can be put in horizon order.

// Anchored, no nested quantifiers: linear on any input (ReDoS-safe).
const HORIZON = /^\s*(\d{1,4})\s*(w|wk|wks|weeks?|m|mo|mos|months?|q|quarters?|y|yr|yrs|years?)\s*$/i;
const MONTHS_PER_UNIT: Record<string, number> = { w: 12 / 52, m: 1, q: 3, y: 12 };

/**
 * Months a horizon stands for: "6m" → 6, "1y" → 12, "18 months" → 18,
 * "final" → Infinity; `undefined` for a missing or unreadable label.
 */
export function horizonMonths(horizon: string | undefined): number | undefined {
  if (horizon === undefined) return undefined;
  if (horizon.trim().toLowerCase() === "final") return Infinity;
  const match = HORIZON.exec(horizon);
  if (match === null) return undefined;
  return Number(match[1]) * MONTHS_PER_UNIT[match[2]![0]!.toLowerCase()]!;
}
