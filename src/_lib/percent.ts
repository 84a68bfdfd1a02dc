// Private: one way to turn a share 0..1 into a percentage, so a drift message,
// a review question and a Markdown table never round the same share differently.

/** A share 0..1 as a percentage with at most `decimals` decimals: percent(0.524) → 52.4, percent(0.5249, 0) → 52. */
export function percent(share: number, decimals = 1): number {
  return Math.round(share * 10 ** (decimals + 2)) / 10 ** decimals;
}
