// What each word of the lexicon can do in a goal text, in one Map built once:
// the tokenizer gives every word its roles with a single lookup, so the scan
// skips most words at once and tests the rest with bit masks, not set lookups.
// And every word the scan compares tokens with, by a hash the tokenizer builds
// from character codes: most words of a goal are not among them, and finding
// that out without cutting the word out of the text (a substring, then a Map
// lookup that hashes it again) is where the tokenizer's time went.
import * as lexicon from "./lexicon.ts";

// Roles, as bit flags. A word without a role is skipped by the scan.
export const TIME = 1;
export const NUMBER_WORD = 2;
export const PHRASE = 4;
export const FREQUENCY = 8;
export const FREQUENCY_OPENER = 16;
export const SOFT = 32;
export const COMPLETION = 64;
export const METHOD = 128;
// Which time lists the word is in, so matchTime needs one lookup, not seven.
export const MONTH = 256;
export const END = 512;
export const YEAR_OPENER = 1024;
export const WEEKDAY_OPENER = 2048;
export const SHIFT = 4096;
export const SPAN_OPENER = 8192;
export const DEADLINE = 16384;

/** Which evidence a phrase gives: a key of {@link lexicon.PHRASES}. */
export type PhraseKind = keyof typeof lexicon.PHRASES;

/** Completion, soft and observable verbs with their inflections ("completed", "publishing"). */
export const COMPLETION_VERBS = inflect(lexicon.COMPLETION_VERBS);
export const SOFT_VERBS = inflect(lexicon.SOFT_VERBS);
export const OBSERVABLE_VERBS = inflect(lexicon.OBSERVABLE_VERBS);

/** Every phrase (as its kind and words) by its first word, longest first, so "as soon as possible" wins over "as". */
export const PHRASES_BY_FIRST_WORD: ReadonlyMap<string, readonly { kind: PhraseKind; words: readonly string[] }[]> = indexPhrases();

/** Every word that plays a role, with its roles. */
export const ROLES: ReadonlyMap<string, number> = buildRoles();

// Words the scan's code compares tokens with, beside the lexicon's own and the
// time words given a role in buildRoles.
const CODE_WORDS = "a an at day for of or out percent the to";

// Hashes keep 30 bits: a small integer is a Map key V8 compares without allocating.
export const HASH_MASK = 0x3fffffff;

/** A word the scan compares tokens with, and its roles. */
export interface Entry {
  readonly word: string;
  readonly role: number;
}

/** The vocabulary by {@link hashWord} of its words. */
const BY_HASH = new Map<number, Entry>();
for (const word of vocabulary()) {
  const hash = hashWord(word, 0, word.length);
  // Two words with one hash would need a list here; none do (a test would fail at import).
  if (BY_HASH.has(hash)) throw new Error(`SMART vocabulary: "${word}" and "${BY_HASH.get(hash)!.word}" share a hash`);
  BY_HASH.set(hash, { word, role: ROLES.get(word) ?? 0 });
}

/** The hash of the lowercase ASCII word `source[from, to)`; the tokenizer builds the same one as it reads. */
function hashWord(source: string, from: number, to: number): number {
  let hash = 0;
  for (let index = from; index < to; index++) hash = (Math.imul(hash, 257) + (source.charCodeAt(index) | 32)) & HASH_MASK;
  return hash;
}

/**
 * The vocabulary entry of the ASCII word `source[from, to)` (ignoring case),
 * whose {@link hashWord} is `hash`; undefined when the scan never compares with it.
 */
export function findWord(source: string, from: number, to: number, hash: number): Entry | undefined {
  const entry = BY_HASH.get(hash);
  const word = entry?.word;
  if (word === undefined || word.length !== to - from) return undefined;
  // Word characters (letters, digits, "'" and ".") lowercase with `| 32`: it only changes A-Z.
  for (let index = 0; index < word.length; index++) if (word.charCodeAt(index) !== (source.charCodeAt(from + index) | 32)) return undefined;
  return entry;
}

// The lexicon's words (phrases' words included), the inflected verbs and the code's words.
function vocabulary(): Set<string> {
  return new Set([...lexicon.LIST_WORDS, ...ROLES.keys(), ...CODE_WORDS.split(" ")]);
}

function buildRoles(): Map<string, number> {
  const roles = new Map<string, number>();
  const give = (words: Iterable<string>, role: number): void => {
    for (const word of words) roles.set(word, (roles.get(word) ?? 0) | role);
  };
  give(lexicon.MONTHS.keys(), MONTH | TIME);
  give(lexicon.END_WORDS, END | TIME);
  give(lexicon.YEAR_OPENERS, YEAR_OPENER | TIME);
  give(lexicon.WEEKDAY_OPENERS, WEEKDAY_OPENER | TIME);
  give(lexicon.PERIOD_SHIFT.keys(), SHIFT | TIME);
  give(lexicon.SPAN_OPENERS, SPAN_OPENER | TIME);
  give(lexicon.DEADLINE_WORDS, DEADLINE | TIME);
  give("q1 q2 q3 q4 h1 h2 tomorrow".split(" "), TIME);
  give(lexicon.NUMBER_WORDS.keys(), NUMBER_WORD);
  give(PHRASES_BY_FIRST_WORD.keys(), PHRASE);
  give(lexicon.FREQUENCY_WORDS, FREQUENCY);
  give(lexicon.FREQUENCY_OPENERS, FREQUENCY_OPENER);
  give(SOFT_VERBS, SOFT);
  give(COMPLETION_VERBS, COMPLETION);
  give(OBSERVABLE_VERBS, COMPLETION);
  give(["by"], METHOD);
  return roles;
}

function indexPhrases(): Map<string, { kind: PhraseKind; words: string[] }[]> {
  const index = new Map<string, { kind: PhraseKind; words: string[] }[]>();
  for (const [kind, phrases] of Object.entries(lexicon.PHRASES) as [PhraseKind, readonly string[]][]) {
    for (const phrase of phrases) {
      const words = phrase.split(" ");
      const list = index.get(words[0]!) ?? [];
      list.push({ kind, words });
      index.set(words[0]!, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/** Whether `phrase` is written at token `at` of `words` (`count` tokens). */
export function phraseAt(phrase: readonly string[], words: readonly string[], count: number, at: number): boolean {
  if (at + phrase.length > count) return false;
  for (let offset = 1; offset < phrase.length; offset++) if (words[at + offset] !== phrase[offset]) return false;
  return true;
}

/** Strips a word to the stem shared by its inflections, for comparing topics. */
export function stem(word: string): string {
  for (const suffix of lexicon.SUFFIXES) {
    if (word.length > suffix.length + 3 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

// English-style inflection: -s/-es, -ed, -ing, dropping a final "e" and turning
// a final "y" into "ie". Irregular forms are listed in the lexicon itself.
function inflect(words: ReadonlySet<string>): ReadonlySet<string> {
  const all = new Set(words);
  for (const word of words) {
    const base = word.endsWith("e") ? word.slice(0, -1) : word;
    const ySuffixed = word.endsWith("y") ? word.slice(0, -1) : undefined;
    for (const suffix of lexicon.SUFFIXES) {
      all.add(suffix === "s" ? word + suffix : base + suffix);
      if (ySuffixed !== undefined) all.add(`${ySuffixed}${suffix === "s" ? "ie" : "i"}${suffix}`);
    }
  }
  return all;
}
