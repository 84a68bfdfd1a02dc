#!/usr/bin/env node
// The `careerplan` command: the one place that touches the file system and
// the clock; everything else is runCli and the library's pure functions.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createInterface, type Interface } from "node:readline/promises";
import type { CliIo } from "./io.ts";
import { runCli } from "./runCli.ts";

// One readline interface for all of init's questions, opened at the first one, closed at the end. Its
// lines are read as a stream, so answers typed (or pasted) ahead of their question are kept, not lost.
let terminal: Interface | undefined;
let typed: AsyncIterator<string> | undefined;
const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;

async function ask(question: string): Promise<string> {
  terminal ??= createInterface({ input: process.stdin, output: process.stdout });
  typed ??= terminal[Symbol.asyncIterator]();
  terminal.setPrompt(question);
  terminal.prompt();
  const line = await typed.next();
  return line.done ? "" : line.value;
}

const io: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, "utf8"),
  writeFile: (path, text) => writeFileSync(path, text, "utf8"),
  today: () => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
  },
  exists: (path) => existsSync(path),
  ...(interactive ? { ask } : {}),
};

// `careerplan schedule plan.json | head -1`: the reader closed the pipe, which ends the output, not the program with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

try {
  process.exitCode = await runCli(process.argv.slice(2), io);
} finally {
  terminal?.close();
}
