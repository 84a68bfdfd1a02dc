// Text from a plan file (ids, titles, messages that quote them) reaches the
// terminal through the CLI. Control characters in it could retitle the window
// (ESC ] 0 ; … BEL), recolour or clear the screen, or forge extra linter lines
// (a newline inside an id), and bidi overrides could make a line read other
// than it is. So every piece of outside text is shown with those characters
// written out as `\u001b`, the way JSON would write them.

/** C0 and C1 controls, DEL, and the Unicode bidi embedding/override/isolate marks. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every terminal control character written out as `\uXXXX`; one line, whatever it held. */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
