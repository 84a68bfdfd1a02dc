// Scores checkSmart on the SMARTSpan development set (real goal statements by
// health coaches, labelled for specific and measurable) and prints a Markdown
// table beside the majority-class baseline. Usage: npx tsx scripts/eval-smartspan.ts [--errors]
import { readFileSync } from "node:fs";
import { checkSmart } from "../src/index.ts";

interface Labelled {
  goal: string;
  specific: number;
  measurable: number;
}

const file = new URL("../test/fixtures/smartspan/dev.jsonl", import.meta.url);
const rows: Labelled[] = readFileSync(file, "utf8").split("\n").filter((line) => line.trim() !== "").map((line) => JSON.parse(line) as Labelled);
const showErrors = process.argv.includes("--errors");

console.log(`| criterion | checkSmart accuracy | majority baseline | goals |`);
console.log(`|---|---:|---:|---:|`);
for (const criterion of ["specific", "measurable"] as const) {
  let correct = 0;
  let ones = 0;
  const errors: string[] = [];
  for (const row of rows) {
    // pass = 1; fail and unknown = 0.
    const predicted = checkSmart(row.goal).criteria[criterion].status === "pass" ? 1 : 0;
    if (predicted === row[criterion]) correct++;
    else errors.push(`  label ${row[criterion]}, got ${predicted}: ${row.goal}`);
    ones += row[criterion];
  }
  const baseline = Math.max(ones, rows.length - ones) / rows.length;
  console.log(`| ${criterion} | ${(correct / rows.length).toFixed(3)} | ${baseline.toFixed(3)} | ${rows.length} |`);
  if (showErrors) console.error(`${criterion} errors:\n${errors.join("\n")}`);
}
