import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { parsePlan } from "../../src/index.ts";
import { brokenPlan, validPlan } from "./arbitraries.ts";

describe("parsePlan properties", () => {
  test.prop([fc.jsonValue()], { numRuns: 500 })("never throws on any JSON value and never mutates it", (value) => {
    const before = JSON.stringify(value);
    const result = parsePlan(value);
    expect(typeof result.ok).toBe("boolean");
    expect(JSON.stringify(value)).toBe(before);
  });

  test.prop([fc.anything()], { numRuns: 300 })("never throws on any JavaScript value", (value) => {
    expect(() => parsePlan(value)).not.toThrow();
  });

  test.prop([validPlan])("accepts every generated valid plan unchanged", (plan) => {
    const frozen = structuredClone(plan);
    expect(parsePlan(plan)).toEqual({ ok: true, plan: frozen });
  });

  test.prop([brokenPlan])("rejects broken plans with schema/invalid issues whose paths start at a plan key", (plan) => {
    const result = parsePlan(plan);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const issue of result.issues) {
      expect(issue.code).toBe("schema/invalid");
      expect(issue.message.length).toBeGreaterThan(0);
      expect(["vision", "milestones", "goals", "tasks", "reviews", "hoursPerWeek", "ratios", "ratioOverrides", "log"]).toContain(issue.path[0]);
    }
  });
});
