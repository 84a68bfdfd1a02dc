import { catalog } from "./catalog.ts";
import { FILLER_WEIGHT, queryForms } from "./queryWords.ts";
import { postingsOf, titleIndex, titleText } from "./titleIndex.ts";
import type { TitleIndex } from "./titleIndex.ts";
import type { OccupationRef } from "./types.ts";

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
 * const [match]: OccupationMatch[] = findOccupations("technical product manager");
 * match;
 * //=> { code: "11-2021.00", title: "Marketing Managers", matchedTitle: "Technical Product Manager", score: 1, weak: false, rated: true }
 * ```
 *
 * @category Occupations
 */
export interface OccupationMatch extends OccupationRef {
  /** The title that matched: the official one, an alternate title or a title incumbents reported. */
  matchedTitle: string;
  /** How well `matchedTitle` matches the query, 0 (no word) to 1 (the same words), 3 decimals. */
  score: number;
  /**
   * True when only a generic word ("manager", "senior") or a small part of the query
   * (under 65% by weight) matched: a guess to confirm, never ranked above a real match.
   */
  weak: boolean;
  /** Whether O*NET® rates this occupation's skills and knowledge (else a fallback is used). */
  rated: boolean;
}

/**
 * Finds O*NET® occupations by the titles people use: the 1,016 official titles,
 * the 30.0 alternate titles and the 29.3 sample of titles incumbents reported
 * (about 60,000 in all).
 *
 * Words are compared lowercase and singular, without function words; the
 * abbreviations in O*NET's short titles ("RN", "PM", "UX", "DevOps") and a few
 * more people type ("sr", "mgr", "swe", "head of" = manager) are also spelled out.
 * Each word weighs `ln(1 + titles / titles with the word)`; level words ("senior",
 * "lead", "head") weigh a quarter, and the words of a sentence around a title ("I
 * want to become … in 5 years") a hundredth. A title scores
 * `coverage × (0.75 + 0.25 × precision)`: coverage is the weight of the query words
 * it has over the query's weight (a word no title uses counts as rare, and part of
 * a compound O*NET abbreviates, like "business intelligence", counts only with the
 * rest), precision the weight of its words the query has over its own. An
 * occupation takes its best title. A match is `weak` when it covers under 65% of
 * the query or only one generic word ("manager", "teacher": used by more than 8% of
 * occupations). Ranking: real before weak, then score; on a tie the occupation
 * whose official title is the query, then the one with more titles holding every
 * query word, then the lower code. Empty or punctuation-only queries give `[]`;
 * time is linear in the query's length.
 *
 * @param query - A job title or a sentence naming one, e.g. `"senior UX designer"`.
 * @param options - `limit`: the most matches to return (default 10).
 * @returns The matches, best first; deterministic.
 * @throws {TypeError} `query` is not a string.
 * @throws {RangeError} `limit` is not a positive integer.
 *
 * @example
 * ```ts
 * import { findOccupations } from "careerplan/occupations";
 *
 * findOccupations("RN", { limit: 1 });
 * //=> [{ code: "29-1141.00", title: "Registered Nurses", matchedTitle: "Registered Nurses", score: 1, weak: false, rated: true }]
 * findOccupations("head of product", { limit: 1 })[0]?.title;
 * //=> "Marketing Managers"
 * ```
 *
 * @category Occupations
 */
export function findOccupations(query: string, options: FindOccupationsOptions = {}): OccupationMatch[] {
  if (typeof query !== "string") throw new TypeError(`findOccupations: query must be a string, got ${typeof query}`);
  const limit = options.limit ?? 10;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`findOccupations: limit must be a positive integer, got ${limit}`);
  const ranked = rankOccupations(query);
  return ranked.slice(0, limit).map(({ occupation, title, score, weak }) => {
    const entry = catalog().entries[occupation]!;
    return { code: entry.code, title: entry.title, matchedTitle: titleText(titleIndex(), title), score: Math.max(0.001, Math.round(score * 1000) / 1000), weak, rated: entry.skillRatings !== undefined };
  });
}

/**
 * How much a title's extra words (beyond the query's) lower its score: a title
 * missing a query word loses that word's whole weight, one with an extra word only
 * this share of it ("Technical Product Manager" still answers "product manager").
 */
export const PRECISION_WEIGHT = 0.25;

/** A title covering less of the query than this (by weight) is a weak match: a small part of it. */
export const WEAK_COVERAGE = 0.65;

/** An occupation's best title for a query. */
interface Ranked {
  occupation: number;
  title: number;
  score: number;
  weak: boolean;
  /** How near the occupation's official title is to the query (see officialSimilarity). */
  official: number;
  /** How many of the occupation's titles hold every query word. */
  support: number;
}

/** Every occupation with a title sharing a word with the query, best first. */
export function rankOccupations(query: string): Ranked[] {
  const index = titleIndex();
  const { weights, wordIds, generic, formTitle, formWeight, titleOccupation } = index;
  const entries = catalog().entries;
  const best = new Map<number, Ranked>();

  for (const form of queryForms(query, index.abbreviations, index.compounds)) {
    const words = form.map(({ word, factor, compound }) => ({ id: wordIds.get(word), word, factor, compound }));
    // Which query words a form holds, one bit each (the first 31 words; a compound past them counts as words).
    const bitOf = new Map(words.slice(0, 31).map(({ word }, position) => [word, 2 ** position]));
    // Compounds some title spells in full (O*NET has no "Product Owner": then each word counts alone).
    const compounds = words.flatMap(({ id, word, factor, compound }) => {
      if (id === undefined || compound === undefined || !compound.every((part) => bitOf.has(part)) || !someTitleHolds(compound, index)) return [];
      return [{ id, factor, bit: bitOf.get(word)!, required: compound.reduce((mask, part) => mask | bitOf.get(part)!, 0) }];
    });
    let total = 0;
    for (const { id, factor } of words) total += (id === undefined ? index.unknownWeight : weights[id]!) * factor;
    // Only the words of a sentence ("I want to work") name no job.
    if (total === 0 || words.every(({ factor }) => factor === FILLER_WEIGHT)) continue;
    // Per-call accumulators (no state is kept between searches); `touched` lists the forms to read.
    const byQuery = new Float64Array(formTitle.length);
    const byTitle = new Float64Array(formTitle.length);
    const specific = new Uint8Array(formTitle.length);
    const content = new Uint8Array(formTitle.length);
    const held = new Uint32Array(formTitle.length);
    const touched: number[] = [];
    for (const { id, word, factor } of words) {
      if (id === undefined) continue;
      const bit = bitOf.get(word) ?? 0;
      const list = postingsOf(index, id);
      const weight = weights[id]!;
      const isContent = factor === 1 ? 1 : 0;
      const isSpecific = isContent === 1 && generic[id] === 0 ? 1 : 0;
      for (let at = 0; at < list.length; at++) {
        const key = list[at]!;
        if (byTitle[key] === 0) touched.push(key);
        byQuery[key] = byQuery[key]! + weight * factor;
        byTitle[key] = byTitle[key]! + weight;
        specific[key] = specific[key]! + isSpecific;
        content[key] = content[key]! + isContent;
        held[key] = held[key]! | bit;
      }
    }
    // A title with part of a compound ("Business Developer" for "business intelligence developer") does not match that part.
    for (const key of touched) {
      for (const { id, factor, bit, required } of compounds) {
        if ((held[key]! & bit) === 0 || (held[key]! & required) === required) continue;
        byQuery[key] = byQuery[key]! - weights[id]! * factor;
        byTitle[key] = byTitle[key]! - weights[id]!;
        if (factor === 1) content[key] = content[key]! - 1;
        if (factor === 1 && generic[id] === 0) specific[key] = specific[key]! - 1;
      }
    }
    const support = new Map<number, number>();
    for (const key of touched) {
      if (byQuery[key]! <= 1e-9) continue;
      const coverage = byQuery[key]! / total;
      const score = coverage * (1 - PRECISION_WEIGHT + PRECISION_WEIGHT * (byTitle[key]! / formWeight[key]!));
      // One generic word ("teacher", "manager") or a small part of the query is a guess.
      const weak = coverage < WEAK_COVERAGE || (specific[key] === 0 && content[key]! < 2);
      const title = formTitle[key]!;
      const occupation = titleOccupation[title]!;
      if (coverage > 0.999) support.set(occupation, (support.get(occupation) ?? 0) + 1);
      const current = best.get(occupation);
      const official = current?.official ?? officialSimilarity(entries[occupation]!.coreWords, words, weights, total);
      const candidate = { occupation, title, score, weak, official, support: current?.support ?? 0 };
      // Inside an occupation only a better match replaces the first found, so the typed query's
      // title ("Head Chef") stays ahead of the spelled-out one's ("Chef Manager"); on a tie the
      // official title ("Registered Nurses" for "RN") wins.
      const better = !current || Number(weak) - Number(current.weak) < 0 || (weak === current.weak && (score > current.score || (score === current.score && title < entries.length && current.title >= entries.length)));
      if (better) best.set(occupation, candidate);
    }
    for (const [occupation, count] of support) {
      const row = best.get(occupation)!;
      row.support = Math.max(row.support, count);
    }
  }
  return [...best.values()].sort(compareRanked);
}

/**
 * How near the occupation's official title is to the query, for ties between its
 * titles: coverage × precision, by weight, of the title's words before any ", Except …".
 */
function officialSimilarity(titleWords: Set<string>, words: { id: number | undefined; word: string; factor: number }[], weights: Float64Array, total: number): number {
  let shared = 0;
  for (const { id, word, factor } of words) if (id !== undefined && titleWords.has(word)) shared += weights[id]! * factor;
  let own = 0;
  for (const word of titleWords) own += weights[titleIndex().wordIds.get(word) ?? -1] ?? 0;
  return own === 0 ? 0 : (shared / total) * (shared / own);
}

/** Whether some form holds every word (a merge of their ascending postings). */
function someTitleHolds(words: string[], index: TitleIndex): boolean {
  const ids = words.map((word) => index.wordIds.get(word));
  if (ids.some((id) => id === undefined)) return false;
  const [first, ...rest] = ids.map((id) => postingsOf(index, id!));
  return first!.some((form) => rest.every((list) => holds(list, form)));
}

/** Whether the ascending list holds the value (binary search). */
function holds(list: Uint32Array, value: number): boolean {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = list[middle]!;
    if (at === value) return true;
    if (at < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** An official title at least this near the query (see officialSimilarity) names it. */
const NAMED = 0.9;

/**
 * Real before weak, then higher score; among equals the occupation whose official
 * title names the query, then the one with more titles holding every query word,
 * then the nearer official title, the lower code, the lower title.
 */
function compareRanked(a: Ranked, b: Ranked): number {
  return (
    Number(a.weak) - Number(b.weak) ||
    b.score - a.score ||
    Number(b.official >= NAMED) - Number(a.official >= NAMED) ||
    b.support - a.support ||
    b.official - a.official ||
    a.occupation - b.occupation ||
    a.title - b.title
  );
}
