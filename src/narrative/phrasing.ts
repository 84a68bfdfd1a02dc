// English phrasing helpers for the interview narrative. Not re-exported.
import { dateParts, isIsoDate } from "../_lib/dates.ts";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** One line, trimmed, first letter upper case, ending with a full stop unless it has one. */
export function sentence(text: string): string {
  const line = oneLine(text);
  if (line === "") return "";
  const capital = line[0]!.toUpperCase() + line.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** Text to use inside a sentence: one line, no final full stop, the first letter lowered when it starts an ordinary word ("Become", "A" but not "AWS" or "I"). */
export function clause(text: string): string {
  let line = oneLine(text);
  // A loop, not /[.!]+$/, which backtracks quadratically on long runs of dots.
  while (line.endsWith(".") || line.endsWith("!")) line = line.slice(0, -1);
  // "Become" and "A" are ordinary words; "AWS" and the pronoun "I" keep their capital.
  const ordinary = /^[A-Z][a-z]/.test(line) || (/^[A-Z](\s|$)/.test(line) && line[0] !== "I");
  return ordinary ? line[0]!.toLowerCase() + line.slice(1) : line;
}

/** "2029-01-05" → "January 2029"; other text comes back as it is. */
export function monthYear(date: string): string {
  if (!isIsoDate(date)) return date;
  const { year, month } = dateParts(date);
  return `${MONTHS[month - 1]} ${year}`;
}

/** A milestone horizon as people say it: "6m" → "6-month", "3y" → "3-year"; anything else as written. */
export function horizonLabel(horizon: string | undefined): string | undefined {
  if (horizon === undefined || horizon.trim() === "") return undefined;
  const match = /^(\d{1,3})\s*([my])$/i.exec(horizon.trim());
  if (!match) return horizon.trim();
  return `${match[1]}-${match[2]!.toLowerCase() === "m" ? "month" : "year"}`;
}

/** The text on one line: runs of white space become one space, ends trimmed. */
export function oneLine(text: string): string {
  return String(text ?? "").replace(/\s+/g, " ").trim();
}
