// Cold import time: how long `await import(x)` takes in a fresh Node process,
// for the built package (dist/, through its own package name) beside its
// dependencies. Each measurement is its own child process, so nothing is cached.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const RUNS = 9;

/** What is imported, in the order printed; `careerplan` resolves to dist/ by self-reference. */
const SUBJECTS = [
  { label: 'import("careerplan")', specifiers: ["careerplan"] },
  { label: 'import("zod")', specifiers: ["zod"] },
  { label: 'import("date-fns/addMonths") (what careerplan loads)', specifiers: ["date-fns/addMonths"] },
  { label: 'import("date-fns") (the whole root, for comparison)', specifiers: ["date-fns"] },
  { label: 'import("careerplan/occupations")', specifiers: ["careerplan/occupations"] },
];

/** Milliseconds one fresh process takes to import `specifiers`. */
function importOnce(specifiers: string[]): number {
  const script = `const start = performance.now(); ${specifiers.map((specifier) => `await import(${JSON.stringify(specifier)});`).join(" ")} console.log(performance.now() - start);`;
  return Number(execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Markdown lines: each subject's median cold import time over RUNS processes, and its ratio to zod's. */
export function coldImportReport(): string[] {
  if (!existsSync(`${ROOT}dist/index.js`)) return ["", "Cold import: run `npm run build` first (it measures the built package)."];
  const times = new Map<string, number[]>(SUBJECTS.map((subject) => [subject.label, []]));
  // Interleaved, so a burst of load on the machine hits every subject alike.
  for (let run = 0; run < RUNS; run += 1) {
    for (const subject of SUBJECTS) times.get(subject.label)!.push(importOnce(subject.specifiers));
  }
  const zod = median(times.get('import("zod")')!);
  const lines = ["", `Cold import, median of ${RUNS} fresh Node processes:`, "", "| import | time | × zod |", "|---|---:|---:|"];
  for (const subject of SUBJECTS) {
    const time = median(times.get(subject.label)!);
    lines.push(`| ${subject.label} | ${time.toFixed(1)} ms | ${(time / zod).toFixed(2)} |`);
  }
  return lines;
}
