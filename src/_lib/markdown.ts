import { percent as percentOf } from "./percent.ts";

// Markdown writing shared by renderPlanMarkdown and renderCanvasMarkdown: user
// text goes through `markdownText` so a title like "Ship v2 | *fast* #1" prints
// as written instead of turning into emphasis, a heading, a broken table or a link.
import { printable } from "./plainText.ts";

// Characters CommonMark (and GFM tables) give a meaning anywhere in a line.
const INLINE_SPECIAL = /[\\`*_[\]<>|~&#]/g;
// A line that starts like a list item, an ordered list item or a block.
const BLOCK_START = /^([-+=]|\d{1,9}[.)])/;
// What GitHub-flavoured Markdown turns into a link without any brackets: "http://…",
// "www.…" and "name@domain" (mailto: and xmpp: need the "@" too). Escaping the ":",
// the "." after www or the "@" leaves the text as written and no link.
const AUTOLINK_TRIGGER = /:(?=\/\/)|(?<=www)\.|@/gi;

/** The text on one line: runs of white space become one space, ends trimmed; nothing gives "". */
export function oneLine(text: string | undefined): string {
  return String(text ?? "").replace(/\s+/g, " ").trim();
}

/**
 * Writes user text as one line of literal Markdown: specials escaped, line
 * breaks turned into spaces, control characters (NUL, ESC…) replaced by U+FFFD
 * and GFM's bare autolinks defused.
 */
export function markdownText(text: string): string {
  const escaped = printable(oneLine(text)).replace(INLINE_SPECIAL, "\\$&").replace(AUTOLINK_TRIGGER, "\\$&");
  const block = BLOCK_START.exec(escaped);
  if (!block) return escaped;
  const marker = block[1]!;
  // Escape the marker's last character: "\-", "1\." or "2\)".
  return `${marker.slice(0, -1)}\\${marker.slice(-1)}${escaped.slice(marker.length)}`;
}

/** Writes one table row; every cell is already Markdown (escape user text with `markdownText`). */
export function markdownTableRow(cells: readonly string[]): string {
  return `| ${cells.map((cell) => (cell === "" ? " " : cell)).join(" | ")} |`;
}

/** Writes a table: header row, separator row, then the rows; an empty body gives header and separator only. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const lines = [markdownTableRow(header), markdownTableRow(header.map(() => "---"))];
  for (const row of rows) lines.push(markdownTableRow(row));
  return lines;
}

/** Writes a share 0..1 as a whole percentage ("57%"). */
export function percent(share: number): string {
  return `${percentOf(share, 0)}%`;
}
