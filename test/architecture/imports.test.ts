// The layers of ARCHITECTURE.md, enforced: model and _lib at the bottom, rules
// above them, the areas above rules (reaching other areas only through their
// index.ts), the CLI on the public API alone; zod only in the model, date-fns
// only in _lib.
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { sourceFiles } from "./sourceFiles.ts";

const IMPORT = /(?:^|\n)\s*(import|export)(\s+type)?\s[^;]*?from\s+"([^"]+)"/g;

/** "_lib", "model", "rules", "cli", "index" (src/index.ts) or the area's folder name. */
function layerOf(path: string): string {
  const [, top, second] = path.split("/");
  return second === undefined ? "index" : top!;
}

/** Why the import of `target` (resolved path or package) from `path` breaks the layers, or undefined. */
function violation(path: string, target: string, typeOnly: boolean): string | undefined {
  const from = layerOf(path);
  if (!target.startsWith("src/")) {
    if (target === "zod") return from === "model" ? undefined : "zod belongs to the model (parsePlan, the schemas)";
    if (target.startsWith("date-fns") || target.startsWith("@date-fns/")) return from === "_lib" ? undefined : "date-fns is used through src/_lib/dates.ts";
    if (target.startsWith("node:")) return from === "cli" ? undefined : "only the CLI may use Node's modules";
    if (from === "cli" && (target === "package.json" || target.startsWith("examples/"))) return undefined;
    return `unexpected import ${target}`;
  }
  const to = layerOf(target);
  const isIndex = target.endsWith("/index.ts");
  switch (from) {
    case "index":
      return isIndex ? undefined : "src/index.ts re-exports area index files only";
    case "cli":
      return to === "cli" || target === "src/index.ts" || target === "src/occupations/index.ts" ? undefined : "the CLI imports the public API only (src/index.ts)";
    case "_lib":
      return to === "_lib" || (to === "model" && typeOnly) ? undefined : "_lib imports _lib, and model types only";
    case "model":
      return to === "model" || to === "_lib" ? undefined : "model imports model and _lib only";
    case "rules":
      return ["rules", "model", "_lib"].includes(to) ? undefined : "rules import rules, model and _lib only";
    default:
      if (to === from || ["rules", "model", "_lib"].includes(to)) return undefined;
      if (to === "cli" || to === "index") return "areas do not import the CLI or the root";
      return isIndex ? undefined : `another area's internals: import ${to}/index.ts instead`;
  }
}

describe("import rules (ARCHITECTURE.md)", () => {
  it("finds the source files to check", () => {
    expect(sourceFiles().length).toBeGreaterThan(50);
  });

  it("has every import of src/ follow the layers", () => {
    const broken: string[] = [];
    for (const { path, code } of sourceFiles()) {
      for (const match of code.matchAll(IMPORT)) {
        const specifier = match[3]!;
        const target = specifier.startsWith(".") ? normalize(join(dirname(path), specifier)).replace(/\\/g, "/") : specifier;
        const why = violation(path, target, match[2] !== undefined);
        if (why !== undefined) broken.push(`${path} → ${specifier}: ${why}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("flags a rule importing an area, and the CLI importing an area directly", () => {
    expect(violation("src/rules/bucket.ts", "src/allocation/index.ts", false)).toBeDefined();
    expect(violation("src/cli/demo.ts", "src/alignment/index.ts", false)).toBeDefined();
    expect(violation("src/alignment/internal/effort.ts", "src/allocation/apportion.ts", false)).toBeDefined();
    expect(violation("src/alignment/internal/effort.ts", "src/allocation/index.ts", false)).toBeUndefined();
    expect(violation("src/smart/checkSmart.ts", "zod", false)).toBeDefined();
  });
});
