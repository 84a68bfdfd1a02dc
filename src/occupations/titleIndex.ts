// The search index over every title people use for an occupation: built once, on
// the first search, from the embedded tables (see lazy.ts).
import { catalog } from "./catalog.ts";
import { ABBREVIATION_TABLE, TITLE_TABLE } from "./data.ts";
import { FIELD, unmark } from "./encoding.ts";
import { lazy } from "./lazy.ts";
import { VARIANTS } from "./queryWords.ts";
import { titleWords } from "./words.ts";

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
  /** The forms holding each word, ascending, by word id. */
  postings: Uint32Array[];
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

/** The text of a title of the index. */
export function titleText(index: TitleIndex, title: number): string {
  const { entries } = catalog();
  return title < entries.length ? entries[title]!.title : index.text.slice(index.titleStart[title - entries.length], index.titleEnd[title - entries.length]);
}

/**
 * Builds the index (exported for the benchmark of the first call). It scans the
 * title text once, character by character: the words of the ~60,000 titles are cut
 * and stemmed as titleWords does, each distinct spelling once.
 */
export function buildTitleIndex(): TitleIndex {
  const { entries } = catalog();
  const wordIds = new Map<string, number>();
  const counts: number[] = [];
  const occupationCounts: number[] = [];
  const lastOccupation: number[] = [];
  /** The word id of a lowercase spelling, -1 for a stop word. */
  const wordOf = (spelling: string): number => {
    const [word] = titleWords(spelling);
    if (word === undefined) return -1;
    let id = wordIds.get(word);
    if (id === undefined) {
      id = wordIds.size;
      wordIds.set(word, id);
      counts.push(0);
      occupationCounts.push(0);
      lastOccupation.push(-1);
    }
    return id;
  };
  // Spellings repeat (“Nurse” thousands of times): an open-addressing table keyed by a hash of
  // the lowercase letters finds each one's word without cutting a string out of the text.
  const slots = 1 << 16;
  const slotHash = new Int32Array(slots);
  const slotWord = new Int32Array(slots);
  const slotSpelling: string[] = new Array<string>(slots);
  const lookup = (text: string, start: number, end: number, hash: number): number => {
    let slot = hash & (slots - 1);
    for (;;) {
      const spelling = slotSpelling[slot];
      if (spelling === undefined) break;
      if (slotHash[slot] === hash && spelling.length === end - start && sameLowercase(text, start, spelling)) return slotWord[slot]!;
      slot = (slot + 1) & (slots - 1);
    }
    const spelling = text.slice(start, end).toLowerCase();
    slotHash[slot] = hash;
    slotSpelling[slot] = spelling;
    slotWord[slot] = wordOf(spelling);
    return slotWord[slot]!;
  };

  const titleOccupation: number[] = [];
  const titleStart: number[] = [];
  const titleEnd: number[] = [];
  const formTitle: number[] = [];
  const formStart: number[] = [0];
  const formWords: number[] = [];
  let title = 0;
  let occupation = 0;
  let formBegin = 0;
  const endForm = () => {
    if (formWords.length === formBegin) return;
    formTitle.push(title);
    formStart.push(formWords.length);
    formBegin = formWords.length;
  };
  const addWord = (id: number) => {
    if (id < 0) return;
    for (let at = formBegin; at < formWords.length; at++) if (formWords[at] === id) return;
    formWords.push(id);
    counts[id]!++;
    if (lastOccupation[id] !== occupation) {
      lastOccupation[id] = occupation;
      occupationCounts[id]!++;
    }
  };
  const scan = (text: string, onTitleEnd: (end: number) => void) => {
    let wordStart = -1;
    let hash = 0;
    let apostrophe = false;
    for (let at = 0; at <= text.length; at++) {
      const code = at < text.length ? text.charCodeAt(at) : 10;
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
        addWord(apostrophe || code > 127 ? wordOf(text.slice(wordStart, at).toLowerCase()) : lookup(text, wordStart, at, hash));
        wordStart = -1;
        apostrophe = false;
      }
      if (code === 40 || code === 41) endForm(); // "(" and ")": each part of "Registered Nurse (RN)" is a form
      else if (code === 124 || code === 10) {
        endForm();
        onTitleEnd(at);
        title++;
        if (code === 10) occupation++;
      }
    }
  };
  scan(entries.map((entry) => entry.title).join("\n"), () => titleOccupation.push(occupation));
  occupation = 0;
  let start = 0;
  const text = TITLE_TABLE.split("\n").map(unmark).join("\n");
  scan(text, (end) => {
    // An occupation without titles leaves an empty line, not a title.
    if (end > start) {
      titleOccupation.push(occupation);
      titleStart.push(start);
      titleEnd.push(end);
    } else title--;
    start = end + 1;
  });

  const forms = formTitle.length;
  const words = wordIds.size;
  const weights = new Float64Array(words);
  const postings: Uint32Array[] = [];
  const filled = new Uint32Array(words);
  const generic = new Uint8Array(words);
  for (let id = 0; id < words; id++) {
    weights[id] = Math.log(1 + forms / counts[id]!);
    postings.push(new Uint32Array(counts[id]!));
    generic[id] = occupationCounts[id]! > GENERIC_SHARE * entries.length ? 1 : 0;
  }
  const formWeight = new Float64Array(forms);
  for (let form = 0; form < forms; form++) {
    let weight = 0;
    for (let at = formStart[form]!; at < formStart[form + 1]!; at++) {
      const id = formWords[at]!;
      weight += weights[id]!;
      postings[id]![filled[id]!++] = form;
    }
    formWeight[form] = weight;
  }

  const abbreviations = new Map<string, string>();
  for (const line of ABBREVIATION_TABLE.split("\n")) {
    const [short = "", long = ""] = line.split(FIELD);
    abbreviations.set(short, long);
  }
  return {
    titleCount: titleOccupation.length,
    titleOccupation: Uint16Array.from(titleOccupation),
    titleStart: Uint32Array.from(titleStart),
    titleEnd: Uint32Array.from(titleEnd),
    formTitle: Uint32Array.from(formTitle),
    formWeight,
    wordIds,
    postings,
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
