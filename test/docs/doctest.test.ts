// The machinery that runs the documentation's examples reads them as a reader
// would: these cases pin down how a `//=>` comment, an `@example` block and the
// statement a comment tells about are found.
import { describe, expect, it } from "vitest";
import { expectedValue, resultComments } from "./resultComments.ts";
import { runExample } from "./runExample.ts";
import { tsdocExamples } from "./tsdocExamples.ts";

describe("expectedValue", () => {
  it("reads a literal of any shape", () => {
    expect(expectedValue('[{ id: "g1", done: true }, null, undefined, -1.5]')?.value).toEqual([{ id: "g1", done: true }, null, undefined, -1.5]);
  });

  it("compares only the literal before the commentary", () => {
    expect(expectedValue("true (a Mermaid gantt follows)")?.value).toBe(true);
    expect(expectedValue("0.4 (why and when answered; what, where and who missing)")?.value).toBe(0.4);
    expect(expectedValue('["a", "b"]: the 1-year and 3-year checkpoints')?.value).toEqual(["a", "b"]);
    expect(expectedValue('"not a calendar date" (at path ["goals", 0, "dueDate"])')?.literal).toBe('"not a calendar date"');
  });

  it("states no value for prose", () => {
    expect(expectedValue("a list of the goals")).toBeUndefined();
  });
});

describe("resultComments", () => {
  it("joins a value continued on the // lines below", () => {
    const code = 'f();\n//=> ["a",\n//    "b"]\ng(); //=> 1\n';
    expect(resultComments(code)).toEqual([
      { line: 1, ownLine: true, text: '["a",\n   "b"]' },
      { line: 3, ownLine: false, text: "1" },
    ]);
  });
});

describe("tsdocExamples", () => {
  it("finds each fenced block of each @example, named after the declaration", () => {
    const source = [
      "/**",
      " * Adds.",
      " *",
      " * @example Small numbers",
      " * ```ts",
      " * add(1, 2); //=> 3",
      " * ```",
      " * ```json",
      " * { \"not\": \"run\" }",
      " * ```",
      " * @example",
      " * ```ts",
      " * add(2, 2); //=> 4",
      " * ```",
      " * @category Maths",
      " */",
      "export function add(a: number, b: number): number {",
      "  return a + b;",
      "}",
    ].join("\n");
    expect(tsdocExamples(source)).toEqual([
      { exportName: "add", index: 1, line: 6, code: "add(1, 2); //=> 3\n" },
      { exportName: "add", index: 2, line: 13, code: "add(2, 2); //=> 4\n" },
    ]);
  });

  it("takes an @example without a fence as one block, as TypeDoc shows it", () => {
    const source = "/**\n * @example\n * twice(2); //=> 4\n *   // indented stays indented\n */\nexport const twice = (n: number) => 2 * n;\n";
    expect(tsdocExamples(source)).toEqual([{ exportName: "twice", index: 1, line: 3, code: "twice(2); //=> 4\n  // indented stays indented\n" }]);
  });
});

describe("runExample", () => {
  const options = { modules: {}, scope: { twice: (n: number) => 2 * n }, ownsImports: (specifier: string) => specifier === "lib" };

  it("records the statement each //=> comment tells about, on its line or the line above", async () => {
    const code = "const n: number = 3;\ntwice(n); //=> 6\n[1, 2]\n  .map(twice);\n//=> [2, 4]\nif (n > 5) twice(n); //=> 0\n";
    const checks = await runExample(code, options);
    expect(checks.map(({ expression, ran, actual }) => ({ expression, ran, actual }))).toEqual([
      { expression: "twice(n)", ran: true, actual: 6 },
      { expression: "[1, 2]\n  .map(twice)", ran: true, actual: [2, 4] },
      { expression: "twice(n)", ran: false, actual: undefined },
    ]);
  });

  it("lets the example declare a name that is also in scope", async () => {
    const [check] = await runExample("const twice = 5;\ntwice; //=> 5\n", options);
    expect(check?.actual).toBe(5);
  });

  it("finds no statement for a comment after a declaration", async () => {
    const [check] = await runExample("const x = twice(2); //=> 4\n", options);
    expect(check?.expression).toBeUndefined();
  });

  it("gives an example that imports the library only what it imports", async () => {
    const code = 'import { half } from "lib";\nhalf(4); //=> 2\ntypeof twice; //=> "undefined"\n';
    const checks = await runExample(code, { ...options, modules: { lib: { half: (n: number) => n / 2 } } });
    expect(checks.map((check) => check.actual)).toEqual([2, "undefined"]);
  });

  it("awaits what the example awaits", async () => {
    const [check] = await runExample("const n = await Promise.resolve(4);\ntwice(n); //=> 8\n", options);
    expect(check?.actual).toBe(8);
  });

  it("throws what the example throws", async () => {
    await expect(runExample("twice(1);\nthrow new RangeError('no');\n", options)).rejects.toThrow(RangeError);
  });
});
