// The search index over every title people use for an occupation: built once, on
// the first search, from the embedded tables (see lazy.ts).
import { catalog } from "./catalog.ts";
import { ABBREVIATION_TABLE, TITLE_TABLE } from "./data.ts";
import { FIELD, unmark } from "./encoding.ts";
import { lazy } from "./lazy.ts";
import { VARIANTS } from "./queryWords.ts";
import { titleWords, tokenWord } from "./words.ts";

/**
 * A word is generic when the titles of more than this share of occupations use it
 * ("manager", "specialist", "technician", "teacher"): a match on one such word
 * alone is weak.
 */
export const GENERIC_SHARE = 0.08;

export interface TitleIndex {
  /** How many titles there are; the first ones are the official titles, one per occupation, in code order. */
  titleCount: number;
  /** The occupation (catalog index) of each title. */
  titleOccupation: Uint16Array;
  /** Where each title other than the official ones sits in TITLE_TABLE. */
  titleStart: Uint32Array;
  titleEnd: Uint32Array;
  /**
   * A searchable form of a title: the title, or each part of "Registered Nurse (RN)".
   * Each form has the title it shows and the summed weight of its distinct words.
   */
  formTitle: Uint32Array;
  formWeight: Float64Array;
  /** Word ids by word (lowercase, singular). */
  wordIds: Map<string, number>;
  /** The forms holding each word, ascending: those of word `id` sit from `postingStart[id]` to `postingStart[id + 1]` (see postingsOf). */
  postingStart: Uint32Array;
  postingForms: Uint32Array;
  /** `ln(1 + forms / forms with the word)`, by word id. */
  weights: Float64Array;
  /** Whether the titles of more than GENERIC_SHARE of occupations use the word, by word id. */
  generic: Uint8Array;
  /** The weight of a query word no title uses: as rare as 1 title in 1,000. */
  unknownWeight: number;
  /** TITLE_TABLE without its marks: the text the title offsets point into. */
  text: string;
  /** O*NET's abbreviations, spelled out (`rn` → `registered nurse`). */
  abbreviations: Map<string, string>;
  /** Two-word phrases that are one idea: those the abbreviations spell out ("business intelligence"). */
  compounds: Set<string>;
}

/** The index, built on the first search. */
export const titleIndex: () => TitleIndex = lazy(buildTitleIndex);

/** The forms holding word `id`, ascending (a view, not a copy). */
export function postingsOf(index: TitleIndex, id: number): Uint32Array {
  return index.postingForms.subarray(index.postingStart[id], index.postingStart[id + 1]);
}

/** The text of a title of the index. */
export function titleText(index: TitleIndex, title: number): string {
  const { entries } = catalog();
  return title < entries.length ? entries[title]!.title : index.text.slice(index.titleStart[title - entries.length], index.titleEnd[title - entries.length]);
}

/**
 * Builds the index (exported for the benchmark of the first call). It scans the
 * title text once, character by character: the words of the ~60,000 titles are cut
 * and folded as titleWords does, each distinct spelling once.
 */
export function buildTitleIndex(): TitleIndex {
  const { entries } = catalog();
  const officialText = entries.map((entry) => entry.title).join("\n");
  const text = TITLE_TABLE.split("\n").map(unmark).join("\n");
  // Typed arrays sized from the text (a word or a title takes at least two characters)
  // spare the garbage collector the growing of plain arrays.
  const capacity = ((officialText.length + text.length) >> 1) + 2;
  const maxWords = 1 << 16;
  const wordIds = new Map<string, number>();
  const counts = new Int32Array(maxWords);
  const occupationCounts = new Int32Array(maxWords);
  const lastOccupation = new Int32Array(maxWords).fill(-1);
  /** The word id of a lowercase spelling, -1 for a stop word; `plain` when it is one ASCII token of letters and digits. */
  const wordOf = (spelling: string, plain = false): number => {
    const word = plain ? tokenWord(spelling) : titleWords(spelling)[0];
    if (word === undefined) return -1;
    let id = wordIds.get(word);
    if (id === undefined) {
      id = wordIds.size;
      if (id >= maxWords) throw new RangeError("buildTitleIndex: too many distinct title words");
      wordIds.set(word, id);
    }
    return id;
  };
  // Spellings repeat ("Nurse" thousands of times): an open-addressing table keyed by a hash of
  // the lowercase letters finds each one's word without cutting a string out of the text.
  const slots = 1 << 16;
  let filledSlots = 0;
  const slotHash = new Int32Array(slots);
  const slotWord = new Int32Array(slots);
  const slotSpelling: (string | undefined)[] = new Array<string | undefined>(slots).fill(undefined);
  const lookup = (source: string, start: number, end: number, hash: number): number => {
    let slot = hash & (slots - 1);
    for (;;) {
      const spelling = slotSpelling[slot];
      if (spelling === undefined) break;
      if (slotHash[slot] === hash && spelling.length === end - start && sameLowercase(source, start, spelling)) return slotWord[slot]!;
      slot = (slot + 1) & (slots - 1);
    }
    // Kept under half full, so a probe always ends at an empty slot, and soon.
    if (++filledSlots > slots / 2) throw new RangeError("buildTitleIndex: too many distinct title spellings");
    const spelling = source.slice(start, end).toLowerCase();
    slotHash[slot] = hash;
    slotSpelling[slot] = spelling;
    slotWord[slot] = wordOf(spelling, true);
    return slotWord[slot]!;
  };

  const titleOccupation = new Uint16Array(capacity);
  const titleStart = new Uint32Array(capacity);
  const titleEnd = new Uint32Array(capacity);
  const formTitle = new Uint32Array(capacity);
  const formStart = new Uint32Array(capacity + 1);
  const formWords = new Int32Array(capacity);
  // One pass over the official titles and the others, as one text: one loop, locals only.
  const all = `${officialText}\n${text}`;
  const textStart = officialText.length + 1;
  let titles = 0;
  let forms = 0;
  let used = 0;
  let occupation = 0;
  let wordStart = -1;
  let titleBegin = 0;
  let hash = 0;
  let apostrophe = false;
  for (let at = 0; at <= all.length; at++) {
    const code = at < all.length ? all.charCodeAt(at) : 10;
    const lower = code >= 65 && code <= 90 ? code + 32 : code;
    if ((lower >= 97 && lower <= 122) || (code >= 48 && code <= 57) || code > 127) {
      if (wordStart < 0) {
        wordStart = at;
        hash = 0;
      }
      hash = (Math.imul(hash, 31) + lower) | 0;
      continue;
    }
    if ((code === 39 || code === 0x2019) && wordStart >= 0) {
      apostrophe = true;
      continue;
    }
    if (wordStart >= 0) {
      // Titles are ASCII; "Chef's" (rare) goes the slow way, through titleWords.
      const id = apostrophe || code > 127 ? wordOf(all.slice(wordStart, at).toLowerCase()) : lookup(all, wordStart, at, hash);
      wordStart = -1;
      apostrophe = false;
      let repeated = id < 0;
      for (let word = formStart[forms]!; !repeated && word < used; word++) repeated = formWords[word] === id;
      if (!repeated) {
        formWords[used++] = id;
        counts[id]!++;
        if (lastOccupation[id] !== occupation) {
          lastOccupation[id] = occupation;
          occupationCounts[id]!++;
        }
      }
    }
    // "(" and ")" end a form (each part of "Registered Nurse (RN)" is one); "|" and a line end a title.
    const endsTitle = code === 124 || code === 10;
    if ((code === 40 || code === 41 || endsTitle) && used > formStart[forms]!) {
      formTitle[forms] = titles;
      formStart[++forms] = used;
    }
    if (!endsTitle) continue;
    // An occupation without titles leaves an empty line, not a title; the official ones are all kept.
    if (at > titleBegin || at < textStart) {
      titleOccupation[titles] = occupation;
      titleStart[titles] = titleBegin - textStart;
      titleEnd[titles] = at - textStart;
      titles++;
    }
    titleBegin = at + 1;
    if (code === 10) occupation = at + 1 === textStart ? 0 : occupation + 1;
  }
  const officialTitles = entries.length;

  const words = wordIds.size;
  const weights = new Float64Array(words);
  // One array for every word's postings (one allocation, not one per word).
  const postingStart = new Uint32Array(words + 1);
  const generic = new Uint8Array(words);
  for (let id = 0; id < words; id++) {
    weights[id] = Math.log(1 + forms / counts[id]!);
    postingStart[id + 1] = postingStart[id]! + counts[id]!;
    generic[id] = occupationCounts[id]! > GENERIC_SHARE * entries.length ? 1 : 0;
  }
  const postingForms = new Uint32Array(used);
  const filled = postingStart.slice(0, words);
  const formWeight = new Float64Array(forms);
  for (let form = 0; form < forms; form++) {
    let weight = 0;
    for (let at = formStart[form]!; at < formStart[form + 1]!; at++) {
      const id = formWords[at]!;
      weight += weights[id]!;
      postingForms[filled[id]!++] = form;
    }
    formWeight[form] = weight;
  }

  const abbreviations = new Map<string, string>();
  for (const line of ABBREVIATION_TABLE.split("\n")) {
    const [short = "", long = ""] = line.split(FIELD);
    abbreviations.set(short, long);
  }
  return {
    titleCount: titles,
    titleOccupation: titleOccupation.slice(0, titles),
    // Offsets of the titles after the official ones, into `text`.
    titleStart: titleStart.slice(officialTitles, titles),
    titleEnd: titleEnd.slice(officialTitles, titles),
    formTitle: formTitle.slice(0, forms),
    formWeight,
    wordIds,
    postingStart,
    postingForms,
    weights,
    generic,
    unknownWeight: Math.log(1 + 1000),
    text,
    abbreviations,
    compounds: new Set([...abbreviations.values(), ...Object.values(VARIANTS)].filter((phrase) => phrase.split(" ").length === 2)),
  };
}

/** Whether `text` from `start` is `spelling` (lowercase ASCII) in any case. */
function sameLowercase(text: string, start: number, spelling: string): boolean {
  for (let at = 0; at < spelling.length; at++) {
    const code = text.charCodeAt(start + at);
    if ((code >= 65 && code <= 90 ? code + 32 : code) !== spelling.charCodeAt(at)) return false;
  }
  return true;
}
