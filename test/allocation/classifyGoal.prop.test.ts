import { test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { classifyGoal } from "../../src/index.ts";
import { validPlan } from "../property/arbitraries.ts";
import { deepFreeze } from "../fixtures/deepFreeze.ts";

describe("classifyGoal properties", () => {
  test.prop([validPlan])("returns a bucket for every goal, the goal's own when it has one", (plan) => {
    for (const goal of plan.goals ?? []) {
      const bucket = classifyGoal(goal, plan.vision);
      expect(["core", "auxiliary", "exploratory"]).toContain(bucket);
      if (goal.bucket !== undefined) expect(bucket).toBe(goal.bucket);
    }
  });

  test.prop([validPlan])("without a bucket, a goal is core exactly when it names a core capability of the vision (the first capability with an id decides)", (plan) => {
    const kinds = new Map<string, string>();
    for (const capability of plan.vision.capabilities ?? []) {
      if (!kinds.has(capability.id)) kinds.set(capability.id, capability.kind ?? "core");
    }
    for (const goal of plan.goals ?? []) {
      const named = (goal.capabilityIds ?? []).flatMap((id) => kinds.get(id) ?? []);
      const expected = named.includes("core") ? "core" : named.includes("auxiliary") ? "auxiliary" : "exploratory";
      expect(classifyGoal({ ...goal, bucket: undefined }, plan.vision)).toBe(expected);
    }
  });

  test.prop([validPlan])("does not mutate the goal or the vision", (plan) => {
    const frozen = deepFreeze(structuredClone(plan));
    for (const goal of frozen.goals ?? []) classifyGoal(goal, frozen.vision);
    expect(frozen).toEqual(plan);
  });
});
