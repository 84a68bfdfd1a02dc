// checkSmart on 1,000 short goal statements (the corpus's career goals and
// SMARTSpan's coaching goals), beside the cheapest possible text check: one
// precompiled regex test per statement. Then checkSmart on 1,000 Goal objects
// of a 100,000-goal plan with the plan as context, as checkAlignment runs it
// on every active goal.
import { readFileSync } from "node:fs";
import { checkSmart } from "../src/index.ts";
import { generatePlan } from "./generatePlan.ts";
import type { BenchSuite } from "./suite.ts";

/** The baseline: one precompiled regex scan per statement. */
export const BASELINE_PATTERN = /\d|\b(?:by|within|in)\b/;

const STATEMENTS = 1_000;
const corpus = JSON.parse(readFileSync(new URL("../test/fixtures/smart-corpus.json", import.meta.url), "utf8")) as Record<"tune" | "heldOut", { text: string }[]>;
const coaching = readFileSync(new URL("../test/fixtures/smartspan/dev.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => (JSON.parse(line) as { goal: string }).goal);
const pool = [...corpus.tune, ...corpus.heldOut].map((goal) => goal.text).concat(coaching);
const texts = Array.from({ length: STATEMENTS }, (_, index) => pool[index % pool.length]!);

const plan = generatePlan(100_000, 0);
const goals = plan.goals!.slice(0, STATEMENTS);
const context = { asOf: "2026-03-01", plan };

let sink = 0;

export const suite: BenchSuite = {
  name: "smart",
  tasks: [
    {
      name: "checkSmart (1,000 short statements)",
      fn: () => {
        for (const text of texts) sink += checkSmart(text).score;
        return sink;
      },
      itemsPerCall: STATEMENTS,
    },
    {
      name: "checkSmart with a plan (1,000 Goal objects)",
      fn: () => {
        for (const goal of goals) sink += checkSmart(goal, context).score;
        return sink;
      },
      itemsPerCall: STATEMENTS,
    },
    {
      name: "one precompiled regex scan (same statements)",
      fn: () => {
        for (const text of texts) if (BASELINE_PATTERN.test(text)) sink++;
        return sink;
      },
      itemsPerCall: STATEMENTS,
    },
  ],
  ratios: [
    {
      label: "checkSmart / one regex scan",
      numerator: "checkSmart (1,000 short statements)",
      denominator: "one precompiled regex scan (same statements)",
    },
    {
      label: "checkSmart with a plan / one regex scan",
      numerator: "checkSmart with a plan (1,000 Goal objects)",
      denominator: "one precompiled regex scan (same statements)",
    },
  ],
};
