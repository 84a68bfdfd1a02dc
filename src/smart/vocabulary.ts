// Every word the SMART scan compares tokens with, in a hash table the tokenizer
// can query from character codes. Most words of a goal are not in it, and
// finding that out without cutting the word out of the text (a substring, then
// a Map lookup that hashes it again) is where the tokenizer's time went.
import type { SmartLexicon } from "./lexicon.ts";

/** The scan's words, looked up by a hash of their lowercase ASCII codes. */
export interface Vocabulary {
  /** Slot → entry index + 1 (0 = empty); open addressing, linear probing. */
  readonly slots: Int32Array;
  /** Slot → its entry's hash, so most misses are decided without reading the entry. */
  readonly slotHashes: Int32Array;
  readonly mask: number;
  readonly words: readonly string[];
  /** Each entry's roles (see ROLE in compiledLexicon.ts). */
  readonly roles: Int32Array;
  /** The same words with their roles, for words with non-ASCII letters. */
  readonly byWord: ReadonlyMap<string, number>;
}

// Stand for a word outside the vocabulary. The scan only compares such words
// with vocabulary words (never equal) and asks whether they are gerunds ("by
// running"), so two placeholders keep all it needs; neither can be a word.
const UNKNOWN_WORD = "\u0000";
const UNKNOWN_GERUND = "\u0000\u0000ing";

// Words the scan's code compares tokens with, beside the lexicon's own lists.
const CODE_WORDS = ["a", "an", "at", "day", "for", "of", "or", "out", "percent", "the", "to", "tomorrow", "q1", "q2", "q3", "q4", "h1", "h2"];

/** Builds the vocabulary of `lexicon`, its derived word sets and the words of `roles`. */
export function buildVocabulary(lexicon: SmartLexicon, derived: readonly ReadonlySet<string>[], roles: ReadonlyMap<string, number>): Vocabulary {
  const all = new Set<string>([...CODE_WORDS, ...roles.keys()]);
  for (const set of derived) for (const word of set) all.add(word);
  for (const [name, value] of Object.entries(lexicon)) {
    // Only the relevance check reads stop words, on tokens of its own: leaving
    // them out spares the scan a comparison for most of a text's small words.
    if (name === "stopWords") continue;
    const items: unknown[] = value instanceof Map ? [...value.keys()] : value instanceof Set || Array.isArray(value) ? [...value] : [];
    for (const item of items) if (typeof item === "string") for (const word of item.split(" ")) all.add(word);
  }
  const byWord = new Map<string, number>();
  for (const word of all) byWord.set(word, roles.get(word) ?? 0);
  // A table at most a quarter full keeps probe chains short.
  let size = 64;
  while (size < all.size * 4) size *= 2;
  const slots = new Int32Array(size);
  const slotHashes = new Int32Array(size);
  const ascii = [...all].filter((word) => /^[\x20-\x7e]*$/.test(word) && word === word.toLowerCase());
  const entryRoles = new Int32Array(ascii.length);
  ascii.forEach((word, entry) => {
    let hash = 0;
    for (let index = 0; index < word.length; index++) hash = (Math.imul(hash, 31) + word.charCodeAt(index)) | 0;
    entryRoles[entry] = byWord.get(word)!;
    let slot = hash & (size - 1);
    while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
    slots[slot] = entry + 1;
    slotHashes[slot] = hash;
  });
  return { slots, slotHashes, mask: size - 1, words: ascii, roles: entryRoles, byWord };
}

/**
 * The entry of the ASCII word `source[from, to)`, compared case-insensitively,
 * whose {@link buildVocabulary} hash (of the lowercase codes) is `hash`; -1 if none.
 */
export function findWord(vocabulary: Vocabulary, source: string, from: number, to: number, hash: number): number {
  const slots = vocabulary.slots;
  const mask = vocabulary.mask;
  let slot = hash & mask;
  for (let entry = slots[slot]! - 1; entry >= 0; entry = slots[slot]! - 1) {
    if (vocabulary.slotHashes[slot] === hash) {
      const word = vocabulary.words[entry]!;
      if (word.length === to - from && sameLowercase(word, source, from)) return entry;
    }
    slot = (slot + 1) & mask;
  }
  return -1;
}

// Word characters (letters, digits, "'" and ".") lowercase with `| 32`: it only changes A-Z.
function sameLowercase(word: string, source: string, from: number): boolean {
  for (let index = 0; index < word.length; index++) if (word.charCodeAt(index) !== (source.charCodeAt(from + index) | 32)) return false;
  return true;
}

/** What the tokenizer writes for the ASCII word `source[from, to)` when it is not in the vocabulary. */
export function placeholderFor(source: string, from: number, to: number): string {
  const gerund =
    to - from > 4 && (source.charCodeAt(to - 3) | 32) === 105 && (source.charCodeAt(to - 2) | 32) === 110 && (source.charCodeAt(to - 1) | 32) === 103;
  return gerund ? UNKNOWN_GERUND : UNKNOWN_WORD;
}
