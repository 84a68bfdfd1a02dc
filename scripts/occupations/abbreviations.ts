// Reads abbreviations from O*NET® alternate titles that give both forms, e.g.
// "Registered Nurse Educator (RN Educator)" → rn = registered nurse,
// "DevOps Engineer (Development Operations Engineer)" → devops = development operations.
import { titleWords } from "../../src/occupations/words.ts";

/**
 * The abbreviations the titles define, `[abbreviation, expansion]` in lowercase,
 * sorted. Both forms must share the words around the difference; the short side
 * is one word whose letters appear, in order, in the long side and start with
 * its first letter. When titles expand one abbreviation differently, the most
 * frequent expansion wins (then the first in text order).
 */
export function deriveAbbreviations(titles: string[]): [string, string][] {
  const counts = new Map<string, Map<string, number>>();
  for (const title of titles) {
    const parts = /^(.*) \((.*)\)$/.exec(title);
    if (!parts) continue;
    const pair = difference(titleWords(parts[1]!), titleWords(parts[2]!));
    if (!pair) continue;
    const [short, long] = pair;
    const byLong = counts.get(short) ?? new Map<string, number>();
    byLong.set(long, (byLong.get(long) ?? 0) + 1);
    counts.set(short, byLong);
  }
  const result: [string, string][] = [];
  for (const [short, byLong] of counts) {
    const [long] = [...byLong].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    result.push([short, long]);
  }
  return result.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

function difference(left: string[], right: string[]): [string, string] | undefined {
  let start = 0;
  while (start < left.length && start < right.length && left[start] === right[start]) start++;
  let end = 0;
  while (end < left.length - start && end < right.length - start && left[left.length - 1 - end] === right[right.length - 1 - end]) end++;
  const a = left.slice(start, left.length - end);
  const b = right.slice(start, right.length - end);
  const [short, long] = a.length === 1 && b.length >= 1 && a[0]!.length < b.join("").length ? [a[0]!, b] : b.length === 1 && a.length >= 1 && b[0]!.length < a.join("").length ? [b[0]!, a] : [];
  if (!short || !long || !/^[a-z]+$/.test(short) || long.length > 4) return undefined;
  return isAbbreviation(short, long.join("")) ? [short, long.join(" ")] : undefined;
}

/** Whether the letters of `short` appear in order in `long`, starting with its first letter. */
function isAbbreviation(short: string, long: string): boolean {
  if (short[0] !== long[0]) return false;
  let at = 0;
  for (const letter of short) {
    at = long.indexOf(letter, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}
