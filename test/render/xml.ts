// A small strict check that a string is well-formed XML of the kind the SVG
// renderer writes (elements, attributes in double quotes, text, the five
// predefined entities and numeric references): the fast check beside the
// browser's DOMParser in test/browser.

const NAME = "[A-Za-z_][\\w.:-]*";
const ATTRIBUTE = `\\s+${NAME}="[^"<&]*(?:&(?:amp|lt|gt|quot|apos|#\\d+|#x[\\da-fA-F]+);[^"<&]*)*"`;
const TAG = new RegExp(`^<(/?)(${NAME})((?:${ATTRIBUTE})*)\\s*(/?)>`);
const TEXT = /^[^<&]+|^&(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);/;
// Characters XML 1.0 forbids anywhere.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first problem in `xml`, or undefined when it is one well-formed element. */
export function xmlProblem(xml: string): string | undefined {
  if (FORBIDDEN.test(xml)) return "a character XML forbids";
  const open: string[] = [];
  let rest = xml.trim();
  let roots = 0;
  while (rest.length > 0) {
    const tag = TAG.exec(rest);
    if (tag) {
      const [whole, closing, name, , selfClosing] = tag;
      if (closing) {
        if (open.pop() !== name) return `</${name}> closes nothing open`;
      } else {
        if (open.length === 0) roots++;
        if (!selfClosing) open.push(name!);
      }
      rest = rest.slice(whole.length);
      continue;
    }
    const text = TEXT.exec(rest);
    if (!text || open.length === 0) return `unexpected text at "${rest.slice(0, 30)}"`;
    rest = rest.slice(text[0].length);
  }
  if (open.length > 0) return `<${open.at(-1)}> is never closed`;
  return roots === 1 ? undefined : `${roots} root elements`;
}
