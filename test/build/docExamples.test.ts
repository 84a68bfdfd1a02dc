// Every public function and constant carries an @example, and every example
// compiles against the public API: docs that lie fail the suite.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const ENTRIES = { careerplan: "src/index.ts", "careerplan/occupations": "src/occupations/index.ts" };
const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowImportingTsExtensions: true,
  noEmit: true,
  strict: true,
  skipLibCheck: true,
  types: ["node"],
  baseUrl: ROOT,
  paths: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, [file]])),
};

interface PublicExample {
  entry: string;
  name: string;
  kind: "function" | "const" | "type";
  examples: string[];
}

function collectExamples(): { exports: PublicExample[]; names: Map<string, string[]> } {
  const program = ts.createProgram(Object.values(ENTRIES).map((file) => join(ROOT, file)), OPTIONS);
  const checker = program.getTypeChecker();
  const exports: PublicExample[] = [];
  const names = new Map<string, string[]>();
  for (const [entry, file] of Object.entries(ENTRIES)) {
    const source = program.getSourceFile(join(ROOT, file))!;
    const moduleSymbol = checker.getSymbolAtLocation(source);
    const symbols = moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [];
    names.set(entry, symbols.map((symbol) => symbol.name));
    for (const exported of symbols) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const kind = symbol.flags & ts.SymbolFlags.Function ? "function" : symbol.flags & ts.SymbolFlags.Variable ? "const" : "type";
      const examples = symbol
        .getJsDocTags(checker)
        .filter((tag) => tag.name === "example")
        .map((tag) => ts.displayPartsToString(tag.text));
      exports.push({ entry, name: exported.name, kind, examples });
    }
  }
  return { exports, names };
}

function codeOf(example: string): string {
  const fenced = /```(?:ts|typescript)?\n([\s\S]*?)```/.exec(example);
  return fenced ? fenced[1]! : example;
}

const { exports, names } = collectExamples();

describe("API documentation", () => {
  it.each(exports.filter((item) => item.kind !== "type").map((item) => [item.name, item] as const))(
    "%s has an @example",
    (_, item) => {
      expect(item.examples.length).toBeGreaterThan(0);
    },
  );

  it("compiles every @example against the public API", () => {
    const folder = join(ROOT, ".tmp", "doc-examples");
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    const files: string[] = [];
    for (const item of exports) {
      item.examples.forEach((example, index) => {
        const imports = [...names.entries()].map(([entry, list]) => `import { ${list.join(", ")} } from "${entry}";`).join("\n");
        const file = join(folder, `${item.entry.replace("/", "-")}-${item.name}-${index}.ts`);
        const code = codeOf(example);
        // An example that writes its own imports is compiled as it stands.
        writeFileSync(file, /^import /m.test(code) ? `${code}\nexport {};\n` : `${imports}\nexport {};\n${code}\n`);
        files.push(file);
      });
    }
    const program = ts.createProgram(files, { ...OPTIONS, noUnusedLocals: false });
    const errors = ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file && files.includes(diagnostic.file.fileName))
      .map((diagnostic) => {
        const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
        return `${diagnostic.file!.fileName.slice(folder.length + 1)}:${line + 1 - names.size - 1}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`;
      });
    expect(errors).toEqual([]);
  }, 60_000);
});
