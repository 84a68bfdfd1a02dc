// Runs a documentation example as a program and records the value of each
// statement a `//=>` comment tells about, so a test can compare the two.
import { transform } from "esbuild";
import { createRequire } from "node:module";
import ts from "typescript";
import { type ExpectedValue, expectedValue, resultComments } from "./resultComments.ts";

/** A `//=>` comment of an example and what the statement it tells about returned. */
export interface ResultCheck {
  /** 0-based line of the example the comment is on. */
  line: number;
  /** The statement's expression as written; undefined when the comment follows no expression statement. */
  expression: string | undefined;
  /** What the comment says; undefined when no start of its text is a value. */
  expected: ExpectedValue | undefined;
  /** Whether the statement ran (a statement in a branch not taken does not). */
  ran: boolean;
  actual: unknown;
}

export interface RunExampleOptions {
  /** Modules the example may import by name (`careerplan`); others (`node:fs`) are loaded by Node. */
  modules: Record<string, object>;
  /** Names in scope when the example imports nothing of `careerplan`, as a reader is told they are. */
  scope: Record<string, unknown>;
  /** The module names whose import means the example brings its own names (`careerplan`, `careerplan/…`). */
  ownsImports: (specifier: string) => boolean;
}

const nodeRequire = createRequire(import.meta.url);

/** Runs a TypeScript example and returns one check per `//=>` comment; throws what the example throws. */
export async function runExample(code: string, options: RunExampleOptions): Promise<ResultCheck[]> {
  const source = ts.createSourceFile("example.ts", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const comments = resultComments(code);
  const statements = expressionStatements(source);
  const targets = comments.map((comment) => statementFor(comment, statements, source));

  const imports = source.statements.filter(ts.isImportDeclaration);
  const edits: { start: number; end: number; text: string }[] = imports.map((node) => ({ start: node.getStart(), end: node.getEnd(), text: "" }));
  targets.forEach((statement, check) => {
    if (!statement) return;
    const expression = statement.expression.getText(source);
    edits.push({ start: statement.getStart(), end: statement.getEnd(), text: `__record(${check}, (${expression}));` });
  });
  let body = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) body = body.slice(0, edit.start) + edit.text + body.slice(edit.end);

  const bringsOwnNames = imports.some((node) => options.ownsImports((node.moduleSpecifier as ts.StringLiteral).text));
  const names = bringsOwnNames ? [] : Object.keys(options.scope).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
  // The example's own declarations go in an inner block, so they may shadow a name in scope.
  const program = [
    ...imports.map((node) => node.getText(source)),
    "export default async function (__record, __scope) {",
    `  const { ${names.join(", ")} } = __scope;`,
    "  {",
    body,
    "  }",
    "}",
  ].join("\n");
  const { code: js } = await transform(program, { loader: "ts", format: "cjs", target: "es2022" });
  const module = { exports: {} as { default?: (record: (check: number, value: unknown) => void, scope: object) => Promise<void> } };
  const load = (specifier: string) => options.modules[specifier] ?? nodeRequire(specifier);
  new Function("require", "module", "exports", js)(load, module, module.exports);

  const actual = new Map<number, unknown>();
  await module.exports.default!((check, value) => actual.set(check, value), options.scope);
  return comments.map((comment, check) => ({
    line: comment.line,
    expression: targets[check]?.expression.getText(source),
    expected: expectedValue(comment.text),
    ran: actual.has(check),
    actual: actual.get(check),
  }));
}

/** Every expression statement of the example, at any depth (`if (!result.ok) result.issues[0];`). */
function expressionStatements(source: ts.SourceFile): ts.ExpressionStatement[] {
  const found: ts.ExpressionStatement[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isExpressionStatement(node)) found.push(node);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * The statement a `//=>` comment tells about: the one ending on its line, or on
 * the line above when the comment stands alone; the outermost when several end there.
 */
function statementFor(
  comment: { line: number; ownLine: boolean },
  statements: ts.ExpressionStatement[],
  source: ts.SourceFile,
): ts.ExpressionStatement | undefined {
  const line = comment.ownLine ? comment.line - 1 : comment.line;
  const ending = statements.filter((statement) => source.getLineAndCharacterOfPosition(statement.getEnd()).line === line);
  return ending.sort((a, b) => b.getEnd() - a.getEnd() || a.getStart() - b.getStart())[0];
}
