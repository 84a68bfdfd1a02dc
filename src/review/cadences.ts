import type { Cadence } from "./types.ts";

/**
 * The seeds' rhythm: a quarterly goal review, a career canvas update every six
 * months and a vision review every year.
 *
 * @example
 * ```ts
 * DEFAULT_CADENCES;
 * //=> [{ kind: "quarterly", everyMonths: 3 }, { kind: "canvas", everyMonths: 6 }, { kind: "vision", everyMonths: 12 }]
 * ```
 *
 * @category Reviews
 */
export const DEFAULT_CADENCES: readonly Readonly<Cadence>[] = Object.freeze([
  Object.freeze({ kind: "quarterly", everyMonths: 3 }),
  Object.freeze({ kind: "canvas", everyMonths: 6 }),
  Object.freeze({ kind: "vision", everyMonths: 12 }),
]);
