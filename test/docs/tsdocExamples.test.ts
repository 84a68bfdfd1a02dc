// Every `@example` of the API reference runs as written, and each `//=>`
// comment in it says what the statement before it returns: an example whose
// output went stale fails here, naming the file, the export and the line.
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as careerplan from "../../src/index.ts";
import * as occupations from "../../src/occupations/index.ts";
import { runExample } from "./runExample.ts";
import { type TsdocExample, tsdocExamples } from "./tsdocExamples.ts";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));

// Examples that cannot run by design, with the reason; keep this list short.
// Keys are `<file under src> <export> <n>`, as in the test names.
const NOT_RUN: Record<string, string> = {};

interface SourceExample extends TsdocExample {
  file: string;
}

const examples: SourceExample[] = (readdirSync(SRC, { recursive: true, encoding: "utf8" }) as string[])
  .filter((file) => file.endsWith(".ts"))
  .sort()
  .flatMap((file) => tsdocExamples(readFileSync(`${SRC}${file}`, "utf8")).map((example) => ({ file, ...example })));

const key = (example: SourceExample) => `${example.file} ${example.exportName} ${example.index}`;

describe("the TSDoc examples", () => {
  it("are found in the sources (one or more per public function)", () => {
    expect(examples.length).toBeGreaterThan(100);
    expect(examples.some((example) => example.file === "vision/createPlan.ts" && example.exportName === "createPlan")).toBe(true);
  });

  it("skip only examples that exist", () => {
    const keys = new Set(examples.map(key));
    expect(Object.keys(NOT_RUN).filter((skipped) => !keys.has(skipped))).toEqual([]);
  });

  for (const example of examples) {
    const name = `${example.file.replace(/\\/g, "/")} ${example.exportName} example ${example.index} returns what its //=> comments say`;
    const skipped = NOT_RUN[key(example)];
    it.skipIf(skipped !== undefined)(name, async () => {
      // The file's own exports are in scope too, so an internal helper's example runs as well.
      const own = (await import(`${SRC}${example.file}`)) as Record<string, unknown>;
      const checks = await runExample(example.code, {
        modules: { careerplan, "careerplan/occupations": occupations },
        scope: { ...careerplan, ...occupations, ...own },
        ownsImports: (specifier) => specifier === "careerplan" || specifier.startsWith("careerplan/"),
      });
      for (const check of checks) {
        const where = `src/${example.file}:${example.line + check.line}`;
        expect.soft(check.expression, `${where}: the //=> comment follows no expression statement`).toBeDefined();
        expect.soft(check.expected, `${where}: the //=> comment states no value`).toBeDefined();
        expect.soft(check.ran, `${where}: ${check.expression} did not run`).toBe(true);
        if (check.expected) expect.soft(check.actual, `${where}: ${check.expression}`).toEqual(check.expected.value);
      }
    });
  }
});
