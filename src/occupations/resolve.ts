// Finds the occupation a caller names, and the occupation that stands in for one
// that has no ratings (or no technologies) in the data.
import type { Issue } from "../model/index.ts";
import { createIssue } from "../_lib/issues.ts";
import { catalog, titleKey } from "./catalog.ts";
import type { CatalogEntry } from "./catalog.ts";
import { findOccupations, rankOccupations } from "./findOccupations.ts";
import { titleIndex, titleText } from "./titleIndex.ts";
import type { OccupationRef } from "./types.ts";
import { titleWords } from "./words.ts";

const CODE = /^(\d{2}-\d{4})(\.\d{2})?$/;

/** The occupation a code, title or search names, and the issue saying how it was read or why none was. */
export interface Resolved {
  entry?: CatalogEntry;
  issues: Issue[];
}

/**
 * The occupation with this code ("15-1252" means "15-1252.00"), this official title
 * (any case and number), or else the best real (not weak) match of a title search,
 * with an `occupation/matched` info saying which title matched. Nothing found gives
 * `occupation/unknown` with the closest titles as a hint.
 */
export function resolveOccupation(text: string, path: readonly (string | number)[]): Resolved {
  const { byCode, byTitle } = catalog();
  const query = text.trim();
  const code = CODE.exec(query);
  if (code) {
    const entry = byCode.get(`${code[1]}${code[2] ?? ".00"}`);
    return entry ? { entry, issues: [] } : { issues: [unknownIssue(query, path)] };
  }
  const words = titleWords(query);
  const exact = words.length === 0 ? undefined : byTitle.get(titleKey(new Set(words)));
  if (exact) return { entry: exact, issues: [] };
  const [best] = query === "" ? [] : rankOccupations(query.slice(0, 1000));
  if (!best || best.weak) return { issues: [unknownIssue(query, path)] };
  const entry = catalog().entries[best.occupation]!;
  const matched = titleText(titleIndex(), best.title);
  const message = `read ${quote(query)} as ${describe(entry)}, by its title ${quote(matched)}`;
  return { entry, issues: [createIssue("occupation/matched", "info", path, message, "Pass an O*NET-SOC code to choose another occupation: findOccupations lists the candidates")] };
}

function unknownIssue(text: string, path: readonly (string | number)[]): Issue {
  if (text === "") return createIssue("occupation/unknown", "error", path, "no O*NET occupation matches an empty code or title", "Pass an O*NET-SOC code such as 15-1252.00 or a title such as Software Developers");
  const suggestions = findOccupations(text.slice(0, 1000), { limit: 3 }).map(describe);
  const hint = suggestions.length > 0 ? `Closest titles: ${suggestions.join("; ")}` : 'Find a code with findOccupations, e.g. findOccupations("software developer")';
  return createIssue("occupation/unknown", "error", path, `no O*NET occupation matches ${quote(text)}`, hint);
}

function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}

/** "Registered Nurses (29-1141.00)". */
export function describe(occupation: OccupationRef): string {
  return `${occupation.title} (${occupation.code})`;
}

/** A stand-in for an occupation without data and the SOC group it was found in. */
export interface Fallback {
  entry: CatalogEntry;
  group: string;
}

// SOC 2018 nesting read from the code: detailed 15-1252, broad 15-125x, minor
// 15-12xx, major 15-xxxx. Nothing outside the major group stands in: the whole
// military group 55 is unrated, and an infantry role is not a chief executive.
const LEVELS = [
  { length: 7, name: (code: string) => `detailed occupation ${code.slice(0, 7)}` },
  { length: 6, name: (code: string) => `broad occupation ${code.slice(0, 6)}0` },
  { length: 5, name: (code: string) => `minor group ${code.slice(0, 5)}00` },
  { length: 3, name: (code: string) => `major group ${code.slice(0, 3)}0000` },
];

/**
 * The closest occupation that has the data (`has`): the narrowest SOC group holding
 * one wins; inside it, the most title words in common (Jaccard similarity), then the
 * most technologies in common (`similarTechnologies`, 0 to 1), then the lowest code.
 */
export function closestWith(entry: CatalogEntry, has: (candidate: CatalogEntry) => boolean, similarTechnologies: (a: CatalogEntry, b: CatalogEntry) => number = () => 0): Fallback | undefined {
  const { entries } = catalog();
  for (const level of LEVELS) {
    const prefix = entry.code.slice(0, level.length);
    const found = closestAmong(entry, entries.filter((candidate) => candidate !== entry && candidate.code.startsWith(prefix) && has(candidate)), similarTechnologies);
    if (found) return { entry: found.entry, group: level.name(entry.code) };
  }
  return undefined;
}

function closestAmong(entry: CatalogEntry, candidates: CatalogEntry[], similarTechnologies: (a: CatalogEntry, b: CatalogEntry) => number): { entry: CatalogEntry; title: number } | undefined {
  let best: CatalogEntry | undefined;
  let bestTitle = -1;
  let bestTechnologies = -1;
  // Candidates are in code order, so the first of equals is the lowest code.
  for (const candidate of candidates) {
    const title = jaccard(entry.words, candidate.words);
    if (title < bestTitle) continue;
    const technologies = similarTechnologies(entry, candidate);
    if (title > bestTitle || technologies > bestTechnologies) {
      best = candidate;
      bestTitle = title;
      bestTechnologies = technologies;
    }
  }
  return best ? { entry: best, title: bestTitle } : undefined;
}

function jaccard(left: Set<string>, right: Set<string>): number {
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  const union = left.size + right.size - shared;
  return union === 0 ? 0 : shared / union;
}
