import { readFileSync } from "node:fs";
import type { PlanInput } from "../src/index.ts";
import { careerplan } from "./builtLibrary.ts";
import { generatePlan } from "./generatePlan.ts";
import type { BenchSuite } from "./suite.ts";

// Side by side in one process, on the built library (see builtLibrary.ts):
// one person's plan per request (the 5-goal example, target ≥ 20,000 plans a
// second), 100k and 200k well-linked goals with 2 micro-tasks each (growth
// target ≤ 2.2×), and a bare pass over the 100k plan that builds the id maps
// and looks each reference up once (target: checkAlignment within 6× of it).
// The SMART check of every active goal is part of checkAlignment's cost.
const { checkAlignment } = careerplan;
const AS_OF = "2026-11-22";
const example = JSON.parse(readFileSync(new URL("../examples/senior-engineer.plan.json", import.meta.url), "utf8")) as PlanInput;
// The big plans are made on first use: a request-sized check must not run beside a gigabyte of live
// plans, whose every major garbage collection it would pay for (about 30% of its time).
const full = once(() => generatePlan(100_000, 2));
const double = once(() => generatePlan(200_000, 2));

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

function checkExample(times: number): void {
  for (let call = 0; call < times; call++) checkAlignment(example, { asOf: AS_OF });
}

/** The floor any reference check pays: one map per collection, one lookup per reference. */
function barePass(plan: PlanInput): number {
  const ids = (items: readonly { id: string }[]) => {
    const map = new Map<string, number>();
    items.forEach(({ id }, at) => map.has(id) || map.set(id, at));
    return map;
  };
  const capabilities = plan.vision.capabilities ?? [];
  const capabilityAt = ids(capabilities);
  const milestoneAt = ids(plan.milestones ?? []);
  const goalAt = ids(plan.goals ?? []);
  ids(plan.tasks ?? []);
  let found = 0;
  for (const { requires } of capabilities) for (const id of requires ?? []) found += capabilityAt.has(id) ? 1 : 0;
  for (const { capabilityIds } of plan.milestones ?? []) for (const id of capabilityIds ?? []) found += capabilityAt.has(id) ? 1 : 0;
  for (const goal of plan.goals ?? []) {
    found += goal.milestoneId !== undefined && milestoneAt.has(goal.milestoneId) ? 1 : 0;
    for (const id of goal.capabilityIds ?? []) found += capabilityAt.has(id) ? 1 : 0;
  }
  for (const { goalId } of plan.tasks ?? []) found += goalAt.has(goalId) ? 1 : 0;
  return found;
}

export const suite: BenchSuite = {
  name: "alignment",
  iterations: 10,
  time: 0,
  tasks: [
    // 1,000 plans a call, so 10 calls time 10,000 checks: items/s is plans a second.
    { name: "checkAlignment (5-goal example plan) × 1,000", fn: () => checkExample(1_000), itemsPerCall: 1_000 },
    { name: "checkAlignment (100k goals, 200k tasks)", fn: () => checkAlignment(full(), { asOf: AS_OF }), itemsPerCall: 100_000 },
    { name: "checkAlignment (200k goals, 400k tasks)", fn: () => checkAlignment(double(), { asOf: AS_OF }), itemsPerCall: 200_000 },
    { name: "bare pass: id maps + each reference once (100k goals)", fn: () => barePass(full()), itemsPerCall: 100_000 },
  ],
  ratios: [
    {
      label: "200k / 100k goals",
      numerator: "checkAlignment (200k goals, 400k tasks)",
      denominator: "checkAlignment (100k goals, 200k tasks)",
      target: "≤ 2.2",
      alternate: true,
    },
    {
      label: "100k goals / bare pass",
      numerator: "checkAlignment (100k goals, 200k tasks)",
      denominator: "bare pass: id maps + each reference once (100k goals)",
      target: "≤ 6",
      alternate: true,
    },
  ],
};
