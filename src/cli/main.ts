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

process.exitCode = runCli(process.argv.slice(2), io);
