#!/usr/bin/env node
// The `careerplan` command: the one place that touches the file system and
// the clock; everything else is runCli and the library's pure functions.
import { readFileSync, writeFileSync } from "node:fs";
import type { CliIo } from "./io.ts";
import { runCli } from "./runCli.ts";

const io: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, "utf8"),
  writeFile: (path, text) => writeFileSync(path, text, "utf8"),
  today: () => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
  },
};

// `careerplan schedule plan.json | head -1`: the reader closed the pipe, which ends the output, not the program with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await runCli(process.argv.slice(2), io);
