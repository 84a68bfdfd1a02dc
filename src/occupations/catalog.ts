// Decodes the generated tables on first use, not at import, so importing the
// entry point costs nothing and has no side effects.
import { OCCUPATION_TABLE, RATING_VALUES, SKILL_TABLE } from "./data.ts";
import { FIELD, RATING_ALPHABET, SKIPPED } from "./encoding.ts";
import type { OccupationSkill } from "./types.ts";
import { titleWords } from "./words.ts";

/** A decoded occupation; `ratings` stays encoded until someone asks for them. */
export interface CatalogEntry {
  code: string;
  title: string;
  /** Distinct title words (stemmed, no stop words). */
  words: Set<string>;
  ratings: string | undefined;
}

export interface Catalog {
  entries: CatalogEntry[];
  byCode: Map<string, CatalogEntry>;
  /** Keyed by the sorted distinct title words, for order-insensitive exact titles. */
  byTitle: Map<string, CatalogEntry>;
  /** Inverse document frequency of each title word. */
  weights: Map<string, number>;
  skills: { elementId: string; slug: string; name: string }[];
  /** Rating value by character code of its RATING_ALPHABET symbol. */
  ratingByCharCode: number[];
}

// The one allowed module-level state: a lazily built index of the library's own constant data (the O*NET tables), never of an input.
let cache: Catalog | undefined;

/** The decoded catalogue, built once. */
export function catalog(): Catalog {
  cache ??= decodeCatalog();
  return cache;
}

/** Decodes the tables (exported for the benchmark of the first call). */
export function decodeCatalog(): Catalog {
  const entries: CatalogEntry[] = [];
  const byCode = new Map<string, CatalogEntry>();
  const byTitle = new Map<string, CatalogEntry>();
  const counts = new Map<string, number>();
  for (const line of OCCUPATION_TABLE.split("\n")) {
    const [code = "", title = "", ratings] = line.split(FIELD);
    const entry: CatalogEntry = { code, title, words: new Set(titleWords(title)), ratings };
    entries.push(entry);
    byCode.set(code, entry);
    const key = titleKey(entry.words);
    if (!byTitle.has(key)) byTitle.set(key, entry);
    for (const word of entry.words) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const weights = new Map<string, number>();
  for (const [word, count] of counts) weights.set(word, Math.log(1 + entries.length / count));
  const skills = SKILL_TABLE.split("\n").map((line) => {
    const [elementId = "", name = ""] = line.split(FIELD);
    return { elementId, slug: slugify(name), name };
  });
  const ratingByCharCode: number[] = [];
  RATING_VALUES.split(" ").forEach((value, index) => {
    ratingByCharCode[RATING_ALPHABET.charCodeAt(index)] = Number(value);
  });
  return { entries, byCode, byTitle, weights, skills, ratingByCharCode };
}

/** The rated skills of an entry, in element order; [] for an unrated one. */
export function decodeSkills(entry: CatalogEntry, { skills, ratingByCharCode }: Catalog): OccupationSkill[] {
  const ratings = entry.ratings;
  if (ratings === undefined) return [];
  const skipped = SKIPPED.charCodeAt(0);
  const result: OccupationSkill[] = [];
  for (let index = 0; index < skills.length; index++) {
    const importance = ratings.charCodeAt(index * 2);
    if (importance === skipped) continue;
    const { elementId, slug, name } = skills[index]!;
    result.push({ elementId, slug, name, importance: ratingByCharCode[importance]!, level: ratingByCharCode[ratings.charCodeAt(index * 2 + 1)]! });
  }
  return result;
}

/** The order-insensitive key of a set of title words. */
export function titleKey(words: Iterable<string>): string {
  return [...words].sort().join(" ");
}

function slugify(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
