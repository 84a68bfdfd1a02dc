// Word sets derived once from the lexicon's constant lists (a lazily built
// index of the library's own data, never of input): verbs with their
// inflections, and phrases indexed by their first word.
import * as lexicon from "./lexicon.ts";
import { TIME_WORDS } from "./timeExpressions.ts";

// The endings inflect() writes onto a lexicon verb, declared before its first
// use below. Only inflect uses them: comparing words goes the other way, through
// stem() in src/_lib/words.ts.
const INFLECTION_SUFFIXES: readonly string[] = ["ing", "ies", "ed", "es", "s"];

/** Which evidence a phrase gives: a key of {@link lexicon.PHRASES}. */
export type PhraseKind = keyof typeof lexicon.PHRASES;

/** Completion, soft and observable verbs with their inflections ("completed", "publishing"). */
export const COMPLETION_VERBS = inflect(lexicon.COMPLETION_VERBS);
export const SOFT_VERBS = inflect(lexicon.SOFT_VERBS);
export const OBSERVABLE_VERBS = inflect(lexicon.OBSERVABLE_VERBS);
export const NAMED_WORK_VERBS = inflect(lexicon.NAMED_WORK_VERBS);
/** Every verb the lexicon knows: where the object of a verb begins. */
export const ACTION_VERBS: ReadonlySet<string> = new Set([...COMPLETION_VERBS, ...SOFT_VERBS, ...inflect(lexicon.OTHER_VERBS)]);

/** What the scan needs to know about one word of the lexicon. */
export interface WordFacts {
  /** It can start a time expression ("by", "March", "next"). */
  readonly time: boolean;
  /** Its value, when it spells a number ("three"). */
  readonly number: number | undefined;
  /** The phrases that start with it, longest first. */
  readonly phrases: readonly Phrase[] | undefined;
  /** It states a frequency on its own ("daily"). */
  readonly frequency: boolean;
  /** It makes the next period word a frequency ("every", "per"). */
  readonly frequencyOpener: boolean;
  /** A soft verb ("improve") that needs a quantity or method. */
  readonly soft: boolean;
  /** A verb whose object can be a deliverable, a role ("become") or a status ("promoted"). */
  readonly deliverableVerb: boolean;
  /** A generic career object ("certificate", "job") that needs a qualifier. */
  readonly generic: boolean;
}

/** A phrase of the lexicon, as its kind and words. */
export interface Phrase {
  readonly kind: PhraseKind;
  readonly words: readonly string[];
}

/** Every phrase by its first word, longest first, so "as soon as possible" wins over "as". */
export const PHRASES_BY_FIRST_WORD: ReadonlyMap<string, readonly Phrase[]> = indexPhrases();

/**
 * Every word the scan reads, with what it can do; any other word is passed
 * over with one lookup. Built once from the lexicon's constant lists.
 */
export const WORDS: ReadonlyMap<string, WordFacts> = indexWords();

function indexWords(): Map<string, WordFacts> {
  const deliverableVerbs = new Set([...COMPLETION_VERBS, ...lexicon.STATUS_PARTICIPLES, ...lexicon.ROLE_VERBS]);
  const all = new Set([
    ...TIME_WORDS.keys(), ...lexicon.NUMBER_WORDS.keys(), ...PHRASES_BY_FIRST_WORD.keys(), ...lexicon.FREQUENCY_WORDS, ...lexicon.FREQUENCY_OPENERS,
    "by", ...SOFT_VERBS, ...deliverableVerbs, ...lexicon.GENERIC_OBJECTS, ...lexicon.GENERIC_VERBS,
  ]);
  const index = new Map<string, WordFacts>();
  for (const word of all) {
    index.set(word, {
      time: TIME_WORDS.has(word),
      number: lexicon.NUMBER_WORDS.get(word),
      phrases: PHRASES_BY_FIRST_WORD.get(word),
      frequency: lexicon.FREQUENCY_WORDS.has(word),
      frequencyOpener: lexicon.FREQUENCY_OPENERS.has(word),
      soft: SOFT_VERBS.has(word),
      deliverableVerb: deliverableVerbs.has(word),
      generic: lexicon.GENERIC_OBJECTS.has(word) || lexicon.GENERIC_VERBS.has(word),
    });
  }
  return index;
}


function indexPhrases(): Map<string, Phrase[]> {
  const index = new Map<string, Phrase[]>();
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

// English-style inflection: -s/-es, -ed, -ing, dropping a final "e" and turning
// a final "y" into "ie". Irregular forms are listed in the lexicon itself.
function inflect(words: ReadonlySet<string>): ReadonlySet<string> {
  const all = new Set(words);
  for (const word of words) {
    const base = word.endsWith("e") ? word.slice(0, -1) : word;
    const ySuffixed = word.endsWith("y") ? word.slice(0, -1) : undefined;
    for (const suffix of INFLECTION_SUFFIXES) {
      all.add(suffix === "s" ? word + suffix : base + suffix);
      if (ySuffixed !== undefined) all.add(`${ySuffixed}${suffix === "s" ? "ie" : "i"}${suffix}`);
    }
  }
  return all;
}
