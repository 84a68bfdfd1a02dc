// Finds the occupation a caller names, and the rated occupation that stands in
// for one that has no ratings in this release.
import { catalog, titleKey } from "./catalog.ts";
import type { CatalogEntry } from "./catalog.ts";
import { titleWords } from "./words.ts";

const CODE = /^(\d{2}-\d{4})(\.\d{2})?$/;

/** The occupation with this code ("15-1252" means "15-1252.00") or this exact title; undefined if none. */
export function resolveOccupation(codeOrTitle: string): CatalogEntry | undefined {
  const { byCode, byTitle } = catalog();
  const text = codeOrTitle.trim();
  const code = CODE.exec(text);
  if (code) return byCode.get(`${code[1]}${code[2] ?? ".00"}`);
  const words = titleWords(text);
  return words.length === 0 ? undefined : byTitle.get(titleKey(new Set(words)));
}

/** A stand-in for an unrated occupation and the SOC group it was found in. */
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
 * The closest rated occupation: the narrowest SOC group holding one wins; inside
 * it, the most title words in common (Jaccard similarity), then the lowest code.
 */
export function closestRated(entry: CatalogEntry): Fallback | undefined {
  const { entries } = catalog();
  for (const level of LEVELS) {
    const prefix = entry.code.slice(0, level.length);
    let best: CatalogEntry | undefined;
    let bestSimilarity = -1;
    // Entries are in code order, so the first of equals is the lowest code.
    for (const candidate of entries) {
      if (candidate === entry || candidate.ratings === undefined || !candidate.code.startsWith(prefix)) continue;
      const similarity = jaccard(entry.words, candidate.words);
      if (similarity > bestSimilarity) {
        best = candidate;
        bestSimilarity = similarity;
      }
    }
    if (best) return { entry: best, group: level.name(entry.code) };
  }
  return undefined;
}

function jaccard(left: Set<string>, right: Set<string>): number {
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  const union = left.size + right.size - shared;
  return union === 0 ? 0 : shared / union;
}
