// Scores checkSmart and parseDeadline on the labelled sets and prints Markdown
// tables beside the majority-class baseline:
// - the career corpus (test/fixtures/smart-corpus.json), its tune part and its
//   held-out part, per criterion (specific, measurable, time-bound) and for the
//   overall verdict (all three pass);
// - SMARTSpan's development set (test/fixtures/smartspan/dev.jsonl, a copy of
//   ../shared/eval/smartspan/dev.jsonl), specific and measurable;
// - the deadline phrase table (test/fixtures/deadline-phrases.json).
// A verdict of pass counts as 1; fail and unknown count as 0.
// Usage: npx tsx scripts/eval-smart.ts [--errors] [--held-out-errors]
// (--errors lists the misses of every set but the held-out part, which is
// scored, not read, while rules are tuned.)
import { readFileSync } from "node:fs";
import { checkSmart, parseDeadline, type DateOrder } from "../src/index.ts";

interface CareerGoal {
  text: string;
  specific: boolean;
  measurable: boolean;
  timeBound: boolean;
  reason: string;
}
interface Corpus {
  asOf: string;
  tune: CareerGoal[];
  heldOut: CareerGoal[];
}
interface Phrase {
  text: string;
  asOf?: string;
  dateOrder?: DateOrder;
  expected: string | null;
}

const fixture = (name: string) => readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url), "utf8");
const corpus = JSON.parse(fixture("smart-corpus.json")) as Corpus;
const smartspan = fixture("smartspan/dev.jsonl")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as { goal: string; specific: number; measurable: number });
const phrases = (JSON.parse(fixture("deadline-phrases.json")) as { phrases: Phrase[] }).phrases;
const showErrors = process.argv.includes("--errors");
const showHeldOutErrors = process.argv.includes("--held-out-errors");

type Row = { text: string; labels: Record<string, boolean>; predicted: Record<string, boolean> };

function table(title: string, rows: readonly Row[], criteria: readonly string[], listErrors = showErrors): void {
  console.log(`\n### ${title} (${rows.length} statements)\n`);
  console.log("| criterion | checkSmart accuracy | majority baseline |");
  console.log("|---|---:|---:|");
  for (const criterion of criteria) {
    let correct = 0;
    let positives = 0;
    const errors: string[] = [];
    for (const row of rows) {
      if (row.predicted[criterion] === row.labels[criterion]) correct++;
      else errors.push(`  label ${row.labels[criterion] ? "pass" : "fail"}, got ${row.predicted[criterion] ? "pass" : "fail"}: ${row.text}`);
      if (row.labels[criterion]) positives++;
    }
    const baseline = Math.max(positives, rows.length - positives) / rows.length;
    console.log(`| ${criterion} | ${(correct / rows.length).toFixed(3)} | ${baseline.toFixed(3)} |`);
    if (listErrors && errors.length > 0) console.error(`${title}, ${criterion} errors:\n${errors.join("\n")}`);
  }
}

function careerRows(goals: readonly CareerGoal[]): Row[] {
  return goals.map((goal) => {
    const { criteria } = checkSmart(goal.text, { asOf: corpus.asOf });
    const predicted = {
      specific: criteria.specific.status === "pass",
      measurable: criteria.measurable.status === "pass",
      timeBound: criteria.timeBound.status === "pass",
    };
    const overall = (verdict: { specific: boolean; measurable: boolean; timeBound: boolean }) => verdict.specific && verdict.measurable && verdict.timeBound;
    const labels = { specific: goal.specific, measurable: goal.measurable, timeBound: goal.timeBound };
    return { text: goal.text, labels: { ...labels, overall: overall(labels) }, predicted: { ...predicted, overall: overall(predicted) } };
  });
}

const CAREER = ["specific", "measurable", "timeBound", "overall"];
table("Career corpus, tune part", careerRows(corpus.tune), CAREER);
table("Career corpus, held-out part", careerRows(corpus.heldOut), CAREER, showHeldOutErrors);
table(
  "SMARTSpan dev",
  smartspan.map((row) => {
    const { criteria } = checkSmart(row.goal);
    return {
      text: row.goal,
      labels: { specific: row.specific === 1, measurable: row.measurable === 1 },
      predicted: { specific: criteria.specific.status === "pass", measurable: criteria.measurable.status === "pass" },
    };
  }),
  ["specific", "measurable"],
);

let right = 0;
const wrong: string[] = [];
for (const phrase of phrases) {
  const options: { asOf?: string; dateOrder?: DateOrder } = {};
  if (phrase.asOf !== undefined) options.asOf = phrase.asOf;
  if (phrase.dateOrder !== undefined) options.dateOrder = phrase.dateOrder;
  const got = parseDeadline(phrase.text, options) ?? null;
  if (got === phrase.expected) right++;
  else wrong.push(`  expected ${phrase.expected}, got ${got}: ${phrase.text} (asOf ${phrase.asOf ?? "none"})`);
}
console.log(`\n### Deadline phrases\n\nparseDeadline reads ${right} of ${phrases.length} labelled phrases right.`);
if (showErrors && wrong.length > 0) console.error(`deadline errors:\n${wrong.join("\n")}`);
