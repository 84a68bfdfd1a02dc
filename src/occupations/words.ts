// Title words for matching: lowercase, accents and apostrophes dropped, split on
// anything that is not a letter or digit, plurals folded by a small stemmer.

// Function words carry no meaning for matching; "all" and "other" come from
// catch-all titles ("Computer Occupations, All Other").
const STOP_WORDS = new Set(["a", "all", "an", "and", "as", "at", "by", "except", "for", "from", "i", "in", "into", "my", "of", "on", "or", "other", "the", "to", "with"]);

const IRREGULAR: Record<string, string> = { men: "man", women: "woman", children: "child", people: "person" };

/** The title word of one lowercase ASCII token of letters and digits ("nurses" → "nurse"), or undefined for a function word. */
export function tokenWord(token: string): string | undefined {
  return STOP_WORDS.has(token) ? undefined : stem(token);
}

/** The stemmed, meaningful words of a text, in order, repeats kept. */
export function titleWords(text: string): string[] {
  // Most text is ASCII already; normalising only the rest keeps decoding cheap.
  const ascii = /^[\x20-\x7e]*$/.test(text) ? text : text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  const plain = ascii.replace(/['’]/g, "").toLowerCase();
  const words: string[] = [];
  for (const word of plain.split(/[^a-z0-9]+/)) {
    const stemmed = word === "" ? undefined : tokenWord(word);
    if (stemmed !== undefined) words.push(stemmed);
  }
  return words;
}

/**
 * Folds an English plural to its singular, simply and predictably:
 * "technologies" → "technology", "coaches" → "coach", "developers" → "developer";
 * words ending in "ss", "us" or "is" stay ("business", "status", "analysis").
 */
export function stem(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (word.length <= 3 || !word.endsWith("s")) return word;
  if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|ss|x|z)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** A stable, readable slug of a name: `"Critical Thinking"` → `"critical-thinking"`. */
export function slugify(name: string): string {
  // "C++" and "C#" must not both become "c".
  const spelled = name.replace(/\+/g, " plus ").replace(/#/g, " sharp ");
  return spelled.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
