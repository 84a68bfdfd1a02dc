// The O*NET® 30.0 technologies of each occupation, and how specific each is to it.
import { catalog } from "./catalog.ts";
import type { CatalogEntry } from "./catalog.ts";
import { COMMODITY_TABLE, OCCUPATION_TECHNOLOGIES, TECHNOLOGY_TABLE } from "./data.ts";
import { FIELD, IN_DEMAND, TECHNOLOGY_INDEX_WIDTH, decodeIndex } from "./encoding.ts";
import { lazy } from "./lazy.ts";
import { slugify, titleWords } from "./words.ts";

/**
 * One technology an occupation uses, as O*NET® 30.0 Technology Skills lists it.
 *
 * @example
 * ```ts
 * const sql: OccupationTechnology = {
 *   name: "Structured query language SQL", slug: "structured-query-language-sql",
 *   commodity: "Data base user interface and query software", hot: true, inDemand: true,
 *   listedBy: 151, specificity: 1.808, rank: 6.328,
 * };
 * ```
 *
 * @category Occupations
 */
export interface OccupationTechnology {
  /** The O*NET example name, e.g. `"Tableau"`. */
  name: string;
  /** A stable, readable slug of the name, e.g. `"tableau"`. */
  slug: string;
  /** The O*NET commodity title that groups it, e.g. `"Business intelligence and data analysis software"`. */
  commodity: string;
  /** O*NET flags it a hot technology (often named in job postings). */
  hot: boolean;
  /** O*NET flags it in demand for this occupation. */
  inDemand: boolean;
  /** How many of the 923 occupations with technologies list it. */
  listedBy: number;
  /**
   * How much it marks the occupation's field, 3 decimals: `p × ln(p / q)`, where `p` is
   * the share of the field (the occupation and the 20 occupations whose technology lists
   * are most like its own) that lists it and `q` the share of all occupations; 0 when
   * the field uses it no more than everyone does (Microsoft Excel, almost everywhere).
   */
  specificity: number;
  /**
   * How it ranks for the occupation, 3 decimals: `specificity`, doubled when its commodity
   * title names the occupation's work, tripled when in demand for it, plus half when hot
   * (the bonuses add up).
   */
  rank: number;
}

interface Technology {
  name: string;
  slug: string;
  commodity: string;
  hot: boolean;
}

interface TechnologyCatalog {
  technologies: Technology[];
  bySlug: Map<string, number>;
  /** Technology index by slug of its name or alias. */
  /** Technology indexes by occupation (catalog index), and whether each is in demand there. */
  lists: { index: number; inDemand: boolean }[][];
  /** How many occupations list each technology. */
  listedBy: Uint16Array;
  /** How many occupations have any technology. */
  occupations: number;
  /** By SOC major group ("15"): how many of its occupations list each technology, and how many have any. */
  groups: Map<string, { listedBy: Uint16Array; occupations: number }>;
}

/** The decoded technology tables, built on first use (see lazy.ts). */
export const technologyCatalog: () => TechnologyCatalog = lazy(decodeTechnologies);

function decodeTechnologies(): TechnologyCatalog {
  const commodities = COMMODITY_TABLE.split("\n");
  const technologies = TECHNOLOGY_TABLE.split("\n").map((line) => {
    const [name = "", commodity = "", hot = ""] = line.split(FIELD);
    return { name, slug: slugify(name), commodity: commodities[Number(commodity)]!, hot: hot === "1" };
  });
  const listedBy = new Uint16Array(technologies.length);
  const groups = new Map<string, { listedBy: Uint16Array; occupations: number }>();
  const { entries } = catalog();
  let occupations = 0;
  const lists = OCCUPATION_TECHNOLOGIES.split("\n").map((line, occupation) => {
    const list: { index: number; inDemand: boolean }[] = [];
    for (let at = 0; at < line.length; ) {
      const inDemand = line[at] === IN_DEMAND;
      if (inDemand) at++;
      list.push({ index: decodeIndex(line, at, TECHNOLOGY_INDEX_WIDTH), inDemand });
      at += TECHNOLOGY_INDEX_WIDTH;
    }
    if (list.length === 0) return list;
    occupations++;
    const key = majorGroup(entries[occupation]!);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { listedBy: new Uint16Array(technologies.length), occupations: 0 }));
    group.occupations++;
    for (const { index } of list) {
      listedBy[index]!++;
      group.listedBy[index]!++;
    }
    return list;
  });
  return { technologies, bySlug: aliases(technologies, listedBy), lists, listedBy, occupations, groups };
}

/**
 * The names people write for each technology, as slugs: the full name, its endings
 * without the vendor ("Microsoft Power BI" → "power-bi") or a last word "software" or
 * "systems" ("Epic Systems" → "epic"), and its capitalised
 * acronyms ("Structured query language SQL" → "sql", "Amazon Web Services AWS
 * software" → "aws"). A full name always wins; a shared alias goes to the
 * technology the most occupations list (then the first by name).
 */
function aliases(technologies: Technology[], listedBy: Uint16Array): Map<string, number> {
  const full = new Map<string, number>();
  const partial = new Map<string, number>();
  technologies.forEach((technology, index) => {
    if (!full.has(technology.slug)) full.set(technology.slug, index);
    const words = technology.name.split(" ");
    const candidates = new Set<string>();
    for (let start = 1; start < words.length; start++) candidates.add(slugify(words.slice(start).join(" ")));
    for (const word of words) if (/^[A-Z][A-Z0-9]+$/.test(word)) candidates.add(slugify(word));
    // "Epic Systems", "Salesforce software": the name without its generic last word.
    if (words.length > 1 && /^(software|systems?)$/i.test(words.at(-1)!)) candidates.add(slugify(words.slice(0, -1).join(" ")));
    for (const alias of candidates) {
      if (alias === "" || alias === "software") continue;
      const known = partial.get(alias);
      if (known === undefined || listedBy[index]! > listedBy[known]!) partial.set(alias, index);
    }
  });
  for (const [alias, index] of partial) if (!full.has(alias)) full.set(alias, index);
  return full;
}

/** Whether O*NET lists technologies for the occupation. */
export function hasTechnologies(entry: CatalogEntry): boolean {
  return technologyCatalog().lists[entry.index]!.length > 0;
}

/** How many of the occupations nearest by technologies stand for the occupation's field. */
export const NEIGHBOURS = 20;

/**
 * The technologies of an occupation, best first by technologyRank: specificity, doubled
 * when its commodity title names the occupation's work, tripled when O*NET flags it in
 * demand for the occupation, plus half when hot (the bonuses add up); then by name.
 * [] when O*NET lists none.
 */
export function occupationTechnologies(entry: CatalogEntry): OccupationTechnology[] {
  const { technologies, lists, listedBy, occupations } = technologyCatalog();
  const own = lists[entry.index]!;
  const field = fieldCounts(entry.index);
  const result = own.map(({ index, inDemand }) => {
    const technology = technologies[index]!;
    const p = field.listedBy.get(index)! / field.occupations;
    const q = listedBy[index]! / occupations;
    const specificity = p > q ? Math.round(p * Math.log(p / q) * 1000) / 1000 : 0;
    const rank = technologyRank(specificity, namesRole(technology.commodity, entry), inDemand, technology.hot);
    return { ...technology, inDemand, listedBy: listedBy[index]!, specificity, rank };
  });
  return result.sort(byRank);
}

/**
 * The occupation's field: itself and the NEIGHBOURS occupations whose technology lists
 * are most like its own (Jaccard similarity, then lower code), and how many of them
 * list each of its technologies.
 */
function fieldCounts(occupation: number): { occupations: number; listedBy: Map<number, number> } {
  const { lists } = technologyCatalog();
  const own = new Set(lists[occupation]!.map(({ index }) => index));
  const similar: { occupation: number; similarity: number }[] = [];
  lists.forEach((list, other) => {
    if (other === occupation || list.length === 0) return;
    let shared = 0;
    for (const { index } of list) if (own.has(index)) shared++;
    if (shared > 0) similar.push({ occupation: other, similarity: shared / (own.size + list.length - shared) });
  });
  similar.sort((a, b) => b.similarity - a.similarity || a.occupation - b.occupation);
  const field = [occupation, ...similar.slice(0, NEIGHBOURS).map((row) => row.occupation)];
  const listedBy = new Map<number, number>();
  for (const member of field) for (const { index } of lists[member]!) if (own.has(index)) listedBy.set(index, (listedBy.get(index) ?? 0) + 1);
  return { occupations: field.length, listedBy };
}

/** The slugs of the technologies an occupation lists (no ranking: what a `from` occupation uses). */
export function technologySlugs(entry: CatalogEntry): Set<string> {
  const { technologies, lists } = technologyCatalog();
  return new Set(lists[entry.index]!.map(({ index }) => technologies[index]!.slug));
}

/** How alike two occupations' technology lists are (Jaccard similarity), 0 to 1. */
export function technologySimilarity(a: CatalogEntry, b: CatalogEntry): number {
  const { lists } = technologyCatalog();
  const left = new Set(lists[a.index]!.map(({ index }) => index));
  const right = lists[b.index]!;
  let shared = 0;
  for (const { index } of right) if (left.has(index)) shared++;
  const union = left.size + right.length - shared;
  return union === 0 ? 0 : shared / union;
}

/** The technology a profile key names (name, slug or alias, any case), if any. */
export function findTechnology(key: string): { name: string; slug: string } | undefined {
  const { technologies, bySlug } = technologyCatalog();
  const index = bySlug.get(slugify(key));
  return index === undefined ? undefined : technologies[index];
}

// Words of commodity titles that say what kind of thing it is, not what it is for.
const COMMODITY_GENERIC = new Set(["software", "system", "application", "computer", "equipment", "user", "interface", "development", "environment", "base"]);

/**
 * Whether the commodity title names the occupation's own work: it shares a word with
 * the official title ("Project management software" for Information Technology
 * Project Managers, "Medical software" for Medical Assistants).
 */
function namesRole(commodity: string, entry: CatalogEntry): boolean {
  return titleWords(commodity).some((word) => !COMMODITY_GENERIC.has(word) && entry.coreWords.has(word));
}

/** How much more a technology whose commodity title names the occupation's work counts when ranking. */
export const ROLE_BONUS = 1;

/** How much more a technology O*NET flags in demand for the occupation counts when ranking. */
export const IN_DEMAND_BONUS = 2;

/** How much more a hot technology counts when ranking. */
export const HOT_BONUS = 0.5;

/** `specificity × (1 + ROLE_BONUS if its commodity names the role + IN_DEMAND_BONUS if in demand + HOT_BONUS if hot)`, 3 decimals. */
function technologyRank(specificity: number, namesRole: boolean, inDemand: boolean, hot: boolean): number {
  return Math.round(specificity * (1 + (namesRole ? ROLE_BONUS : 0) + (inDemand ? IN_DEMAND_BONUS : 0) + (hot ? HOT_BONUS : 0)) * 1000) / 1000;
}

function byRank(a: OccupationTechnology, b: OccupationTechnology): number {
  return b.rank - a.rank || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

function majorGroup(entry: CatalogEntry): string {
  return entry.code.slice(0, 2);
}
