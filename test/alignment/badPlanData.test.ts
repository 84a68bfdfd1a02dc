// Issue 19.4: bad data in a plan is an issue, never a throw; a plan of the
// wrong shape (it skipped parsePlan) is a TypeError naming the function and field.
import { describe, expect, it } from "vitest";
import { checkAlignment, dueReviews, keyQuestions, type PlanInput } from "../../src/index.ts";
import { AS_OF, alignedPlan } from "./fixtures.ts";

const asOf = AS_OF;

function withPlan(change: (plan: PlanInput) => void): PlanInput {
  const plan = alignedPlan();
  change(plan);
  return plan;
}

describe("checkAlignment on bad plan data", () => {
  it.each([
    ["ratios that sum to 1.5", { core: 0.5, auxiliary: 0.5, exploratory: 0.5 }, ["ratios"], /sum to 1\.5, not 1/],
    ["a missing bucket", { core: 0.8, auxiliary: 0.2 }, ["ratios", "exploratory"], /finite number ≥ 0/],
    ["a negative share", { core: 1.1, auxiliary: -0.1, exploratory: 0 }, ["ratios", "auxiliary"], /finite number ≥ 0/],
    ["a number instead of an object", 0.7, ["ratios"], /must be an object/],
  ])("reports %s as schema/invalid at ratios instead of throwing, and checks no drift against them", (_, ratios, path, message) => {
    const report = checkAlignment(withPlan((plan) => (plan.ratios = ratios as never)), { asOf });
    const invalid = report.issues.filter((issue) => issue.code === "schema/invalid");
    expect(invalid).toHaveLength(1);
    expect(invalid[0]).toMatchObject({ severity: "error", path });
    expect(invalid[0]!.message).toMatch(message);
    expect(report.ok).toBe(false);
    expect(report.issues.some((issue) => issue.code === "allocation/drift")).toBe(false);
  });

  it("reports a bucket outside the three as schema/invalid and classifies the goal by its capabilities", () => {
    const report = checkAlignment(withPlan((plan) => (plan.goals![0]!.bucket = "side" as never)), { asOf });
    expect(report.issues.filter((issue) => issue.code === "schema/invalid").map((issue) => issue.path)).toEqual([["goals", 0, "bucket"]]);
  });

  it("reports an effortHours beyond LIMITS as schema/invalid at once instead of looping on the magnitude", () => {
    const started = performance.now();
    const report = checkAlignment(withPlan((plan) => (plan.goals![0]!.effortHours = 1e18)), { asOf });
    expect(performance.now() - started).toBeLessThan(500);
    expect(report.issues.filter((issue) => issue.code === "schema/invalid")).toMatchObject([{ path: ["goals", 0, "effortHours"], message: "must be a number from 0 to 1000000" }]);
  });

  it("reports a micro-task's minutes that are not a number within LIMITS as schema/invalid at its path", () => {
    const report = checkAlignment(withPlan((plan) => (plan.tasks![0]!.minutes = Number.NaN)), { asOf });
    expect(report.issues.filter((issue) => issue.code === "schema/invalid")).toMatchObject([{ path: ["tasks", 0, "minutes"], severity: "error" }]);
  });

  it("checks the largest accepted effortHours on every goal without throwing", () => {
    const plan = withPlan((plan) => plan.goals!.forEach((goal) => (goal.effortHours = 1e6)));
    expect(() => checkAlignment(plan, { asOf })).not.toThrow();
  });

  it.each([
    ["goals", { goals: 5 }, "checkAlignment: plan.goals must be an array, got 5"],
    ["milestones", { milestones: "m-1y" }, 'checkAlignment: plan.milestones must be an array, got "m-1y"'],
    ["an item", { goals: [null] }, "checkAlignment: plan.goals[0] must be an object, got null"],
    ["tasks", { tasks: {} }, "checkAlignment: plan.tasks must be an array, got an object"],
    ["the vision", { vision: "senior engineer" }, 'checkAlignment: plan.vision must be an object, got "senior engineer"'],
  ])("throws a TypeError naming the function and field when %s has the wrong shape", (_, change, message) => {
    const plan = { ...alignedPlan(), ...change } as unknown as PlanInput;
    expect(() => checkAlignment(plan, { asOf })).toThrow(new TypeError(message));
  });

  it("throws the same kind of TypeError from keyQuestions and dueReviews", () => {
    const plan = { ...alignedPlan(), goals: 5 } as unknown as PlanInput;
    expect(() => keyQuestions(plan, { asOf })).toThrow(new TypeError("keyQuestions: plan.goals must be an array, got 5"));
    expect(() => dueReviews({ ...plan, goals: [], reviews: 5 } as unknown as PlanInput, { asOf })).toThrow(new TypeError("dueReviews: plan.reviews must be an array, got 5"));
  });
});

describe("keyQuestions on bad ratios", () => {
  it("asks for the split instead of quoting ratios that do not add up", () => {
    const questions = keyQuestions(withPlan((plan) => (plan.ratios = { core: 0.5, auxiliary: 0.5, exploratory: 0.5 })), { asOf });
    expect(questions.some((question) => question.includes("50%"))).toBe(false);
    expect(questions).toContain("My plan's effort ratios are not shares that add up to 100%: what share of my effort do I want for core work, auxiliary skills and exploring?");
  });
});
