// Private: writing SVG by hand: escaped text and attributes, numbers that
// print the same everywhere, and a text width estimate for the layout.
import { oneLine } from "../../_lib/markdown.ts";
import { printable } from "../../_lib/plainText.ts";

// Attributes are always written in double quotes, so "'" needs no escape.
const XML_SPECIAL: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Plan text as XML character data or an attribute value: one line, control characters replaced, specials escaped. */
export function xmlText(text: unknown): string {
  return printable(oneLine(String(text ?? ""))).replace(/[&<>"]/g, (character) => XML_SPECIAL[character]!);
}

/** A coordinate: one decimal at most, never "-0" or an exponent. */
export function coordinate(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return rounded === 0 ? "0" : String(rounded);
}

/** An element; attribute values are written as given (numbers through {@link coordinate}), so escape text first. */
export function element(name: string, attributes: Record<string, string | number | undefined>, content?: string): string {
  const written = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${typeof value === "number" ? coordinate(value) : value}"`)
    .join("");
  return content === undefined ? `<${name}${written}/>` : `<${name}${written}>${content}</${name}>`;
}

// Wide (CJK, full-width, emoji) characters take about one em; Latin text about 0.58 em in a sans-serif face.
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{1F300}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;

/**
 * The width `text` takes at `fontSize`, estimated without fonts (the same on
 * every machine): generous, so labels placed apart do not touch.
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const character of text) ems += WIDE.test(character) ? 1 : 0.58;
  return ems * fontSize;
}
