import { catalog } from "./catalog.ts";
import type { OccupationRef } from "./types.ts";
import { titleWords } from "./words.ts";

/**
 * Options of {@link findOccupations}.
 *
 * @example
 * ```ts
 * const options: FindOccupationsOptions = { limit: 3 };
 * ```
 *
 * @category Occupations
 */
export interface FindOccupationsOptions {
  /** The most matches to return (a positive integer, default 10). */
  limit?: number;
}

/**
 * One match of {@link findOccupations}.
 *
 * @example
 * ```ts
 * const [match]: OccupationMatch[] = findOccupations("registered nurse");
 * match;
 * //=> { code: "29-1141.00", title: "Registered Nurses", score: 1, rated: true }
 * ```
 *
 * @category Occupations
 */
export interface OccupationMatch extends OccupationRef {
  /** How well the title matches the query, 0 (no word) to 1 (same words), 3 decimals. */
  score: number;
  /** Whether the O*NET® 29.0 release rates this occupation's skills (else a fallback is used). */
  rated: boolean;
}

/**
 * Finds O*NET® occupations whose titles match the words of a query.
 *
 * Words are compared lowercase and singular ("Nurses" = "nurse"), without
 * function words ("and", "of" …); query words no title uses ("I", "want",
 * "5 years") are ignored, so a whole sentence works. Each word weighs its
 * inverse title frequency `ln(1 + 1016 / titles with the word)`, so "nurse"
 * counts more than "manager". The score is
 * `coverage × (1 + matched / titleWords) / 2`, where `coverage` is the weight of
 * the query words the title has over the weight of all the query's known words:
 * 1 means the same words, and among equal scores fewer extra title words, then
 * the lower code, come first. An empty or unknown query gives `[]`.
 *
 * @param query - A job title or a sentence naming one, e.g. `"software developer"`.
 * @param options - `limit`: the most matches to return (default 10).
 * @returns The matches, best first; deterministic.
 * @throws {TypeError} `query` is not a string.
 * @throws {RangeError} `limit` is not a positive integer.
 *
 * @example
 * ```ts
 * import { findOccupations } from "careerplan/occupations";
 *
 * findOccupations("software developers", { limit: 2 });
 * //=> [
 * //   { code: "15-1252.00", title: "Software Developers", score: 1, rated: false },
 * //   { code: "15-1254.00", title: "Web Developers", score: 0.375, rated: true },
 * // ]
 * ```
 *
 * @category Occupations
 */
export function findOccupations(query: string, options: FindOccupationsOptions = {}): OccupationMatch[] {
  if (typeof query !== "string") throw new TypeError(`findOccupations: query must be a string, got ${typeof query}`);
  const limit = options.limit ?? 10;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`findOccupations: limit must be a positive integer, got ${limit}`);

  const { entries, weights } = catalog();
  const known = [...new Set(titleWords(query))].filter((word) => weights.has(word));
  const total = known.reduce((sum, word) => sum + weights.get(word)!, 0);
  if (known.length === 0) return [];

  const ranked: { match: OccupationMatch; exact: number; extra: number }[] = [];
  for (const entry of entries) {
    let matched = 0;
    let weight = 0;
    for (const word of known) {
      if (!entry.words.has(word)) continue;
      matched++;
      weight += weights.get(word)!;
    }
    if (matched === 0) continue;
    const exact = (weight / total) * (1 + matched / entry.words.size) / 2;
    const match = { code: entry.code, title: entry.title, score: Math.round(exact * 1000) / 1000, rated: entry.ratings !== undefined };
    ranked.push({ match, exact, extra: entry.words.size - matched });
  }
  // Entries are in code order and the sort is stable, so equal rows keep code order.
  ranked.sort((a, b) => b.exact - a.exact || a.extra - b.extra);
  return ranked.slice(0, limit).map((row) => row.match);
}
