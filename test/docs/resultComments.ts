// The `//=> value` convention of the README and the TSDoc examples, read in one
// place: which comments state a result, and what value they state.

/** A `//=>` comment: the line it starts on (0-based) and its text, continuation lines joined. */
export interface ResultComment {
  line: number;
  /** True when the comment stands on a line of its own (it then tells about the statement above). */
  ownLine: boolean;
  text: string;
}

/** The value a `//=>` comment states, and the part of its text that states it. */
export interface ExpectedValue {
  literal: string;
  value: unknown;
}

const RESULT = "//=>";
// A value too long for one line goes on over `//` lines: `//=> [a,` then `//    b]`.
const CONTINUATION = /^\s*\/\/(?!=>)\s?(.*)$/;

/** Every `//=>` comment of a program, in order; a value continued on the `//` lines below is joined to it. */
export function resultComments(code: string): ResultComment[] {
  const lines = code.split("\n");
  const comments: ResultComment[] = [];
  lines.forEach((text, line) => {
    const at = text.indexOf(RESULT);
    if (at === -1) return;
    const parts = [text.slice(at + RESULT.length)];
    for (let next = line + 1; next < lines.length; next++) {
      const continued = CONTINUATION.exec(lines[next]!);
      if (!continued) break;
      parts.push(continued[1]!);
    }
    comments.push({ line, ownLine: text.slice(0, at).trim() === "", text: parts.join("\n").trim() });
  });
  return comments;
}

/**
 * The value a `//=>` comment states: the longest start of its text that is a JS
 * expression and evaluates, so commentary after it (`//=> true (because …)`,
 * `//=> ["a"]: the first checkpoint`, or prose on a following `//` line) is not
 * compared. Undefined when no start of the text is a value.
 */
export function expectedValue(text: string): ExpectedValue | undefined {
  for (let end = text.length; end > 0; end--) {
    if (/\s/.test(text[end - 1]!)) continue;
    const literal = text.slice(0, end);
    let evaluate: () => unknown;
    try {
      // The newline keeps a trailing `// note` from swallowing the parenthesis.
      evaluate = new Function(`"use strict"; return (${literal}\n);`) as () => unknown;
    } catch {
      continue;
    }
    try {
      return { literal, value: evaluate() };
    } catch {
      // `true (because x)` parses as a call; the value is the `true` before it.
      continue;
    }
  }
  return undefined;
}
