import { checkAlignment } from "../src/index.ts";
import { generatePlan } from "./generatePlan.ts";
import type { BenchSuite } from "./suite.ts";

// Well-linked generated plans with 2 micro-tasks per goal; the SMART check of
// every active goal is part of the cost.
const AS_OF = "2026-11-22";
const half = generatePlan(50_000, 2);
const full = generatePlan(100_000, 2);

export const suite: BenchSuite = {
  name: "alignment",
  iterations: 10,
  time: 0,
  tasks: [
    { name: "checkAlignment (50k goals, 100k tasks)", fn: () => checkAlignment(half, { asOf: AS_OF }), itemsPerCall: 50_000 },
    { name: "checkAlignment (100k goals, 200k tasks)", fn: () => checkAlignment(full, { asOf: AS_OF }), itemsPerCall: 100_000 },
  ],
  ratios: [
    {
      label: "100k / 50k",
      numerator: "checkAlignment (100k goals, 200k tasks)",
      denominator: "checkAlignment (50k goals, 100k tasks)",
      target: "≈ 2",
    },
  ],
};
