// Private: one way to write an amount of time for people, so a warning, a
// table and a pie never round the same hours differently.

/**
 * Hours with at most one decimal, as people read them: formatHours(77.14) →
 * "77.1", formatHours(2) → "2", never "-0" nor exponent notation (Mermaid and
 * people read plain decimals only).
 */
export function formatHours(hours: number): string {
  const rounded = Math.round(hours * 10) / 10;
  if (rounded === 0) return "0";
  // String() switches to exponents from 1e21; plans are bounded well below, but a message must never show "1e+21".
  return Math.abs(rounded) < 1e21 ? String(rounded) : rounded.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 1 });
}
