// One pass over the characters of a goal text, writing tokens into buffers
// that are reused between calls: no regex on ASCII text, no per-call arrays.
// The scan is single-threaded and never re-entered, so sharing them is safe.
import { SMART_PATTERNS } from "./lexicon.ts";
import { HASH_MASK, ROLES, findWord } from "./vocabulary.ts";

/** Token kinds. */
export const WORD = 0;
export const NUMBER = 1;
export const ISO = 2;
export const SYMBOL = 3;
/** No token: the slots just past the last one (see {@link tokenize}). */
export const NONE = -1;

/** The tokens of the last text read by {@link tokenize}. */
export interface TokenBuffer {
  count: number;
  /** Tokens that are words, numbers or dates (not symbols). */
  words: number;
  kind: number[];
  /** Lowercased word, symbol character, or the ISO date as written. */
  text: string[];
  /** A number's value (NaN for other kinds). */
  value: number[];
  /** A word's roles (see vocabulary.ts); 0 for other kinds, or when not asked for. */
  role: number[];
  /** Offsets of the token in the original text, for evidence. */
  start: number[];
  end: number[];
}

export const tokens: TokenBuffer = { count: 0, words: 0, kind: [], text: [], value: [], role: [], start: [], end: [] };

const LETTER = SMART_PATTERNS[0]!;
// Whether a UTF-16 code unit above ASCII is a letter, decided by the regex once
// per code unit and remembered (0 = not asked yet, 1 = letter, 2 = not).
const LETTER_ABOVE_ASCII = new Uint8Array(65_536);
const SYMBOLS = "%$€£/:(),.;!?&+";
const ORDINALS = ["st", "nd", "rd", "th"];
const ISO_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];
// What a character is inside a word: one table read per ASCII character
// instead of three range tests.
const LOWER = 1;
const UPPER = 2;
const NON_ASCII = 3;
const WORD_CHAR = new Uint8Array(128);
for (let code = 0; code < 128; code++) WORD_CHAR[code] = isUpper(code) ? UPPER : (code >= 97 && code <= 122) || isDigit(code) ? LOWER : 0;
// Stand for a word outside the vocabulary. The scan only compares such words
// with vocabulary words (never equal) and asks whether they are gerunds ("by
// running"), so two placeholders keep all it needs; neither can be a word.
const UNKNOWN_WORD = "\u0000";
const UNKNOWN_GERUND = "\u0000\u0000ing";
// The scan looks a few tokens past the one it reads and takes an empty slot for
// "no more tokens"; the buffers still hold the previous text's tokens there, so
// these slots are blanked after every text (more than the longest look-ahead).
const BLANK_SLOTS = 8;

/**
 * Splits `source` into words, numbers, ISO dates and symbols; returns the shared
 * buffer. With `withRoles`, each word gets its roles, and ASCII words the scan
 * never compares with are written as a placeholder.
 */
export function tokenize(source: string, withRoles = false): TokenBuffer {
  tokens.count = 0;
  tokens.words = 0;
  const length = source.length;
  let index = 0;
  while (index < length) {
    const code = source.charCodeAt(index);
    if (code === 32) index++;
    else if (isDigit(code)) index = readNumber(source, index);
    else if (isLetter(source, code, index)) index = readWord(source, index, withRoles);
    else {
      if (code === 45 || code === 8211 || code === 8212) {
        // A dash is kept only between numbers ("30-45 minutes"); elsewhere it joins words.
        const last = tokens.count - 1;
        if (last >= 0 && tokens.kind[last] === NUMBER && tokens.end[last] === index && isDigit(source.charCodeAt(index + 1))) {
          push(SYMBOL, "-", index, index + 1);
        }
      } else if (SYMBOLS.includes(source[index]!)) push(SYMBOL, source[index]!, index, index + 1);
      index++;
    }
  }
  for (let at = tokens.count; at < tokens.count + BLANK_SLOTS; at++) {
    // Like an empty slot to every test the scan makes; NaN and 0 keep the arrays numeric (and fast).
    tokens.kind[at] = NONE;
    (tokens.text as (string | undefined)[])[at] = undefined;
    tokens.value[at] = Number.NaN;
    tokens.role[at] = 0;
  }
  return tokens;
}

function readNumber(source: string, from: number): number {
  if (isIsoAt(source, from)) {
    push(ISO, source.slice(from, from + 10), from, from + 10);
    return from + 10;
  }
  let index = from;
  let value = 0;
  let scale = 0;
  while (index < source.length) {
    const code = source.charCodeAt(index);
    if (isDigit(code)) {
      if (scale === 0) value = value * 10 + (code - 48);
      else value += (code - 48) / (scale *= 10);
      index++;
    } else if (code === 44 && scale === 0 && isThousands(source, index)) index++;
    else if (code === 46 && scale === 0 && isDigit(source.charCodeAt(index + 1))) {
      scale = 1;
      index++;
    } else break;
  }
  push(NUMBER, source.slice(from, index), from, index, 0, value);
  // "31st", "2nd": the ordinal suffix belongs to the number.
  if (ORDINALS.includes(source.slice(index, index + 2).toLowerCase()) && !isLetter(source, source.charCodeAt(index + 2), index + 2)) return index + 2;
  return index;
}

// With roles, an ASCII word is looked up from its character codes: a word the
// scan never compares with is written as a placeholder instead of being copied.
function readWord(source: string, from: number, withRoles: boolean): number {
  let index = from + 1;
  const first = source.charCodeAt(from);
  let plain = !isUpper(first);
  let ascii = first < 128;
  let hash = first | 32; // hashWord's, built as we go
  while (index < source.length) {
    const code = source.charCodeAt(index);
    const type = code < 128 ? WORD_CHAR[code]! : isLetter(source, code, index) ? NON_ASCII : 0;
    if (type === 0) {
      // "o'clock", "don't", and one-letter abbreviations such as "a.m" or "e.g".
      if (!((code === 39 || code === 8217 || code === 46) && isLetter(source, source.charCodeAt(index + 1), index + 1))) break;
      if (code === 46 && isLetter(source, source.charCodeAt(index + 2), index + 2)) break;
      if (code === 8217) plain = ascii = false;
    } else if (type !== LOWER) {
      plain = false;
      if (type === NON_ASCII) ascii = false;
    }
    hash = (Math.imul(hash, 257) + (code | 32)) & HASH_MASK;
    index++;
  }
  if (withRoles && ascii) {
    const entry = findWord(source, from, index, hash);
    if (entry !== undefined) push(WORD, entry.word, from, index, entry.role);
    else push(WORD, index - from > 4 && isGerund(source, index) ? UNKNOWN_GERUND : UNKNOWN_WORD, from, index);
    return index;
  }
  // Most words are lowercase ASCII already: skip the copy toLowerCase would make.
  const raw = source.slice(from, index);
  const word = plain ? raw : raw.toLowerCase().replace("’", "'");
  push(WORD, word, from, index, withRoles ? (ROLES.get(word) ?? 0) : 0);
  return index;
}

// Whether the word that ends at `end` ends in "ing", in any case.
function isGerund(source: string, end: number): boolean {
  return (source.charCodeAt(end - 3) | 32) === 105 && (source.charCodeAt(end - 2) | 32) === 110 && (source.charCodeAt(end - 1) | 32) === 103;
}

/** Appends a token: its text, offsets, roles and, for a number, its value. */
function push(kind: number, text: string, start: number, end: number, role = 0, value = Number.NaN): void {
  const at = tokens.count++;
  if (kind !== SYMBOL) tokens.words++;
  tokens.kind[at] = kind;
  tokens.text[at] = text;
  tokens.value[at] = value;
  tokens.role[at] = role;
  tokens.start[at] = start;
  tokens.end[at] = end;
}

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetter(source: string, code: number, index: number): boolean {
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return true;
  if (!(code > 127)) return false;
  let known = LETTER_ABOVE_ASCII[code]!;
  if (known === 0) LETTER_ABOVE_ASCII[code] = known = LETTER.test(source[index]!) ? 1 : 2;
  return known === 1;
}

function isThousands(source: string, comma: number): boolean {
  return (
    isDigit(source.charCodeAt(comma + 1)) &&
    isDigit(source.charCodeAt(comma + 2)) &&
    isDigit(source.charCodeAt(comma + 3)) &&
    !isDigit(source.charCodeAt(comma + 4))
  );
}

function isIsoAt(source: string, at: number): boolean {
  // The dashes first: most numbers are not dates, and this rejects them at once.
  if (source.charCodeAt(at + 4) !== 45 || source.charCodeAt(at + 7) !== 45) return false;
  if (at > 0 && isDigit(source.charCodeAt(at - 1))) return false;
  for (const offset of ISO_DIGITS) if (!isDigit(source.charCodeAt(at + offset))) return false;
  return !isDigit(source.charCodeAt(at + 10));
}
