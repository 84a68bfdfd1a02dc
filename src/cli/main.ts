#!/usr/bin/env node
// The `careerplan` command: the one place that touches the file system and
// the clock; everything else is runCli and the library's pure functions.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createInterface, type Interface } from "node:readline/promises";
import type { CliIo } from "./io.ts";
import { runCli } from "./runCli.ts";

/** Init's questions, when stdin and stdout are a terminal: one readline interface, opened at the first question. */
function terminalQuestions(): { ask?: (question: string) => Promise<string>; close(): void } {
  if (process.stdin.isTTY !== true || process.stdout.isTTY !== true) return { close() {} };
  let terminal: Interface | undefined;
  // Its lines are read as a stream, so answers typed (or pasted) ahead of their question are kept, not lost.
  let typed: AsyncIterator<string> | undefined;
  return {
    async ask(question) {
      terminal ??= createInterface({ input: process.stdin, output: process.stdout });
      typed ??= terminal[Symbol.asyncIterator]();
      terminal.setPrompt(question);
      terminal.prompt();
      const line = await typed.next();
      return line.done ? "" : line.value;
    },
    close: () => terminal?.close(),
  };
}

async function main(): Promise<number> {
  const questions = terminalQuestions();
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
    ...(questions.ask ? { ask: questions.ask } : {}),
  };
  try {
    return await runCli(process.argv.slice(2), io);
  } finally {
    questions.close();
  }
}

// `careerplan schedule plan.json | head -1`: the reader closed the pipe, which ends the output, not the program with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main();
