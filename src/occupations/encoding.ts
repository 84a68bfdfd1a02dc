// The one place the generated data's encoding is defined: the build writes it,
// the catalog reads it, so the two cannot disagree.

/**
 * Characters that stand for an index into a rating value table (0 → "0", 10 → "a" …).
 * The first 62 are the skills' alphabet; knowledge levels (0.0–7.0 in steps of 0.1) need 71.
 */
export const RATING_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!#%&()*+,./:;<=>?@[]^_{}~";

/** Two of these stand for a rating the build skipped (absent, suppressed or not relevant). */
export const SKIPPED = "-";

/** Separates the fields of a table line, and the titles of an occupation. */
export const FIELD = "|";

/** Digits of the fixed-width numbers (technology and commodity indexes). */
export const INDEX_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** Characters per technology index in an occupation's technology list. */
export const TECHNOLOGY_INDEX_WIDTH = 2;

/** Put before a technology index when O*NET flags it "In Demand" for that occupation. */
export const IN_DEMAND = "!";

/** Writes a non-negative integer in `width` INDEX_ALPHABET digits. */
export function encodeIndex(value: number, width: number): string {
  let text = "";
  for (let rest = value, digit = 0; digit < width; digit++, rest = Math.floor(rest / INDEX_ALPHABET.length)) text = INDEX_ALPHABET[rest % INDEX_ALPHABET.length]! + text;
  return text;
}

/** Reads `width` INDEX_ALPHABET digits of `text` from `start`. */
export function decodeIndex(text: string, start: number, width: number): number {
  let value = 0;
  for (let index = start; index < start + width; index++) value = value * INDEX_ALPHABET.length + INDEX_ALPHABET.indexOf(text[index]!);
  return value;
}

/** Characters no title uses: in TITLE_TABLE, each stands for one of its line's most repeated words. */
export const MARKS = "~^@#%*!;";

/** A TITLE_TABLE line as plain titles: its marks replaced by their words. */
export function unmark(line: string): string {
  const tab = line.indexOf("\t");
  if (tab < 0) return line;
  let text = line.slice(tab + 1);
  const words = tab === 0 ? [] : line.slice(0, tab).split(" ");
  words.forEach((word, index) => {
    text = text.replaceAll(MARKS[index]!, word);
  });
  return text;
}
