// Decodes the generated occupation tables on first use, not at import, so importing
// the entry point costs nothing and has no side effects.
import { KNOWLEDGE_TABLE, KNOWLEDGE_VALUES, OCCUPATION_TABLE, RATING_VALUES, SKILL_TABLE } from "./data.ts";
import { FIELD, RATING_ALPHABET, SKIPPED } from "./encoding.ts";
import { lazy } from "./lazy.ts";
import type { OccupationSkill } from "./types.ts";
import { slugify, titleWords } from "./words.ts";

/** A decoded occupation; its ratings stay encoded until someone asks for them. */
export interface CatalogEntry {
  /** Position in the table (code order). */
  index: number;
  code: string;
  title: string;
  /** Distinct official title words (singular, no function words). */
  words: Set<string>;
  /** The same, before any ", Except …" (what the occupation is, not what it leaves out). */
  coreWords: Set<string>;
  /** The O*NET 30.0 job zone, 1–5, when rated. */
  jobZone: number | undefined;
  skillRatings: string | undefined;
  knowledgeRatings: string | undefined;
}

/** One element (skill or knowledge area) of a rating table. */
export interface Element {
  elementId: string;
  slug: string;
  name: string;
}

/** A rating table: its elements in column order and its values by symbol. */
export interface RatingScale {
  elements: Element[];
  /** Rating value by character code of its RATING_ALPHABET symbol. */
  valueByCharCode: number[];
}

export interface Catalog {
  entries: CatalogEntry[];
  byCode: Map<string, CatalogEntry>;
  /** Keyed by the sorted distinct official title words, for order-insensitive exact titles. */
  byTitle: Map<string, CatalogEntry>;
  skills: RatingScale;
  knowledge: RatingScale;
}

/** The decoded catalogue, built once. */
export const catalog: () => Catalog = lazy(decodeCatalog);

/** Decodes the tables (exported for the benchmark of the first call). */
export function decodeCatalog(): Catalog {
  const entries: CatalogEntry[] = [];
  const byCode = new Map<string, CatalogEntry>();
  const byTitle = new Map<string, CatalogEntry>();
  for (const line of OCCUPATION_TABLE.split("\n")) {
    const [code = "", title = "", zone = "", skills = "", knowledge = ""] = line.split(FIELD);
    const entry: CatalogEntry = {
      index: entries.length,
      code,
      title,
      words: new Set(titleWords(title)),
      coreWords: new Set(titleWords(title.replace(/,? except .*$/i, ""))),
      jobZone: zone === "" ? undefined : Number(zone),
      skillRatings: skills === "" ? undefined : skills,
      knowledgeRatings: knowledge === "" ? undefined : knowledge,
    };
    entries.push(entry);
    byCode.set(code, entry);
    const key = titleKey(entry.words);
    if (!byTitle.has(key)) byTitle.set(key, entry);
  }
  return { entries, byCode, byTitle, skills: ratingScale(SKILL_TABLE, RATING_VALUES), knowledge: ratingScale(KNOWLEDGE_TABLE, KNOWLEDGE_VALUES) };
}

function ratingScale(table: string, values: string): RatingScale {
  const elements = table.split("\n").map((line) => {
    const [elementId = "", name = ""] = line.split(FIELD);
    return { elementId, slug: slugify(name), name };
  });
  const valueByCharCode: number[] = [];
  values.split(" ").forEach((value, index) => {
    valueByCharCode[RATING_ALPHABET.charCodeAt(index)] = Number(value);
  });
  return { elements, valueByCharCode };
}

/** The rated elements of an encoded rating string, in element order; [] when unrated. */
export function decodeRatings(ratings: string | undefined, { elements, valueByCharCode }: RatingScale): OccupationSkill[] {
  if (ratings === undefined) return [];
  const skipped = SKIPPED.charCodeAt(0);
  const result: OccupationSkill[] = [];
  for (let index = 0; index < elements.length; index++) {
    const importance = ratings.charCodeAt(index * 2);
    if (importance === skipped) continue;
    const { elementId, slug, name } = elements[index]!;
    result.push({ elementId, slug, name, importance: valueByCharCode[importance]!, level: valueByCharCode[ratings.charCodeAt(index * 2 + 1)]! });
  }
  return result;
}

/** The order-insensitive key of a set of title words. */
export function titleKey(words: Iterable<string>): string {
  return [...words].sort().join(" ");
}
