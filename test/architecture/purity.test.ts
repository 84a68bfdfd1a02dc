// Pure means pure: no module-level state a call could leave behind for the
// next one. Scans all of src/ for module-level `let`/`var`, exported mutable
// bindings, caches keyed by input objects (WeakMap/WeakRef), and module-level
// constants that a function body writes to (a shared buffer). The one
// exception is a lazily built index of the library's own constant data.
import { describe, expect, it } from "vitest";
import { sourceFiles } from "./sourceFiles.ts";

/** Lazily built indexes of the library's own constant data: allowed, each marked by a comment in its file. */
const ALLOWED = new Set(["src/occupations/catalog.ts: module-level let cache"]);

// src/smart keeps no state since issue 14 part 2 (the smart branch): it is held to the same rule.
const KNOWN_IN_SMART = new Set<string>();

const MUTATORS = String.raw`(?:(?:\.[A-Za-z_$][\w$]*|\[[^\]]*\])*\s*(?:[-+*/|&]?=(?!=)|\+\+|--)|(?:\.[A-Za-z_$][\w$]*|\[[^\]]*\])*\.(?:push|pop|shift|unshift|splice|set|add|delete|clear|fill|sort|reverse)\()`;

function offenders(path: string, code: string): string[] {
  const found: string[] = [];
  const lines = code.split("\n");
  const constants: string[] = [];
  for (const line of lines) {
    let match = /^(?:export\s+)?(let|var)\s+([A-Za-z_$][\w$]*)/.exec(line);
    if (match) found.push(`${path}: module-level ${match[1]} ${match[2]}`);
    match = /^(?:export\s+)?const\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*(?!\/\*\s*@__PURE__\s*\*\/\s*Object\.freeze|Object\.freeze)(.*)$/.exec(line);
    // Primitives and regular expressions cannot be written to; frozen values are skipped by the pattern.
    if (match && !/^(?:["'`\d-]|true|false|\/)/.test(match[2]!.trim())) constants.push(match[1]!);
    const weak = /^(?:export\s+)?const\s+([A-Za-z_$][\w$]*)[^=]*=\s*new\s+Weak(?:Map|Set|Ref)\b/.exec(line);
    if (weak) found.push(`${path}: cache keyed by input objects (WeakMap) ${weak[1]}`);
  }
  // A module-level constant written to inside a function body (an indented line) is state shared between calls.
  for (const name of constants) {
    const written = new RegExp(String.raw`^\s+.*(?<![\w$.])${name.replace(/\$/g, "\\$")}${MUTATORS}`);
    if (!lines.some((line) => written.test(line))) continue;
    const exported = new RegExp(String.raw`^export\s+const\s+${name}\b`).test(code.split("\n").find((line) => new RegExp(String.raw`const\s+${name}\b`).test(line)) ?? "");
    found.push(exported ? `${path}: exported mutable object ${name}, written by a function` : `${path}: module-level ${name}, written by a function`);
  }
  return found;
}

describe("purity (no module-level mutable state in src/)", () => {
  const all = sourceFiles().flatMap(({ path, code }) => offenders(path, code));

  it("finds no module-level mutable state outside the allowed lazily built index and the known src/smart cases", () => {
    expect(all.filter((offender) => !ALLOWED.has(offender) && !KNOWN_IN_SMART.has(offender))).toEqual([]);
  });

  it("lists the known src/smart offenders only while they exist (remove each from the list once fixed)", () => {
    const present = new Set(all);
    expect([...KNOWN_IN_SMART].filter((offender) => !present.has(offender))).toEqual([]);
  });

  it("detects a shared buffer, a module-level let and a WeakMap cache", () => {
    const code = ["const buffer = { count: 0 };", "let last = 0;", "const cache = new WeakMap();", "export function f() {", "  buffer.count = 1;", "}"].join("\n");
    expect(offenders("x.ts", code)).toEqual(["x.ts: module-level let last", "x.ts: cache keyed by input objects (WeakMap) cache", "x.ts: module-level buffer, written by a function"]);
  });
});
