// Turns a lexicon into lookup structures once, at first use: word sets with
// their inflections, phrases indexed by their first word, and the vocabulary
// from which the tokenizer gives each word its roles, so the scan allocates
// nothing per token.
import type { SmartLexicon } from "./lexicon.ts";
import { type Vocabulary, buildVocabulary } from "./vocabulary.ts";

/** A lexicon prepared for scanning. */
export interface CompiledLexicon {
  readonly source: SmartLexicon;
  readonly completionVerbs: ReadonlySet<string>;
  readonly observableVerbs: ReadonlySet<string>;
  readonly deliverables: ReadonlySet<string>;
  readonly softVerbs: ReadonlySet<string>;
  readonly vague: PhraseIndex;
  readonly vagueTime: PhraseIndex;
  readonly deliverablePhrases: PhraseIndex;
  readonly concrete: PhraseIndex;
  /** Every word the scan reacts to, with its roles as bit flags ({@link ROLE}). */
  readonly roles: ReadonlyMap<string, number>;
  /** Every word the scan compares tokens with, for the tokenizer. */
  readonly vocabulary: Vocabulary;
}

/** Roles a word can play; a word missing from `roles` plays none and is skipped. */
export const ROLE = {
  time: 1,
  number: 2,
  phrase: 4,
  frequency: 8,
  frequencyOpener: 16,
  soft: 32,
  completion: 64,
  method: 128,
  // Which time lists the word is in, so matchTime needs one lookup, not seven.
  month: 256,
  end: 512,
  yearOpener: 1024,
  weekdayOpener: 2048,
  periodShift: 4096,
  spanOpener: 8192,
  deadline: 16384,
  // Which phrase lists have a phrase starting with the word.
  vagueTime: 32768,
  vague: 65536,
  deliverablePhrase: 131072,
  concrete: 262144,
} as const;

/** Phrases (as word lists) by their first word. */
export type PhraseIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

const compiled = new WeakMap<SmartLexicon, CompiledLexicon>();

/** The compiled form of `lexicon`, built once per lexicon object. */
export function compileLexicon(lexicon: SmartLexicon): CompiledLexicon {
  let result = compiled.get(lexicon);
  if (result === undefined) {
    const completionVerbs = inflect(lexicon.completionVerbs, lexicon.suffixes);
    const softVerbs = inflect(lexicon.softVerbs, lexicon.suffixes);
    const observableVerbs = inflect(lexicon.observableVerbs, lexicon.suffixes);
    const phrases = [lexicon.vaguePhrases, lexicon.vagueTimePhrases, lexicon.deliverablePhrases, lexicon.concretePhrases];
    const roles = new Map<string, number>();
    const give = (words: Iterable<string>, role: number): void => {
      for (const word of words) roles.set(word, (roles.get(word) ?? 0) | role);
    };
    give(timeStarters(lexicon), ROLE.time);
    give(lexicon.months.keys(), ROLE.month);
    give(lexicon.endWords, ROLE.end);
    give(lexicon.yearOpeners, ROLE.yearOpener);
    give(lexicon.weekdayOpeners, ROLE.weekdayOpener);
    give(lexicon.periodShift.keys(), ROLE.periodShift);
    give(lexicon.spanOpeners, ROLE.spanOpener);
    give(lexicon.deadlineWords, ROLE.deadline);
    give(lexicon.numberWords.keys(), ROLE.number);
    give(phrases.flat().map(firstWord), ROLE.phrase);
    give(lexicon.vagueTimePhrases.map(firstWord), ROLE.vagueTime);
    give(lexicon.vaguePhrases.map(firstWord), ROLE.vague);
    give(lexicon.deliverablePhrases.map(firstWord), ROLE.deliverablePhrase);
    give(lexicon.concretePhrases.map(firstWord), ROLE.concrete);
    give(lexicon.frequencyWords, ROLE.frequency);
    give(lexicon.frequencyOpeners, ROLE.frequencyOpener);
    give(softVerbs, ROLE.soft);
    give(completionVerbs, ROLE.completion);
    give(observableVerbs, ROLE.completion);
    give(["by"], ROLE.method);
    result = {
      source: lexicon,
      completionVerbs,
      observableVerbs,
      deliverables: lexicon.deliverables,
      softVerbs,
      vague: indexPhrases(lexicon.vaguePhrases),
      vagueTime: indexPhrases(lexicon.vagueTimePhrases),
      deliverablePhrases: indexPhrases(lexicon.deliverablePhrases),
      concrete: indexPhrases(lexicon.concretePhrases),
      roles,
      vocabulary: buildVocabulary(lexicon, [completionVerbs, softVerbs, observableVerbs], roles),
    };
    compiled.set(lexicon, result);
  }
  return result;
}

/** Length in tokens of the phrase of `index` that starts at `at`, or 0. */
export function phraseAt(index: PhraseIndex, words: readonly string[], count: number, at: number): number {
  const candidates = index.get(words[at]!);
  if (candidates === undefined) return 0;
  for (const phrase of candidates) {
    if (at + phrase.length > count) continue;
    let same = true;
    for (let offset = 1; offset < phrase.length && same; offset++) same = words[at + offset] === phrase[offset];
    if (same) return phrase.length;
  }
  return 0;
}

/** Strips a word to the stem shared by its inflections, for comparing topics. */
export function stem(word: string, suffixes: readonly string[]): string {
  for (const suffix of suffixes) {
    if (word.length > suffix.length + 3 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

// Words that can open a time expression (see timeExpressions.ts).
function timeStarters(lexicon: SmartLexicon): string[] {
  const quarters = ["q1", "q2", "q3", "q4", "h1", "h2", "tomorrow"];
  return [
    ...lexicon.months.keys(), ...lexicon.endWords, ...lexicon.yearOpeners, ...lexicon.periodShift.keys(),
    ...lexicon.spanOpeners, ...lexicon.deadlineWords, ...lexicon.weekdayOpeners, ...quarters,
  ];
}

function firstWord(phrase: string): string {
  return phrase.split(" ")[0]!;
}

function indexPhrases(phrases: readonly string[]): PhraseIndex {
  const index = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = phrase.split(" ");
    const list = index.get(words[0]!) ?? [];
    list.push(words);
    index.set(words[0]!, list);
  }
  // Longer phrases first, so "as soon as possible" wins over "as".
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

// English-style inflection: -s/-es, -ed, -ing, dropping a final "e" and turning
// a final "y" into "ie". Irregular forms are listed in the lexicon itself.
function inflect(words: ReadonlySet<string>, suffixes: readonly string[]): ReadonlySet<string> {
  const all = new Set(words);
  for (const word of words) {
    const base = word.endsWith("e") ? word.slice(0, -1) : word;
    const ySuffixed = word.endsWith("y") ? word.slice(0, -1) : undefined;
    for (const suffix of suffixes) {
      all.add(suffix === "s" ? word + suffix : base + suffix);
      if (ySuffixed !== undefined) all.add(`${ySuffixed}${suffix === "s" ? "ie" : "i"}${suffix}`);
    }
  }
  return all;
}
