// Private: plan text written into Mermaid source so that it shows as written
// and can never end a statement, start a new one or reach Mermaid's directives.
import { oneLine } from "../../_lib/markdown.ts";
import { printable, shorten } from "../../_lib/plainText.ts";

/**
 * Characters with a meaning somewhere in Mermaid: ":" ends a gantt task's text,
 * "#…;" is an entity code, ";" ends a statement, `"` ends a pie label, "%%"
 * starts a comment or an `%%{init}%%` directive, "<>&" are HTML to the
 * sanitiser, braces open blocks, "`" fences the Markdown around the diagram,
 * and "ﬂ" and "¶" start Mermaid's own placeholders for entity codes ("ﬂ°°…¶ß").
 */
const SPECIAL = /[:#;"%<>&{}`ﬂ¶]/g;

/**
 * A word Mermaid reads as a keyword at the start of a gantt line (`section`,
 * `title`, `click`, `excludes`…) or a date it reads as one: the first character
 * of such a text is written as an entity code.
 */
const LINE_KEYWORD = /^(?:acc|call|click|gantt|href|section|title|date|axis|tick|includes|excludes|inclusive|today|top|week|pie|show|\d{4}-)/i;

/** The longest label the diagrams show; Mermaid does not wrap, so longer ones run off the chart. */
export const MAX_LABEL = 60;

/**
 * Writes plan text as one line of literal Mermaid text: white space and line
 * breaks collapsed, control characters replaced, long text shortened with an
 * ellipsis, and every special character written as a numeric entity code
 * (`#58;` for ":"), which Mermaid shows as the character itself.
 */
export function mermaidText(text: unknown, max = MAX_LABEL): string {
  const line = shorten(printable(oneLine(String(text ?? ""))), max) || "untitled";
  const escaped = line.replace(SPECIAL, entity);
  return LINE_KEYWORD.test(escaped) ? `${entity(escaped[0]!)}${escaped.slice(1)}` : escaped;
}

function entity(character: string): string {
  return `#${character.codePointAt(0)};`;
}
