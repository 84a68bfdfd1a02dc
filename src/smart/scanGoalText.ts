// One linear pass over a goal's tokens that collects the evidence every SMART
// criterion needs. Each token is looked at a bounded number of times (look-
// ahead windows are capped), so the pass is linear in the text's length.
import type { TextFeatures } from "./features.ts";
import { CLOCK_WORDS, DELIVERABLES, DURATION_UNITS, FREQUENCY_OPENERS, FREQUENCY_PERIODS, NUMBER_WORDS, OBJECT_STOPS, PARTICLES, RATING_WORDS } from "./lexicon.ts";
import { match, matchTime } from "./timeExpressions.ts";
import { NUMBER, SYMBOL, WORD, tokenize, tokens } from "./tokens.ts";
import {
  COMPLETION, FREQUENCY, FREQUENCY_OPENER, METHOD, NUMBER_WORD, OBSERVABLE_VERBS, PHRASE, PHRASES_BY_FIRST_WORD, SOFT, TIME, type PhraseKind, phraseAt,
} from "./vocabulary.ts";

const DELIVERABLE_REACH = 6;
const OPENING_WORDS = 6;
const RATING_REACH = 4;
// The text being scanned, for quote(): a module variable rather than a closure
// made on every call. The scan is synchronous and never re-entered.
let scanned = "";

/** Scans `text` once and returns the evidence found. */
export function scanGoalText(text: string, asOf: string | undefined): TextFeatures {
  const { count, kind, text: words, role: roles } = tokenize(text, true);
  scanned = text;
  // Every field is present from the start, so all TextFeatures share one shape.
  const found: TextFeatures = {
    words: tokens.words, opening: count > 0 ? quote(0, OPENING_WORDS) : "", quantity: undefined, frequency: undefined,
    deliverable: undefined, rating: undefined, clock: undefined, vague: undefined, softVerb: undefined, concrete: undefined,
    deadline: undefined, deadlineText: undefined, relativeText: undefined, eventText: undefined, vagueTime: undefined,
    impossibleDate: undefined, durationHours: 0, spanDays: 0,
  };
  let index = 0;
  while (index < count) {
    const tokenKind = kind[index];
    const word = words[index]!;
    const role = roles[index]!;
    if (tokenKind === SYMBOL || (tokenKind === WORD && role === 0)) {
      index++;
      continue;
    }
    if ((tokenKind !== WORD || (role & TIME) !== 0) && matchTime(index, asOf)) {
      index = readTime(index, found);
      continue;
    }
    if (tokenKind === NUMBER || (role & NUMBER_WORD) !== 0) {
      index = readQuantity(index, found);
      continue;
    }
    if (tokenKind !== WORD) {
      index++;
      continue;
    }
    const skip = (role & PHRASE) !== 0 ? readPhrases(index, found) : 1;
    if ((role & FREQUENCY) !== 0) found.frequency ??= quote(index, index + 1);
    else if ((role & FREQUENCY_OPENER) !== 0 && FREQUENCY_PERIODS.has(words[index + 1] ?? "")) {
      found.frequency ??= quote(index, index + 2);
    } else if ((role & METHOD) !== 0 && isGerund(words[index + 1])) found.concrete ??= quote(index, index + 2);
    else if ((role & SOFT) !== 0) found.softVerb ??= quote(index, index + 1);
    if ((role & COMPLETION) !== 0 && found.deliverable === undefined) {
      const noun = deliverableAfter(index);
      if (noun > 0) found.deliverable = quote(index, noun + 1);
      else if (OBSERVABLE_VERBS.has(word) && tokens.kind[index + 1] === WORD && !OBJECT_STOPS.has(words[index + 1]!)) {
        found.deliverable = quote(index, index + 2);
      }
    }
    index += skip;
  }
  return found;
}

function readTime(at: number, found: TextFeatures): number {
  if (match.date !== undefined && (found.deadline === undefined || match.date > found.deadline)) {
    found.deadline = match.date;
    found.deadlineText = quote(at, match.end);
  }
  if (match.relative) found.relativeText ??= quote(at, match.end);
  if (match.event) found.eventText ??= quote(at, match.end);
  if (match.impossible) found.impossibleDate ??= quote(at, match.end);
  if (match.spanDays > found.spanDays) found.spanDays = match.spanDays;
  // "for six months" bounds the goal and also measures how long it runs.
  if (match.duration) found.quantity ??= quote(at, match.end);
  return match.end;
}

// Records the longest phrase of each kind that starts at `at`. Returns how many
// tokens to advance: past a vague phrase, so its words are not read again.
function readPhrases(at: number, found: TextFeatures, only?: PhraseKind): number {
  let skip = 1;
  for (const { kind, words } of PHRASES_BY_FIRST_WORD.get(tokens.text[at]!) ?? []) {
    if ((only !== undefined && kind !== only) || !phraseAt(words, tokens.text, tokens.count, at)) continue;
    found[kind] ??= quote(at, at + words.length);
    if (kind === "vague" || kind === "vagueTime") skip = Math.max(skip, words.length);
  }
  return skip;
}

function readQuantity(at: number, found: TextFeatures): number {
  const { kind, text: words, value } = tokens;
  const amount = kind[at] === NUMBER ? value[at]! : NUMBER_WORDS.get(words[at]!)!;
  // A rating is a number, but not an outcome: "7/10", "8 out of 10".
  if (words[at + 1] === "/" && kind[at + 2] === NUMBER) return markRating(at, at + 3, found);
  if (words[at + 1] === "out" && words[at + 2] === "of") return markRating(at, at + 4, found);
  let next = at + 1;
  // A range counts as one quantity: "30-45 minutes", "1 to 2 entries".
  if ((words[next] === "-" || words[next] === "to" || words[next] === "or") && (kind[next + 1] === NUMBER || NUMBER_WORDS.has(words[next + 1] ?? ""))) {
    next += 2;
  }
  const after = words[next] ?? "";
  if (after === "%" || after === "percent") {
    if (nearRating(at, next)) return markRating(at, next + 1, found);
    found.quantity ??= quote(at, next + 1);
    return next + 1;
  }
  if (CLOCK_WORDS.has(after) || (after === ":" && kind[next + 1] === NUMBER)) {
    const end = after === ":" ? next + 2 : next + 1;
    found.clock ??= quote(at, end);
    return end;
  }
  if (kind[at] === WORD) {
    // "one of", "one day" (without "a week") say nothing about amounts.
    // "one day" alone is a vague time ("one day I will…"); let the phrase list see it.
    if (kind[next] !== WORD || after === "of" || (after === "day" && !FREQUENCY_OPENERS.has(words[next + 1] ?? "") && words[next + 1] !== "a")) {
      return at + readPhrases(at, found, "vagueTime");
    }
  }
  const hours = DURATION_UNITS.get(after);
  if (hours !== undefined && amount * hours > found.durationHours) found.durationHours = amount * hours;
  const money = at > 0 && kind[at - 1] === SYMBOL && "$€£".includes(words[at - 1]!);
  found.quantity ??= quote(money ? at - 1 : at, kind[next] === WORD ? next + 1 : next);
  return next;
}

function markRating(at: number, end: number, found: TextFeatures): number {
  found.rating ??= quote(at, end);
  return end;
}

// "80% confident", "(Confidence: 75%)": the rating word touches the number,
// or comes shortly before it within the same clause.
function nearRating(from: number, to: number): boolean {
  if (RATING_WORDS.has(tokens.text[to + 1] ?? "")) return true;
  for (let index = from - 1; index >= 0 && index >= from - RATING_REACH; index--) {
    const word = tokens.text[index]!;
    if (RATING_WORDS.has(word)) return true;
    if (word === "," || word === "." || word === ";") return false;
  }
  return false;
}

// The deliverable must be the verb's own object: "complete a course", "sign up
// for a course", but not "take a photo of food on the app".
function deliverableAfter(at: number): number {
  let index = at + 1;
  while (index < at + 3 && PARTICLES.has(tokens.text[index] ?? "")) index++;
  const end = Math.min(tokens.count, index + DELIVERABLE_REACH);
  for (; index < end; index++) {
    const word = tokens.text[index]!;
    if (tokens.kind[index] === SYMBOL || OBJECT_STOPS.has(word)) return 0;
    if (DELIVERABLES.has(word)) return index;
  }
  return 0;
}

// The original text from the start of token `from` to the end of token `to - 1`.
function quote(from: number, to: number): string {
  return scanned.slice(tokens.start[from]!, tokens.end[Math.min(to, tokens.count) - 1]!);
}

function isGerund(word: string | undefined): boolean {
  return word !== undefined && word.length > 4 && word.endsWith("ing");
}

