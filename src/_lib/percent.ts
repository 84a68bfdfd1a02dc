// Private: one way to turn a share 0..1 into a percentage, so a drift message,
// a review question and a Markdown table never round the same share differently.
import type { Ratios } from "../model/index.ts";

/** A share 0..1 as a percentage with at most `decimals` decimals: percent(0.524) → 52.4, percent(0.5249, 0) → 52. */
export function percent(share: number, decimals = 1): number {
  return Math.round(share * 10 ** (decimals + 2)) / 10 ** decimals;
}

/** Ratios as whole percentages in bucket order, the way people write them: "70/20/10". */
export function ratiosLabel(ratios: Readonly<Ratios>): string {
  return `${percent(ratios.core, 0)}/${percent(ratios.auxiliary, 0)}/${percent(ratios.exploratory, 0)}`;
}
