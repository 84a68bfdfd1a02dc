import { parsePlan, Plan } from "../src/index.ts";
import { generatePlan } from "./generatePlan.ts";
import type { BenchSuite } from "./suite.ts";

// Parsed JSON, as parsePlan meets it in practice: 100,000 goals, 200,000 micro-tasks.
const input: unknown = JSON.parse(JSON.stringify(generatePlan(100_000, 2)));

export const suite: BenchSuite = {
  name: "model",
  iterations: 5,
  time: 0,
  tasks: [
    { name: "parsePlan (100k goals, 200k tasks)", fn: () => parsePlan(input), itemsPerCall: 100_000 },
    { name: "bare Plan.safeParse (same data)", fn: () => Plan.safeParse(input), itemsPerCall: 100_000 },
  ],
  ratios: [{ label: "parsePlan / bare safeParse", numerator: "parsePlan (100k goals, 200k tasks)", denominator: "bare Plan.safeParse (same data)", target: "≤ 1.3" }],
};
