import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { applyReview, GoalStatus, parsePlan, type ReviewInput } from "../../src/index.ts";
import { GOAL_STATUSES } from "../../src/rules/defaults.ts";
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

// A goal field: mostly a value the Goal schema takes, sometimes one it refuses.
const field = <T>(valid: fc.Arbitrary<T>, ...invalid: unknown[]) => fc.oneof({ arbitrary: valid, weight: 6 }, { arbitrary: fc.constantFrom(...invalid), weight: 1 });
const goalFields = fc.record(
  {
    title: field(fc.constantFrom("Tweaked", ""), 3),
    dueDate: field(fc.constantFrom("2027-09-30", undefined), "2027-02-30", "soon"),
    startDate: field(fc.constant("2027-01-01"), 20270101),
    effortHours: field(fc.constantFrom(0, 40), -1, Number.NaN, Infinity, "40"),
    bucket: field(fc.constantFrom("core", "exploratory"), "hobby"),
    status: field(fc.constantFrom(...GOAL_STATUSES), "finished"),
    milestoneId: field(fc.constant("m-1y"), ""),
    capabilityIds: field(fc.constantFrom([], ["mentoring"]), [""], "mentoring"),
    metric: field(fc.constant({ metric: "talks", target: 3 }), { metric: "", target: 3 }, { metric: "talks" }, null),
    replaces: field(fc.constant("a"), ""),
    due_date: field(fc.constant(undefined), "2027-09-30"),
  },
  { requiredKeys: [] },
);
// The goal id is filled in from the plan: the first goal's.
const fieldDecision = fc.oneof(
  fc.record({ outcome: fc.constant("tweak" as const), changes: goalFields }),
  fc.record({ outcome: fc.constant("replace" as const), replacement: goalFields.map((fields) => ({ id: "new-goal-1", title: "New goal", ...fields })) }),
);

describe("applyReview properties", () => {
  test.prop([validPlan, fieldDecision], { numRuns: 300 })("leaves a plan parsePlan accepts, or reports what stops it", (plan, decision) => {
    const first = plan.goals?.[0];
    fc.pre(first !== undefined && first.id !== "new-goal-1" && parsePlan(plan).ok);
    const result = applyReview(plan, { id: "r-new", date: "2027-01-05", kind: "quarterly", decisions: [{ goalId: first!.id, ...decision }] } as ReviewInput);
    if (result.issues.some((issue) => issue.severity === "error")) {
      expect(result.plan).toBe(plan);
      return;
    }
    const parsed = parsePlan(result.plan);
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });

  it("knows the goal statuses the Goal schema knows", () => {
    expect(GOAL_STATUSES).toEqual(GoalStatus.options);
  });

  test.prop([validPlan, review])("applies whole or not at all and never mutates its input", (plan, held) => {
    const before = structuredClone(plan);
    const result = applyReview(deepFreeze(plan), deepFreeze(held as ReviewInput));
    expect(plan).toEqual(before);
    if (result.issues.some((issue) => issue.severity === "error")) {
      expect(result.plan).toBe(plan);
      return;
    }
    expect(result.issues.every((issue) => issue.severity === "warning" && issue.code.startsWith("smart/"))).toBe(true);
    expect(result.plan.reviews).toEqual([...(plan.reviews ?? []), held]);
    const replacements = held.decisions.filter((item) => item.outcome === "replace").length;
    expect(result.plan.goals?.length ?? 0).toBe((plan.goals?.length ?? 0) + replacements);
    for (const item of held.decisions) {
      expect(result.plan.goals?.some((goal) => goal.id === item.goalId)).toBe(true);
    }
  });
});
