// The README's issue-code table and the IssueCode union name the same codes,
// both ways: a code the library can emit is documented, and a documented code exists.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { IssueCode } from "../../src/index.ts";
import { ROOT } from "./sourceFiles.ts";

/** The string literals of `export type IssueCode = | "a" | "b" …;` in src/model/issueCode.ts. */
function unionCodes(): string[] {
  const source = readFileSync(`${ROOT}src/model/issueCode.ts`, "utf8");
  const union = /export type IssueCode =([^;]*);/.exec(source)![1]!;
  return [...union.matchAll(/"([^"]+)"/g)].map((match) => match[1]!).sort();
}

/** Every `code` in the first column of the README's "Issue codes" table. */
function readmeCodes(): string[] {
  const readme = readFileSync(`${ROOT}README.md`, "utf8");
  const section = readme.slice(readme.indexOf("## Issue codes"));
  const table = section.slice(0, section.indexOf("\n## ", 1));
  const codes: string[] = [];
  for (const line of table.split("\n")) {
    const first = /^\|([^|]*)\|/.exec(line)?.[1];
    if (first === undefined) continue;
    for (const match of first.matchAll(/`([a-z]+\/[a-z-]+)`/g)) codes.push(match[1]!);
  }
  return codes.sort();
}

describe("issue codes", () => {
  it("documents every IssueCode in the README's table, and no code the union lacks", () => {
    expect(unionCodes().length).toBeGreaterThan(30);
    expect(readmeCodes()).toEqual(unionCodes());
  });

  it("types Issue.code with the union, so a misspelt code does not compile", () => {
    const code: IssueCode = "allocation/drift";
    // @ts-expect-error -- "allocation/drfit" is not an IssueCode.
    const misspelt: IssueCode = "allocation/drfit";
    expect([code, misspelt]).toHaveLength(2);
  });
});
