import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { applyReview, type ReviewInput } from "../../src/index.ts";
import { validPlan } from "../property/arbitraries.ts";
import { deepFreeze } from "../fixtures/deepFreeze.ts";

const decision = fc.record(
  {
    goalId: fc.constantFrom("a", "b", "c", "z"),
    outcome: fc.constantFrom("keep" as const, "tweak" as const, "replace" as const, "drop" as const),
    changes: fc.constantFrom(undefined, {}, { effortHours: 5 }, { title: "Tweaked" }),
    replacement: fc.constantFrom(undefined, { id: "new-1", title: "New goal" }, { id: "a", title: "Clash" }),
  },
  { requiredKeys: ["goalId", "outcome"] },
);
const review = fc.record({ id: fc.constantFrom("r-new", "a"), date: fc.constantFrom("2027-01-05", "2027-02-30"), kind: fc.constant("quarterly" as const), decisions: fc.array(decision, { maxLength: 3 }) });

describe("applyReview properties", () => {
  test.prop([validPlan, review])("applies whole or not at all and never mutates its input", (plan, held) => {
    const before = structuredClone(plan);
    const result = applyReview(deepFreeze(plan), deepFreeze(held as ReviewInput));
    expect(plan).toEqual(before);
    if (result.issues.length > 0) {
      expect(result.plan).toBe(plan);
      expect(result.issues.every((issue) => issue.severity === "error")).toBe(true);
      return;
    }
    expect(result.plan.reviews).toEqual([...(plan.reviews ?? []), held]);
    const replacements = held.decisions.filter((item) => item.outcome === "replace").length;
    expect(result.plan.goals?.length ?? 0).toBe((plan.goals?.length ?? 0) + replacements);
    for (const item of held.decisions) {
      expect(result.plan.goals?.some((goal) => goal.id === item.goalId)).toBe(true);
    }
  });
});
