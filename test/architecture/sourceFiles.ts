// Reads src/ for the architecture tests: every TypeScript file, its text with
// comments blanked (so TSDoc examples that import "careerplan" are not imports).
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface SourceFile {
  /** Path from the repository root, e.g. "src/alignment/checkAlignment.ts". */
  path: string;
  /** The file's text with comments replaced by spaces (line breaks kept, so line numbers hold). */
  code: string;
}

export function sourceFiles(folder = "src"): SourceFile[] {
  const files: SourceFile[] = [];
  for (const entry of readdirSync(`${ROOT}${folder}`, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".ts")) continue;
    const path = `${entry.parentPath.slice(ROOT.length)}/${entry.name}`.replace(/\\/g, "/");
    files.push({ path, code: withoutComments(readFileSync(`${ROOT}${path}`, "utf8")) });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** Blanks block and line comments, leaving strings alone (a small scanner: quotes, template literals, comments). */
function withoutComments(text: string): string {
  let out = "";
  for (let index = 0; index < text.length; ) {
    const char = text[index]!;
    const next = text[index + 1];
    if (char === "/" && next === "*") {
      const end = text.indexOf("*/", index + 2);
      const stop = end === -1 ? text.length : end + 2;
      out += text.slice(index, stop).replace(/[^\n]/g, " ");
      index = stop;
    } else if (char === "/" && next === "/") {
      const end = text.indexOf("\n", index);
      const stop = end === -1 ? text.length : end;
      out += " ".repeat(stop - index);
      index = stop;
    } else if (char === '"' || char === "'" || char === "`") {
      let stop = index + 1;
      while (stop < text.length && text[stop] !== char) stop += text[stop] === "\\" ? 2 : 1;
      out += text.slice(index, stop + 1);
      index = stop + 1;
    } else {
      out += char;
      index++;
    }
  }
  return out;
}
