// RFC 5545 text rules: TEXT value escaping (section 3.3.11) and content-line
// folding (section 3.1), kept apart from the calendar layout in toICalendar.

/** The longest a physical line may be, in UTF-8 octets, not counting CRLF. */
export const MAX_LINE_OCTETS = 75;

// One character (or CRLF) per match, no nested quantifiers: linear time.
const SPECIAL = /[\\;,]|\r\n?|\n|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * Escapes a TEXT value: backslash, semicolon and comma get a backslash, every
 * line break (CRLF, CR or LF) becomes `\n`, and other control characters,
 * which TEXT does not allow, are dropped (a tab stays).
 */
export function escapeText(text: string): string {
  return text.replace(SPECIAL, escapeOne);
}

function escapeOne(match: string): string {
  if (match === "\\" || match === ";" || match === ",") return `\\${match}`;
  if (match[0] === "\r" || match === "\n") return "\\n";
  return "";
}

/**
 * Folds a content line into physical lines of at most 75 octets joined by
 * CRLF and one space, never cutting through a character's UTF-8 bytes.
 */
export function foldLine(line: string): string {
  if (!NON_ASCII.test(line)) return foldAscii(line);
  const pieces: string[] = [];
  let pieceStart = 0;
  let octets = 0;
  let index = 0;
  while (index < line.length) {
    const codePoint = line.codePointAt(index)!;
    const size = utf8Length(codePoint);
    if (octets + size > MAX_LINE_OCTETS) {
      pieces.push(line.slice(pieceStart, index));
      pieceStart = index;
      // The leading space of a continuation line counts towards its 75 octets.
      octets = 1;
    }
    octets += size;
    index += codePoint > 0xffff ? 2 : 1;
  }
  pieces.push(line.slice(pieceStart));
  return pieces.join("\r\n ");
}

/** One octet per character: cut every 75 characters, then every 74 after the leading space. */
function foldAscii(line: string): string {
  if (line.length <= MAX_LINE_OCTETS) return line;
  const pieces = [line.slice(0, MAX_LINE_OCTETS)];
  for (let start = MAX_LINE_OCTETS; start < line.length; start += MAX_LINE_OCTETS - 1) pieces.push(line.slice(start, start + MAX_LINE_OCTETS - 1));
  return pieces.join("\r\n ");
}

/** Octets of one code point in UTF-8 (a lone surrogate becomes U+FFFD: 3 octets). */
function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}
