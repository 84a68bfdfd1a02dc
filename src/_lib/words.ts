// Private: English word rules shared by every area that compares words (the
// occupation search, the SMART check's topic words): the function words both
// skip, a plural folder and the topic stem built on it. Lowercase ASCII in,
// lowercase out; no plan knowledge.

/**
 * English function words that carry no topic anywhere: articles, prepositions,
 * conjunctions and the first person singular. Only words that are never a
 * content word of a job title belong here: "it" (IT Director), "us" (US Customs),
 * "mine" (Mine Superintendent), "can", "will", "over", "under", "up", "per" are
 * title words, so an area that may skip them adds them to its own list.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  // articles
  "a", "an", "the",
  // prepositions
  "about", "as", "at", "by", "for", "from", "in", "into", "of", "on", "onto", "to", "with", "within",
  // conjunctions
  "and", "but", "or", "so", "than",
  // first person singular ("I am a nurse", "my next role")
  "i", "me", "my",
]);

const IRREGULAR_PLURALS: Readonly<Record<string, string>> = { men: "man", women: "woman", children: "child", people: "person" };

/**
 * Folds an English plural (or a verb's third person "-s") to its singular,
 * simply and predictably: "technologies" → "technology", "coaches" → "coach",
 * "developers" → "developer", "women" → "woman"; words of three letters or fewer
 * and words ending in "ss", "us" or "is" stay ("bus", "business", "status",
 * "analysis"). The occupation search folds every title and query word with it.
 *
 * @example
 * ["technologies", "coaches", "nurses", "business", "analysis", "people"].map(singular);
 * //=> ["technology", "coach", "nurse", "business", "analysis", "person"]
 */
export function singular(word: string): string {
  const irregular = IRREGULAR_PLURALS[word];
  if (irregular) return irregular;
  if (word.length <= 3 || !word.endsWith("s")) return word;
  if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|ss|x|z)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/**
 * The shortest part of a word an inflection may leave: three letters with a
 * vowel, as every English content stem has ("ship" from "shipped", "run" from
 * "running"). It keeps "need", "red", "bring", "thing", "string", "being" whole.
 */
const MIN_STEM_LETTERS = 3;
const VOWEL = /[aeiou]|(?<=.)y/;

/** Words that end like an inflection but are not one; cutting them would meet an unrelated word ("evening" → "even"). */
const NOT_INFLECTED: ReadonlySet<string> = new Set([
  "during", "evening", "morning", "ceiling", "nothing", "something", "anything", "everything", "hundred", "kindred", "naked", "sacred", "wicked",
]);

/**
 * The topic stem of a word, for telling whether two texts share a topic: the
 * word's singular, without "-ing", "-ed" or a silent "e", so the forms of one
 * word meet: "designing", "designed", "designs" and "design" give "design";
 * "studies", "studied", "studying" and "study" give "study"; "managing" and
 * "manage" meet, as do "planning" and "plan", "modelling" and "modeling".
 * A stem is a key to compare, not always a word ("manag"). Words that would
 * lose their only syllable stay whole ("need", "red", "bring", "thing"), and
 * `stem(stem(word))` is `stem(word)`.
 *
 * @example
 * ["designing", "designed", "designs", "design"].map(stem); //=> ["design", "design", "design", "design"]
 * ["studies", "studying", "study"].map(stem); //=> ["study", "study", "study"]
 * ["need", "bring", "thing"].map(stem); //=> ["need", "bring", "thing"]
 */
export function stem(word: string): string {
  // Each rule shortens the word (the irregular plurals only swap once), so the
  // loop ends; it runs until no rule applies, which makes the result a fixed point.
  let form = word;
  for (let next = shorter(form); next !== undefined; next = shorter(form)) form = next;
  return form;
}

/** The word with one rule of {@link stem} applied, or undefined when none applies. */
function shorter(word: string): string | undefined {
  const folded = singular(word);
  if (folded !== word) return folded;
  if (NOT_INFLECTED.has(word)) return undefined;
  return withoutInflection(word) ?? withoutSilentE(word) ?? withoutDoubledEnd(word);
}

// "studied" → "study"; "designing" → "design"; "releasing" → "release" (a stem
// ending in a lone "s" had a silent "e", which "-ing" and "-ed" drop). A word in
// "-eed" is a word of its own ("need", "speed", "exceed", "succeed").
function withoutInflection(word: string): string | undefined {
  if (word.endsWith("ied") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith("eed")) return undefined;
  const suffix = word.endsWith("ing") ? 3 : word.endsWith("ed") ? 2 : 0;
  if (suffix === 0) return undefined;
  const rest = word.slice(0, -suffix);
  if (!isStem(rest)) return undefined;
  return rest.endsWith("s") && singular(rest) !== rest ? `${rest}e` : rest;
}

// "manage" → "manag", to meet "managing"; not after another "e" ("agree",
// "employee"), and not where the rest would read as a plural ("house" stays:
// "hous" would fold to "hou").
function withoutSilentE(word: string): string | undefined {
  if (!word.endsWith("e") || word.endsWith("ee")) return undefined;
  const rest = word.slice(0, -1);
  return isStem(rest) && singular(rest) === rest ? rest : undefined;
}

// "planning" → "plann" → "plan"; "modelling" → "model", "skill" → "skil" (British
// and American spellings double differently). A final "ss" stays ("process").
function withoutDoubledEnd(word: string): string | undefined {
  const last = word.at(-1);
  if (last === undefined || last === "s" || word.at(-2) !== last || /[aeiouy]/.test(last)) return undefined;
  const rest = word.slice(0, -1);
  return isStem(rest) ? rest : undefined;
}

function isStem(rest: string): boolean {
  return rest.length >= MIN_STEM_LETTERS && VOWEL.test(rest);
}
