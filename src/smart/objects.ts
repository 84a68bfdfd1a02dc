// "Which one?": a goal whose object is a generic career noun (a certificate, a
// job, my network, my resume) is not specific until something names it: a
// proper name ("the CKA certification"), a level or field ("a senior data
// role", "an internship in hospital data analytics"), a number ("10 jobs",
// "around 3 shipped projects") or a quoted title. Each noun looks at a few
// tokens on either side, so the check is linear in the text.
import {
  EVENT_DEADLINES, GENERIC_OBJECTS, GENERIC_VERBS, HOLIDAYS, MONTHS, NON_QUALIFIERS, NOT_NAMES, NUMBER_WORDS, OBJECT_STOPS, PARTICLES, QUALIFYING_PREPOSITIONS,
  ROLE_NOUNS, TOPIC_FREE_WORDS, WEEKDAYS,
} from "./lexicon.ts";
import type { Token } from "./tokens.ts";
import { ACTION_VERBS } from "./vocabulary.ts";

const REACH_BACK = 3;
/** Words before a verb: "to mentor", "I will network". */
const VERB_MARKERS = new Set(["to", "will", "i", "we", "and", "then"]);
const REACH_AHEAD = 3;
/** A generic object further into the text than this (in tokens) is a side detail, not the goal's object. */
const OBJECT_WINDOW = 8;
/** Words of four letters or more, all capitalised: the text is in title case, and capitals name nothing. */
const TITLE_CASE_WORDS = 3;

/**
 * The first generic career object of the goal when nothing in the goal names
 * it (quoted for evidence, e.g. "certificate"); undefined when the goal names
 * its target or has no generic object.
 */
export function findGenericObject(tokens: readonly Token[], candidates: readonly number[], timed: readonly number[], hasQuantity: boolean): string | undefined {
  if (hasQuantity || candidates.length === 0) return undefined;
  const capitalsName = !isTitleCase(tokens);
  if (capitalsName) for (let index = 1; index < tokens.length; index++) if (tokens[index]!.capital && isName(tokens, index, timed)) return undefined;
  for (const index of candidates) {
    if (index >= OBJECT_WINDOW || isTimed(timed, index) || !isObject(tokens, timed, index)) continue;
    if (qualifiedBefore(tokens, index, capitalsName) || qualifiedAfter(tokens, timed, index, capitalsName)) return undefined;
    return tokens[index]!.text;
  }
  return undefined;
}

/** Whether a qualifier follows token `at` ("promoted to senior engineer", "hired at Acme"). */
export function namedAfter(tokens: readonly Token[], timed: readonly number[], at: number): boolean {
  return qualifiedAfter(tokens, timed, at, !isTitleCase(tokens));
}

// A generic word that is the goal's object: not a verb ("Mentor two juniors"),
// except networking, which names no one; not a modifier of the noun after it
// ("a portfolio review", "the team meeting"); not inside a phrase that only
// adds a detail ("the stand-up for my team"), unless a verb's particle opens
// it ("apply for jobs").
function isObject(tokens: readonly Token[], timed: readonly number[], at: number): boolean {
  const word = tokens[at]!.text;
  if (GENERIC_VERBS.has(word) && (at === 0 || VERB_MARKERS.has(tokens[at - 1]!.text))) return true;
  if (!GENERIC_OBJECTS.has(word) || at === 0 || VERB_MARKERS.has(tokens[at - 1]!.text)) return false;
  if (!isTimed(timed, at + 1) && modifies(tokens[at + 1])) return false;
  for (let index = at - 1; index >= 0 && index >= at - REACH_BACK - 1; index--) {
    const token = tokens[index]!;
    if (token.kind !== "word") return true;
    if (isVerb(tokens, index)) return true;
    if (OBJECT_STOPS.has(token.text) || QUALIFYING_PREPOSITIONS.has(token.text)) return PARTICLES.has(token.text) && index > 0 && isVerb(tokens, index - 1);
  }
  return true;
}

/** Whether `next` is a noun the generic word before it modifies ("career coaching", "team lead"). */
function modifies(next: Token | undefined): boolean {
  if (next === undefined || next.kind !== "word") return false;
  const word = next.text;
  if (ROLE_NOUNS.has(word)) return true;
  if (TOPIC_FREE_WORDS.has(word) || OBJECT_STOPS.has(word) || QUALIFYING_PREPOSITIONS.has(word) || GENERIC_OBJECTS.has(word) || word.endsWith("ly")) return false;
  return word.endsWith("ing") || !ACTION_VERBS.has(word);
}

/** A verb, not a noun written like one: at the start, after "to", "I", "will", or not after another word ("the rotation lead role"). */
function isVerb(tokens: readonly Token[], at: number): boolean {
  if (!ACTION_VERBS.has(tokens[at]!.text)) return false;
  const previous = tokens[at - 1];
  return previous === undefined || previous.kind !== "word" || VERB_MARKERS.has(previous.text) || TOPIC_FREE_WORDS.has(previous.text) && !NON_QUALIFIERS.has(previous.text);
}

// "a Python certificate", "3 certifications", "my data analyst resume".
function qualifiedBefore(tokens: readonly Token[], at: number, capitalsName: boolean): boolean {
  for (let index = at - 1; index >= 0 && index >= at - REACH_BACK; index--) {
    const token = tokens[index]!;
    if (token.kind === "number") return true;
    if (token.kind === "symbol") return "$€£%".includes(token.text);
    const word = token.text;
    if (NUMBER_WORDS.has(word) && word !== "one" && word !== "single") return true;
    if (isVerb(tokens, index) || (TOPIC_FREE_WORDS.has(word) && !NON_QUALIFIERS.has(word))) return false;
    if (capitalsName && token.capital && !NOT_NAMES.has(word)) return true;
    if (!NON_QUALIFIERS.has(word) && !GENERIC_OBJECTS.has(word) && !TOPIC_FREE_WORDS.has(word)) return true;
  }
  return false;
}

// "an internship in hospital data analytics", "my resume around 3 shipped projects",
// a quoted or capitalised name right after; not a time ("a certificate in 6 months").
function qualifiedAfter(tokens: readonly Token[], timed: readonly number[], at: number, capitalsName: boolean): boolean {
  const next = tokens[at + 1];
  if (next === undefined || isTimed(timed, at + 1)) return false;
  if (next.text === '"' || next.text === "“" || (capitalsName && next.kind === "word" && next.capital && !NOT_NAMES.has(next.text))) return true;
  if (next.kind !== "word" || !QUALIFYING_PREPOSITIONS.has(next.text)) return false;
  for (let index = at + 2; index < tokens.length && index <= at + 1 + REACH_AHEAD; index++) {
    const token = tokens[index]!;
    if (isTimed(timed, index) || token.kind === "symbol") return token.text === '"' || token.text === "“";
    if (token.kind !== "word") return true;
    const word = token.text;
    if (NON_QUALIFIERS.has(word) || (TOPIC_FREE_WORDS.has(word) && !GENERIC_OBJECTS.has(word))) continue;
    // "in project management": a generic word that names a field with the noun after it.
    if (GENERIC_OBJECTS.has(word) && !isTimed(timed, index + 1) && modifies(tokens[index + 1])) continue;
    return !GENERIC_OBJECTS.has(word) && !ACTION_VERBS.has(word);
  }
  return false;
}

/** A capitalised word inside a sentence that is not a month, weekday, holiday or "I". */
function isName(tokens: readonly Token[], at: number, timed: readonly number[]): boolean {
  const token = tokens[at]!;
  if (!token.capital || at === 0 || isTimed(timed, at)) return false;
  const previous = tokens[at - 1]!;
  if (previous.kind === "symbol" && ".!?:;(-".includes(previous.text)) return false;
  const word = token.text;
  return !NOT_NAMES.has(word) && !MONTHS.has(word) && !WEEKDAYS.has(word) && !HOLIDAYS.has(word) && !EVENT_DEADLINES.has(word) && !GENERIC_OBJECTS.has(word);
}

/** Whether token `at` is inside one of the `[start, end)` token ranges of `timed` (time expressions, vague times). */
function isTimed(timed: readonly number[], at: number): boolean {
  for (let index = 0; index < timed.length; index += 2) if (at >= timed[index]! && at < timed[index + 1]!) return true;
  return false;
}

function isTitleCase(tokens: readonly Token[]): boolean {
  let words = 0;
  for (const token of tokens) {
    if (token.kind !== "word" || token.text.length < 4) continue;
    if (!token.capital) return false;
    words++;
  }
  return words >= TITLE_CASE_WORDS;
}
