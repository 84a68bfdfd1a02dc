// How the words of a search query count: the abbreviations people type, the words
// that say a level rather than a job, and the words of a sentence around a title.
import { titleWords } from "./words.ts";

/**
 * Short forms people type that O*NET's titles spell out (O*NET's own short titles
 * give many more, read from its data: see ABBREVIATION_TABLE). Keys and values are
 * title words (lowercase, singular).
 */
export const VARIANTS: Readonly<Record<string, string>> = {
  sr: "senior", snr: "senior", jr: "junior", mgr: "manager", mngr: "manager", asst: "assistant", assoc: "associate",
  eng: "engineer", engr: "engineer", dev: "developer", swe: "software engineer", sde: "software development engineer",
  sw: "software", admin: "administrator", exec: "executive", coord: "coordinator", rep: "representative",
  spec: "specialist", dir: "director", acct: "accountant", mktg: "marketing", ops: "operation", hr: "human resource",
  ux: "user experience", ui: "user interface", qa: "quality assurance", bi: "business intelligence",
  ml: "machine learning", ai: "artificial intelligence", vp: "vice president", backend: "back end",
  frontend: "front end", fullstack: "full stack", devop: "development operation", sysadmin: "system administrator",
  dba: "database administrator", sre: "site reliability engineer", pmo: "project management office", po: "product owner", cpa: "certified public accountant",
  // "Head of product", "head nurse": the person who manages it ("Product Manager", "Nurse Manager").
  head: "manager",
};

/**
 * Words that say how senior a job is, not which job it is ("senior", "lead",
 * "head", "principal"…): in a query they weigh LEVEL_WEIGHT of a normal word, so
 * "head of product" is about product, and "Head Chef" is no confident match for it.
 */
export const LEVEL_WORDS: ReadonlySet<string> = new Set([
  "senior", "junior", "lead", "principal", "staff", "head", "associate", "entry", "level", "trainee", "intern",
  "apprentice", "experienced", "i", "ii", "iii", "iv",
]);

/** The weight of a level word in a query, relative to its usual weight. */
export const LEVEL_WEIGHT = 0.25;

/**
 * Words of a sentence around the title ("I want to become … in 5 years"): they
 * weigh FILLER_WEIGHT, so a whole sentence finds the title it names. Numbers count
 * as filler too.
 */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  "want", "wanna", "become", "becoming", "be", "am", "is", "are", "was", "were", "will", "would", "like", "love", "hope",
  "hoping", "aim", "aiming", "aspire", "aspiring", "dream", "goal", "plan", "planning", "job", "role", "position",
  "career", "year", "month", "week", "day", "next", "within", "later", "eventually", "someday", "one", "get", "getting",
  "promoted", "promotion", "move", "moving", "transition", "transitioning", "switch", "switching", "work", "working",
  "currently", "now", "new", "me", "you", "we", "our", "your", "their", "this", "that", "some", "first", "time", "so",
  "can", "could", "should", "after", "before", "then", "about", "current",
]);

/** The weight of a filler word in a query: a hundredth, enough to prefer "Career Coach" to "Coach" for "career coach", too little to matter around a title in a sentence. */
export const FILLER_WEIGHT = 0.01;

/** One word of a query and how much it counts. */
export interface QueryWord {
  word: string;
  /** Multiplies the word's usual weight: 1, LEVEL_WEIGHT or FILLER_WEIGHT. */
  factor: number;
  /**
   * The words of the compound it is part of ("business intelligence"), when the query
   * has one: a title with only some of them matches none.
   */
  compound?: string[];
}

/**
 * The query as typed and, when it holds abbreviations, as spelled out: each is a
 * list of distinct words with their factors (the first occurrence's), and the
 * two-word compounds O*NET abbreviates ("business intelligence" = BI) they form.
 * A query with parentheses ("Registered Nurse (RN)") adds the forms of each part.
 * Linear in the length of the query.
 */
export function queryForms(query: string, abbreviations: ReadonlyMap<string, string>, compounds: ReadonlySet<string>): QueryWord[][] {
  // "Registered Nurse (RN)": the whole, and each part as a title of its own.
  const parts = query.includes("(") ? [query, ...query.split(/[()]/).filter((part) => part.trim() !== "")] : [query];
  return parts.length > 2 ? parts.flatMap((part) => partForms(part, abbreviations, compounds)) : partForms(query, abbreviations, compounds);
}

function partForms(query: string, abbreviations: ReadonlyMap<string, string>, compounds: ReadonlySet<string>): QueryWord[][] {
  const typed = titleWords(query);
  const spelled: string[] = [];
  let changed = false;
  for (const word of typed) {
    const expansion = VARIANTS[word] ?? abbreviations.get(word);
    if (expansion === undefined || /^\d+$/.test(word)) spelled.push(word);
    else {
      changed = true;
      for (const part of expansion.split(" ")) spelled.push(part);
    }
  }
  const forms = [distinct(typed, compounds)];
  if (changed) forms.push(distinct(spelled, compounds));
  return forms.filter((form) => form.length > 0);
}

function distinct(words: string[], compounds: ReadonlySet<string>): QueryWord[] {
  const seen = new Set<string>();
  const result: QueryWord[] = [];
  words.forEach((word, index) => {
    if (seen.has(word)) return;
    seen.add(word);
    const factor = /^\d+$/.test(word) || FILLER_WORDS.has(word) ? FILLER_WEIGHT : LEVEL_WORDS.has(word) ? LEVEL_WEIGHT : 1;
    const before = index > 0 ? `${words[index - 1]} ${word}` : "";
    const after = index + 1 < words.length ? `${word} ${words[index + 1]}` : "";
    const compound = compounds.has(before) ? before.split(" ") : compounds.has(after) ? after.split(" ") : undefined;
    result.push(compound ? { word, factor, compound } : { word, factor });
  });
  return result;
}
