// One linear pass over a goal's tokens that collects the evidence every SMART
// criterion needs. Each token is looked at a bounded number of times (look-
// ahead windows are capped), so the pass is linear in the text's length.
import type { TextFeatures, TimeMatch } from "./features.ts";
import {
  CLOCK_WORDS, DELIVERABLES, DURATION_UNITS, FREQUENCY_OPENERS, FREQUENCY_PERIODS, NUMBER_WORDS, OBJECT_STOPS, PARTICLES, RATING_WORDS,
  ROLE_NOUNS, ROLE_VERBS, STATUS_PARTICIPLES, TOPIC_FREE_WORDS,
} from "./lexicon.ts";
import { findGenericObject, namedAfter } from "./objects.ts";
import { type TimeContext, matchTime } from "./timeExpressions.ts";
import { type Token, tokenize } from "./tokens.ts";
import { COMPLETION_VERBS, NAMED_WORK_VERBS, OBSERVABLE_VERBS, PHRASES_BY_FIRST_WORD, type Phrase, type PhraseKind, WORDS } from "./vocabulary.ts";

const DELIVERABLE_REACH = 6;
const OPENING_WORDS = 6;
const RATING_REACH = 4;
/** Comparatives that name no object ("earn more"). */
const COMPARATIVES = new Set(["more", "less", "better", "fewer"]);
/** Words before a named work: "read the …", "get my …". */
const DETERMINERS = new Set(["the", "my", "our", "a", "an", "his", "her", "their", "your"]);

/** The tokens of one text and the text itself, for quoting evidence. */
interface Scan {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** The token ranges of time expressions and vague times, as start, end pairs. */
  readonly timed: number[];
}

/** Scans `text` once and returns the evidence found. */
export function scanGoalText(text: string, context: TimeContext): TextFeatures {
  const tokens = tokenize(text);
  const scan: Scan = { text, tokens, timed: [] };
  let words = 0;
  for (const token of tokens) if (token.kind !== "symbol") words++;
  const found: TextFeatures = {
    words, opening: tokens.length > 0 ? quote(scan, 0, OPENING_WORDS) : "", quantity: undefined, frequency: undefined,
    deliverable: undefined, rating: undefined, clock: undefined, vague: undefined, softVerb: undefined, concrete: undefined,
    deadline: undefined, deadlineText: undefined, deadlineRelative: false, relativeText: undefined, eventText: undefined, vagueTime: undefined,
    impossibleDate: undefined, durationHours: 0, spanDays: 0, genericObject: undefined,
  };
  // Where generic career objects are written, for the "which one?" check.
  const generic: number[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index]!;
    if (token.kind === "symbol") {
      index++;
      continue;
    }
    if (token.kind !== "word") {
      // A number or a date written with digits.
      const time = matchTime(tokens, index, context);
      if (time !== null) index = readTime(scan, index, time, found);
      else index = token.kind === "number" ? readQuantity(scan, index, found) : index + 1;
      continue;
    }
    const word = token.text;
    // Most words play no part: one lookup passes them over.
    const facts = WORDS.get(word);
    if (facts === undefined) {
      index++;
      continue;
    }
    if (facts.generic) generic.push(index);
    if (facts.time) {
      const time = matchTime(tokens, index, context);
      if (time !== null) {
        index = readTime(scan, index, time, found);
        continue;
      }
    }
    if (facts.number !== undefined) {
      index = readQuantity(scan, index, found);
      continue;
    }
    const skip = facts.phrases === undefined ? 1 : readPhrases(scan, index, facts.phrases, found);
    if (facts.frequency) found.frequency ??= quote(scan, index, index + 1);
    else if (facts.frequencyOpener && FREQUENCY_PERIODS.has(wordAt(tokens, index + 1))) found.frequency ??= quote(scan, index, index + 2);
    else if (word === "by" && isGerund(wordAt(tokens, index + 1))) found.concrete ??= quote(scan, index, index + 2);
    else if (facts.soft) found.softVerb ??= quote(scan, index, index + 1);
    if (facts.deliverableVerb && found.deliverable === undefined) readDeliverable(scan, index, found);
    index += skip;
  }
  found.genericObject = findGenericObject(tokens, generic, scan.timed, found.quantity !== undefined);
  return found;
}

function readTime(scan: Scan, at: number, match: TimeMatch, found: TextFeatures): number {
  scan.timed.push(at, match.end);
  if (match.date !== undefined && (found.deadline === undefined || match.date > found.deadline)) {
    found.deadline = match.date;
    found.deadlineText = quote(scan, at, match.end);
    found.deadlineRelative = match.relative;
  }
  if (match.relative) found.relativeText ??= quote(scan, at, match.end);
  if (match.event) found.eventText ??= quote(scan, at, match.end);
  if (match.impossible) found.impossibleDate ??= quote(scan, at, match.end);
  if (match.spanDays > found.spanDays) found.spanDays = match.spanDays;
  // "for six months" bounds the goal and also measures how long it runs.
  if (match.duration) found.quantity ??= quote(scan, at, match.end);
  return Math.max(match.end, at + 1);
}

// Records the longest phrase of each kind that starts at `at`. Returns how many
// tokens to advance: past a vague phrase, so its words are not read again.
function readPhrases(scan: Scan, at: number, phrases: readonly Phrase[], found: TextFeatures, only?: PhraseKind): number {
  let skip = 1;
  for (const { kind, words } of phrases) {
    if ((only !== undefined && kind !== only) || !phraseAt(words, scan.tokens, at)) continue;
    found[kind] ??= quote(scan, at, at + words.length);
    if (kind === "vague" || kind === "vagueTime") skip = Math.max(skip, words.length);
    // "in the coming weeks" says when, vaguely: it names no object.
    if (kind === "vagueTime") scan.timed.push(at, at + words.length);
  }
  return skip;
}

function readQuantity(scan: Scan, at: number, found: TextFeatures): number {
  const { tokens } = scan;
  const token = tokens[at]!;
  const amount = token.kind === "number" ? token.value : NUMBER_WORDS.get(token.text)!;
  const after1 = tokens[at + 1]?.text;
  // A rating is a number, but not an outcome: "7/10", "8 out of 10".
  if (after1 === "/" && tokens[at + 2]?.kind === "number") return markRating(scan, at, at + 3, found);
  if (after1 === "out" && wordAt(tokens, at + 2) === "of") return markRating(scan, at, at + 4, found);
  let next = at + 1;
  // A range counts as one quantity: "30-45 minutes", "1 to 2 entries".
  const joiner = tokens[next]?.text;
  if ((joiner === "-" || joiner === "to" || joiner === "or") && (tokens[next + 1]?.kind === "number" || NUMBER_WORDS.has(wordAt(tokens, next + 1)))) {
    next += 2;
  }
  const nextToken = tokens[next];
  const after = nextToken?.text ?? "";
  if (after === "%" || after === "percent") {
    if (nearRating(tokens, at, next)) return markRating(scan, at, next + 1, found);
    found.quantity ??= quote(scan, at, next + 1);
    return next + 1;
  }
  if (CLOCK_WORDS.has(after) || (after === ":" && tokens[next + 1]?.kind === "number")) {
    const end = after === ":" ? next + 2 : next + 1;
    found.clock ??= quote(scan, at, end);
    return end;
  }
  if (token.kind === "word") {
    // "one of", "one day" (without "a week") say nothing about amounts.
    // "one day" alone is a vague time ("one day I will…"); let the phrase list see it.
    const afterNext = wordAt(tokens, next + 1);
    if (nextToken?.kind !== "word" || after === "of" || (after === "day" && !FREQUENCY_OPENERS.has(afterNext) && afterNext !== "a")) {
      const phrases = PHRASES_BY_FIRST_WORD.get(token.text);
      return phrases === undefined ? at + 1 : at + readPhrases(scan, at, phrases, found, "vagueTime");
    }
  }
  const hours = DURATION_UNITS.get(after);
  if (hours !== undefined && amount * hours > found.durationHours) found.durationHours = amount * hours;
  const previous = tokens[at - 1];
  const money = previous !== undefined && previous.kind === "symbol" && "$€£".includes(previous.text);
  found.quantity ??= quote(scan, money ? at - 1 : at, nextToken?.kind === "word" ? next + 1 : next);
  return next;
}

function markRating(scan: Scan, at: number, end: number, found: TextFeatures): number {
  found.rating ??= quote(scan, at, end);
  return end;
}

// "80% confident", "(Confidence: 75%)": the rating word touches the number,
// or comes shortly before it within the same clause.
function nearRating(tokens: readonly Token[], from: number, to: number): boolean {
  if (RATING_WORDS.has(wordAt(tokens, to + 1))) return true;
  for (let index = from - 1; index >= 0 && index >= from - RATING_REACH; index--) {
    const text = tokens[index]!.text;
    if (RATING_WORDS.has(text)) return true;
    if (text === "," || text === "." || text === ";") return false;
  }
  return false;
}

/**
 * An observable deliverable at the verb `at`: its own object is a deliverable
 * noun ("complete a course", "sign up for a course", not "take a photo of food
 * on the app"), an observable verb's object ("ship the billing API"), a named
 * work ("read Atomic Habits", "present the "Q3 churn" dashboard"), or a change
 * of status with its target ("get promoted to senior engineer").
 */
function readDeliverable(scan: Scan, at: number, found: TextFeatures): void {
  const { tokens } = scan;
  const word = tokens[at]!.text;
  if (STATUS_PARTICIPLES.has(word)) {
    // A promotion or a hire is observable; its target, when named, is quoted with it.
    found.deliverable = quote(scan, at, namedAfter(tokens, scan.timed, at) ? Math.min(at + 4, tokens.length) : at + 1);
    return;
  }
  if (ROLE_VERBS.has(word)) {
    // "become a team lead"; not "become a better manager" (a vague phrase read at this word).
    const role = found.vague === undefined ? roleAfter(tokens, at) : 0;
    if (role > 0) found.deliverable = quote(scan, at, role + 1);
    return;
  }
  if (!COMPLETION_VERBS.has(word)) return;
  // "the next coaching session": a gerund after a determiner names a kind of thing, not an action.
  if (word.endsWith("ing") && (DETERMINERS.has(wordAt(tokens, at - 1)) || wordAt(tokens, at - 1) === "next")) return;
  const noun = deliverableAfter(tokens, at);
  if (noun > 0) {
    found.deliverable = quote(scan, at, noun + 1);
    return;
  }
  const object = tokens[at + 1];
  // "earn more" names no result: a comparative is not an object.
  if (OBSERVABLE_VERBS.has(word) && object?.kind === "word" && !OBJECT_STOPS.has(object.text) && !COMPARATIVES.has(object.text)) {
    found.deliverable = quote(scan, at, at + 2);
    return;
  }
  if (NAMED_WORK_VERBS.has(word)) {
    const named = DETERMINERS.has(wordAt(tokens, at + 1)) ? at + 2 : at + 1;
    const title = tokens[named];
    if (title !== undefined && ((title.kind === "word" && title.capital) || title.text === '"' || title.text === "“")) found.deliverable = quote(scan, at, named + 1);
  }
}

function roleAfter(tokens: readonly Token[], at: number): number {
  const end = Math.min(tokens.length, at + 1 + DELIVERABLE_REACH);
  for (let index = at + 1; index < end; index++) {
    const token = tokens[index]!;
    if (token.kind === "symbol" || OBJECT_STOPS.has(token.text)) return 0;
    if (ROLE_NOUNS.has(token.text) || DELIVERABLES.has(token.text)) return index;
  }
  return 0;
}

function deliverableAfter(tokens: readonly Token[], at: number): number {
  let index = at + 1;
  while (index < at + 3 && PARTICLES.has(wordAt(tokens, index))) index++;
  const end = Math.min(tokens.length, index + DELIVERABLE_REACH);
  for (; index < end; index++) {
    const token = tokens[index]!;
    if (token.kind === "symbol" || OBJECT_STOPS.has(token.text)) return 0;
    // "a blog post", not "blog posts": the noun a deliverable word modifies is the object.
    if (DELIVERABLES.has(token.text) && !isModifier(tokens[index + 1])) return index;
  }
  return 0;
}

function isModifier(next: Token | undefined): boolean {
  return next !== undefined && next.kind === "word" && !OBJECT_STOPS.has(next.text) && !TOPIC_FREE_WORDS.has(next.text) && !WORDS.get(next.text)?.time;
}

/** Whether `phrase` is written at token `at`. */
function phraseAt(phrase: readonly string[], tokens: readonly Token[], at: number): boolean {
  if (at + phrase.length > tokens.length) return false;
  for (let offset = 1; offset < phrase.length; offset++) if (tokens[at + offset]!.text !== phrase[offset]) return false;
  return true;
}

// The original text from the start of token `from` to the end of token `to - 1`.
function quote(scan: Scan, from: number, to: number): string {
  return scan.text.slice(scan.tokens[from]!.start, scan.tokens[Math.min(to, scan.tokens.length) - 1]!.end);
}

function wordAt(tokens: readonly Token[], at: number): string {
  const token = tokens[at];
  return token !== undefined && token.kind === "word" ? token.text : "";
}

function isGerund(word: string): boolean {
  return word.length > 4 && word.endsWith("ing");
}
