// Private: user text made safe to print anywhere (Markdown, Mermaid, SVG, a
// terminal) and short enough to label a picture.

// C0 and C1 control characters except tab, line feed and carriage return (white
// space, collapsed by the callers), DEL, and the two non-characters XML forbids.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
// Half of a surrogate pair without its other half: not a character, and not valid XML or UTF-8.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `text` with every control character (NUL, ESC, DEL, C1…) and lone surrogate
 * replaced by U+FFFD, the replacement character: it shows that something was
 * there, and nothing can retitle a terminal or break an XML parser.
 */
export function printable(text: string): string {
  return text.replace(CONTROL, "\uFFFD").replace(LONE_SURROGATE, "\uFFFD");
}

/**
 * `text` cut to at most `max` characters (code points, so no emoji is split),
 * at the last word that fits when one ends past half-way, with an ellipsis.
 */
export function shorten(text: string, max: number): string {
  // No longer in UTF-16 units than `max` means no longer in characters either.
  if (text.length <= max) return text;
  const characters = Array.from(text);
  if (characters.length <= max) return text;
  const head = characters.slice(0, max - 1).join("");
  const space = head.lastIndexOf(" ");
  const cut = space > head.length / 2 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,;:.–-]+$/, "")}…`;
}
