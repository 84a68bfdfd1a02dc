// RFC 5545 text rules: TEXT value escaping (section 3.3.11) and content-line
// folding (section 3.1), kept apart from the calendar layout in toICalendar.

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Escapes a TEXT value: backslash, semicolon and comma get a backslash, every
 * line break (CRLF, CR or LF) becomes `\n`, and other control characters,
 * which TEXT does not allow, are dropped (a tab stays).
 */
export function escapeText(text: string): string {
  // Backslashes first, so the ones written for line breaks stay single.
  return text
    .replace(/[\\;,]/g, "\\$&")
    .replace(/\r\n?|\n/g, "\\n")
    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, "");
}

/**
 * Folds a content line into physical lines of at most 75 octets joined by
 * CRLF and one space, never cutting through a character's UTF-8 bytes.
 */
export function foldLine(line: string): string {
  if (!NON_ASCII.test(line)) return foldAscii(line);
  let folded = "";
  let start = 0;
  let octets = 0;
  for (let index = 0; index < line.length; ) {
    const code = line.codePointAt(index)!;
    // UTF-8 octets; a lone surrogate is written as U+FFFD, 3 octets.
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (octets + size > 75) {
      folded += `${line.slice(start, index)}\r\n `;
      start = index;
      // The leading space of a continuation line counts towards its 75 octets.
      octets = 1;
    }
    octets += size;
    // A code point above U+FFFF takes two UTF-16 units; stepping over both never splits the pair.
    index += size === 4 ? 2 : 1;
  }
  return folded + line.slice(start);
}

/** ASCII, the usual case, is one octet per character: cut every 75, then every 74 after the leading space. */
function foldAscii(line: string): string {
  let folded = line.slice(0, 75);
  for (let start = 75; start < line.length; start += 74) folded += `\r\n ${line.slice(start, start + 74)}`;
  return folded;
}
