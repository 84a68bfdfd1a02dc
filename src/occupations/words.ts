// Title words for matching: lowercase, accents and apostrophes dropped, split on
// anything that is not a letter or digit, plurals folded to their singular.
import { FUNCTION_WORDS, singular } from "../_lib/words.ts";

/** Words of catch-all titles ("Computer Occupations, All Other", "Managers, Except Gambling"): no occupation is named by them. */
const CATCH_ALL_WORDS = ["all", "other", "except"];

/** The words a title or query is matched without: the shared English function words and the catch-all words. */
const SKIPPED_WORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...CATCH_ALL_WORDS]);

/** The title word of one lowercase ASCII token of letters and digits ("nurses" → "nurse"), or undefined for a function word. */
export function tokenWord(token: string): string | undefined {
  return SKIPPED_WORDS.has(token) ? undefined : singular(token);
}

/** The meaningful words of a text, each in its singular, in order, repeats kept. */
export function titleWords(text: string): string[] {
  // Most text is ASCII already; normalising only the rest keeps decoding cheap.
  const ascii = /^[\x20-\x7e]*$/.test(text) ? text : text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  const plain = ascii.replace(/['’]/g, "").toLowerCase();
  const words: string[] = [];
  for (const word of plain.split(/[^a-z0-9]+/)) {
    const titleWord = word === "" ? undefined : tokenWord(word);
    if (titleWord !== undefined) words.push(titleWord);
  }
  return words;
}

/** A stable, readable slug of a name: `"Critical Thinking"` → `"critical-thinking"`. */
export function slugify(name: string): string {
  // "C++" and "C#" must not both become "c".
  const spelled = name.replace(/\+/g, " plus ").replace(/#/g, " sharp ");
  return spelled.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
