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

interface ImportTime {
  /** Wall-clock milliseconds: what a user waits. */
  wall: number;
  /** CPU milliseconds (user + system): steadier than wall time on a busy machine. */
  cpu: number;
}

/** How long one fresh process takes to import `specifiers`. */
function importOnce(specifiers: string[]): ImportTime {
  const imports = specifiers.map((specifier) => `await import(${JSON.stringify(specifier)});`).join(" ");
  const script = `const start = performance.now(); const cpu = process.cpuUsage(); ${imports} const used = process.cpuUsage(cpu); console.log(JSON.stringify({ wall: performance.now() - start, cpu: (used.user + used.system) / 1000 }));`;
  return JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" })) as ImportTime;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Markdown lines: each subject's median cold import time over RUNS processes, and its ratio to zod's. */
export function coldImportReport(): string[] {
  if (!existsSync(`${ROOT}dist/index.js`)) return ["", "Cold import: run `npm run build` first (it measures the built package)."];
  const times = new Map<string, ImportTime[]>(SUBJECTS.map((subject) => [subject.label, []]));
  // Interleaved, so a burst of load on the machine hits every subject alike.
  for (let run = 0; run < RUNS; run += 1) {
    for (const subject of SUBJECTS) times.get(subject.label)!.push(importOnce(subject.specifiers));
  }
  const medians = (label: string) => {
    const runs = times.get(label)!;
    return { wall: median(runs.map((run) => run.wall)), cpu: median(runs.map((run) => run.cpu)) };
  };
  const zod = medians('import("zod")');
  const lines = ["", `Cold import, median of ${RUNS} fresh Node processes:`, "", "| import | wall | × zod | CPU | × zod |", "|---|---:|---:|---:|---:|"];
  for (const subject of SUBJECTS) {
    const time = medians(subject.label);
    lines.push(`| ${subject.label} | ${time.wall.toFixed(1)} ms | ${(time.wall / zod.wall).toFixed(2)} | ${time.cpu.toFixed(1)} ms | ${(time.cpu / zod.cpu).toFixed(2)} |`);
  }
  return lines;
}
