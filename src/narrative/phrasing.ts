// English phrasing helpers for the interview narrative. Not re-exported.
import { isIsoDate, monthName } from "../_lib/dates.ts";
import { oneLine } from "../_lib/markdown.ts";

/** One line, first letter upper case, ending with a full stop unless it has one; "" for blank text. */
export function sentence(text: string | undefined): string {
  const line = oneLine(text);
  return line && line[0]!.toUpperCase() + line.slice(1) + (/[.!?]$/.test(line) ? "" : ".");
}

/** Text to use inside a sentence: one line, no final full stop, the first letter lowered when it starts an ordinary word ("Become", "A" but not "AWS" or "I"). */
export function clause(text: string | undefined): string {
  const line = withoutFinalStops(text);
  // An ordinary word: a capital then a small letter ("Become"), or a one-letter word other than the pronoun "I" ("A").
  return /^(?!I\b)[A-Z]([a-z\s]|$)/.test(line) ? line[0]!.toLowerCase() + line.slice(1) : line;
}

/** `lead`, then the text as a clause and a full stop; "" when the text is blank. */
export function told(lead: string, text: string | undefined): string {
  return text?.trim() ? `${lead}${clause(text)}.` : "";
}

/** "2029-01-05" → "January 2029"; other text comes back as it is. */
export function monthYear(date: string): string {
  // The year as written, since Intl calls year 0 "1 BC".
  return isIsoDate(date) ? `${monthName(date)} ${Number(date.slice(0, 4))}` : date;
}

/** One line without its final full stops and exclamation marks, case kept. */
export function withoutFinalStops(text: string | undefined): string {
  let line = oneLine(text);
  // A loop, not /[.!]+$/, which backtracks quadratically on long runs of dots.
  let end = line.length;
  while (end > 0 && (line[end - 1] === "." || line[end - 1] === "!")) end--;
  line = line.slice(0, end);
  return line;
}
