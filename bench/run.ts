// Runs every bench/*.bench.ts suite and prints one Markdown table of figures.
// Usage: npm run bench [-- <filter>]   (filter matches suite names)
import { readdirSync } from "node:fs";
import { cpus } from "node:os";
import { Bench } from "tinybench";
import { coldImportReport } from "./coldImport.ts";
import type { BenchRatio, BenchSuite } from "./suite.ts";

const filter = process.argv[2]?.toLowerCase();
const folder = new URL(".", import.meta.url);
// Suites are named after their files, so a filter skips loading (and generating data for) the others.
const files = readdirSync(folder)
  .filter((file) => file.endsWith(".bench.ts") && (!filter || file.toLowerCase().includes(filter)))
  .sort();

console.log(`careerplan benchmarks — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}\n`);
console.log("| suite | task | median | calls/s | items/s |");
console.log("|---|---|---:|---:|---:|");
const ratioLines: string[] = [];

for (const file of files) {
  const { suite } = (await import(new URL(file, folder).href)) as { suite: BenchSuite };
  const bench = new Bench({ name: suite.name, iterations: suite.iterations ?? 10, time: suite.time ?? 500 });
  for (const task of suite.tasks) bench.add(task.name, task.fn);
  await bench.run();
  // Medians, not means: one garbage collection in ten runs of a 200k-goal check moved a mean (and a ratio) by 30%.
  const medians = new Map<string, number>();
  for (const task of suite.tasks) {
    const result = bench.getTask(task.name)?.result;
    if (!result || result.state !== "completed") {
      console.log(`| ${suite.name} | ${task.name} | failed | | |`);
      continue;
    }
    const median = result.latency.p50;
    medians.set(task.name, median);
    const items = task.itemsPerCall ? formatCount((task.itemsPerCall * 1000) / median) : "";
    console.log(`| ${suite.name} | ${task.name} | ${formatTime(median)} | ${formatCount(1000 / median)} | ${items} |`);
  }
  for (const ratio of suite.ratios ?? []) {
    const [top, bottom] = ratio.alternate ? alternateMedians(suite, ratio) : [medians.get(ratio.numerator), medians.get(ratio.denominator)];
    if (top === undefined || bottom === undefined) continue;
    const how = ratio.alternate ? " (timed in alternation)" : "";
    ratioLines.push(`| ${suite.name} | ${ratio.label}${how} | ${(top / bottom).toFixed(2)} | ${ratio.target ?? ""} |`);
  }
}

if (ratioLines.length > 0) {
  console.log("\n| suite | ratio | value | target |\n|---|---|---:|---|");
  for (const line of ratioLines) console.log(line);
}

// Cold import of the built package against zod's: child processes, not a tinybench suite.
if (!filter || "cold import".includes(filter)) {
  for (const line of coldImportReport()) console.log(line);
}

/** Medians of the two tasks of `ratio` timed in turn: two warm-up rounds, then nine measured ones. */
function alternateMedians(suite: BenchSuite, ratio: BenchRatio): [number | undefined, number | undefined] {
  const numerator = suite.tasks.find((task) => task.name === ratio.numerator);
  const denominator = suite.tasks.find((task) => task.name === ratio.denominator);
  if (!numerator || !denominator) return [undefined, undefined];
  const times: [number[], number[]] = [[], []];
  for (let round = 0; round < 11; round++) {
    [numerator, denominator].forEach((task, side) => {
      const start = performance.now();
      task.fn();
      if (round >= 2) times[side]!.push(performance.now() - start);
    });
  }
  const median = (list: number[]) => list.sort((a, b) => a - b)[list.length >> 1]!;
  return [median(times[0]), median(times[1])];
}

function formatTime(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 1) return `${ms.toFixed(1)} ms`;
  return `${(ms * 1000).toFixed(2)} µs`;
}

function formatCount(perSecond: number): string {
  return Math.round(perSecond).toLocaleString("en-US");
}
