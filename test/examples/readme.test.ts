// The README's quick start runs as written (importing `careerplan` by name, as
// the examples do) and prints what its comments say.
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { format, promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { expectedValue, resultComments } from "../docs/resultComments.ts";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const README = readFileSync(`${ROOT}README.md`, "utf8");

function quickStart(): string {
  const section = README.slice(README.indexOf("## Quick start"));
  return /```ts\n([\s\S]*?)```/.exec(section)![1]!;
}

describe("the README's quick start", () => {
  it("is ten lines of code or fewer", () => {
    expect(quickStart().split("\n").filter((line) => line.trim() !== "").length).toBeLessThanOrEqual(10);
  });

  it("runs and prints what its //=> comments say", async () => {
    const code = quickStart();
    // Each //=> comment is read as the TSDoc examples' are; console.log prints it as util.format does.
    const expected = resultComments(code).map((comment) => format(expectedValue(comment.text)?.value));
    mkdirSync(`${ROOT}.tmp`, { recursive: true });
    const file = `${ROOT}.tmp/quick-start-${process.pid}.ts`;
    writeFileSync(file, code);
    try {
      const { stdout } = await run(process.execPath, ["--import", "tsx", file], { cwd: ROOT });
      expect(stdout.trim().split("\n")).toEqual(expected);
    } finally {
      rmSync(file, { force: true });
    }
  }, 30_000);
});
