// One pass over the characters of a goal text that returns its tokens: words
// (lowercased), numbers, dates written with digits, and the symbols the scan
// reads. No regex on ASCII text; each character is read once or twice.
import { SMART_PATTERNS } from "./lexicon.ts";

/** What a token is. */
export type TokenKind = "word" | "number" | "iso" | "numericDate" | "symbol";

/** One token of a goal text. */
export interface Token {
  readonly kind: TokenKind;
  /** A word lowercased (’ written '), a symbol, or a number or date as written. */
  readonly text: string;
  /** A number's value (NaN for other kinds). */
  readonly value: number;
  /** Offsets of the token in the text, for quoting evidence. */
  readonly start: number;
  readonly end: number;
  /** A word written with a capital letter ("AWS", "Python"). */
  readonly capital: boolean;
  /** A number written with an ordinal suffix ("31st"). */
  readonly ordinal: boolean;
  /** The three numbers of a numeric date ("3/31/2027"), as written; empty for other kinds. */
  readonly parts: readonly number[];
  /** How many digits each part of a numeric date has. */
  readonly widths: readonly number[];
  /** The separator of a numeric date ("/", ".", "-"). */
  readonly separator: string;
}

const LETTER = SMART_PATTERNS[0]!;
// The symbols the scan reads, by character code, each written once as a string.
const SYMBOLS: ReadonlyMap<number, string> = new Map([..."%$€£/:(),.;!?&+\"“”"].map((symbol) => [symbol.charCodeAt(0), symbol]));
const ORDINALS = new Set(["st", "nd", "rd", "th"]);
const DATE_SEPARATORS = "/.-";
const NO_PARTS: readonly number[] = [];

/** Splits `source` into words, numbers, dates and symbols. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const length = source.length;
  let index = 0;
  while (index < length) {
    const code = source.charCodeAt(index);
    if (code === 32) index++;
    else if (isDigit(code)) index = readNumber(source, index, tokens);
    else if (isLetter(source, code, index)) index = readWord(source, index, tokens);
    else {
      if (code === 45 || code === 8211 || code === 8212) {
        // A dash is kept only between numbers ("30-45 minutes"); elsewhere it separates words ("year-end").
        const last = tokens[tokens.length - 1];
        if (last !== undefined && last.kind === "number" && last.end === index && isDigit(source.charCodeAt(index + 1))) {
          tokens.push(token("symbol", "-", index, index + 1));
        }
      } else {
        const symbol = SYMBOLS.get(code);
        if (symbol !== undefined) tokens.push(token("symbol", symbol, index, index + 1));
      }
      index++;
    }
  }
  return tokens;
}

function token(kind: TokenKind, text: string, start: number, end: number, value = Number.NaN, capital = false, ordinal = false): Token {
  return { kind, text, value, start, end, capital, ordinal, parts: NO_PARTS, widths: NO_PARTS, separator: "" };
}

function readNumber(source: string, from: number, tokens: Token[]): number {
  const digits = digitsAt(source, from);
  if (DATE_SEPARATORS.includes(source[from + digits] ?? " ")) {
    const date = readNumericDate(source, from);
    if (date !== undefined) {
      tokens.push(date);
      return date.end;
    }
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
  // "31st", "2nd": the ordinal suffix belongs to the number.
  const ordinal =
    isLetter(source, source.charCodeAt(index), index) && ORDINALS.has(source.slice(index, index + 2).toLowerCase()) && !isLetter(source, source.charCodeAt(index + 2), index + 2);
  tokens.push(token("number", source.slice(from, index), from, index, value, false, ordinal));
  return ordinal ? index + 2 : index;
}

/**
 * Three runs of digits joined by one separator used twice: "2027-03-31" (ISO),
 * "3/31/2027", "31.03.2027", "2027/03/31". Which part is the day is decided
 * later, by the caller's date order.
 */
function readNumericDate(source: string, from: number): Token | undefined {
  const first = digitsAt(source, from);
  const separator = source[from + first];
  if (first === 0 || first === 3 || first > 4 || separator === undefined || !DATE_SEPARATORS.includes(separator)) return undefined;
  const secondAt = from + first + 1;
  const second = digitsAt(source, secondAt);
  if (second === 0 || second > 2 || source[secondAt + second] !== separator) return undefined;
  const thirdAt = secondAt + second + 1;
  const third = digitsAt(source, thirdAt);
  const end = thirdAt + third;
  // A year is 4 digits first or last (2 digits last too, "3/31/27"); a day or month 1-2.
  const valid = first === 4 ? third >= 1 && third <= 2 : third === 4 || third === 2;
  if (!valid || isDigit(source.charCodeAt(end)) || (source[end] === separator && isDigit(source.charCodeAt(end + 1)))) return undefined;
  const text = source.slice(from, end);
  const parts = [number(source, from, secondAt - 1), number(source, secondAt, thirdAt - 1), number(source, thirdAt, end)];
  const iso = first === 4 && second === 2 && third === 2 && separator === "-";
  return { kind: iso ? "iso" : "numericDate", text, value: Number.NaN, start: from, end, capital: false, ordinal: false, parts, widths: [first, second, third], separator };
}

function digitsAt(source: string, from: number): number {
  let index = from;
  while (index < from + 5 && isDigit(source.charCodeAt(index))) index++;
  return index - from;
}

function number(source: string, from: number, to: number): number {
  let value = 0;
  for (let index = from; index < to; index++) value = value * 10 + (source.charCodeAt(index) - 48);
  return value;
}

function readWord(source: string, from: number, tokens: Token[]): number {
  let index = from + 1;
  let plain = !isUpper(source.charCodeAt(from));
  let capital = !plain;
  while (index < source.length) {
    const code = source.charCodeAt(index);
    if (code < 128 ? !isAsciiWordChar(code) : !isLetter(source, code, index)) {
      // "o'clock", "don't", and one-letter abbreviations such as "a.m" or "e.g".
      if (!((code === 39 || code === 8217 || code === 46) && isLetter(source, source.charCodeAt(index + 1), index + 1))) break;
      if (code === 46 && isLetter(source, source.charCodeAt(index + 2), index + 2)) break;
      if (code === 8217) plain = false;
    } else if (code >= 128 || isUpper(code)) {
      plain = false;
      if (isUpper(code)) capital = true;
    }
    index++;
  }
  // Most words are lowercase ASCII already: skip the copy toLowerCase would make.
  const raw = source.slice(from, index);
  tokens.push(token("word", plain ? raw : raw.toLowerCase().replaceAll("’", "'"), from, index, Number.NaN, capital));
  return index;
}

function isAsciiWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
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
  return LETTER.test(source[index]!);
}

function isThousands(source: string, comma: number): boolean {
  return (
    isDigit(source.charCodeAt(comma + 1)) &&
    isDigit(source.charCodeAt(comma + 2)) &&
    isDigit(source.charCodeAt(comma + 3)) &&
    !isDigit(source.charCodeAt(comma + 4))
  );
}
