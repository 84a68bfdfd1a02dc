import { describe, expect, it } from "vitest";
import { dueReviews, REVIEW_QUESTIONS, type PlanInput } from "../../src/index.ts";
import { SENIOR_ENGINEER_AS_OF, seniorEngineerPlan } from "../fixtures/seniorEngineerPlan.ts";
import { deepFreeze } from "../fixtures/deepFreeze.ts";

const vision = { id: "v", statement: "Become a senior software engineer in 5 years", startDate: "2026-01-05", targetDate: "2030-12-31" };

describe("dueReviews", () => {
  it("returns nothing for the senior-engineer plan on its as-of date: every review so far is recorded", () => {
    expect(dueReviews(seniorEngineerPlan, { asOf: SENIOR_ENGINEER_AS_OF })).toEqual([]);
  });

  it("returns the quarterly review and canvas update falling due after the last recorded ones", () => {
    expect(dueReviews(seniorEngineerPlan, { asOf: "2027-01-05" })).toEqual([
      { date: "2027-01-05", kinds: ["quarterly", "canvas", "vision"], questions: [...REVIEW_QUESTIONS.quarterly, ...REVIEW_QUESTIONS.canvas, ...REVIEW_QUESTIONS.vision] },
    ]);
  });

  it("returns every missed review, not only the latest, when none was recorded", () => {
    expect(dueReviews({ vision }, { asOf: "2026-10-05" }).map((event) => [event.date, event.kinds])).toEqual([
      ["2026-04-05", ["quarterly"]],
      ["2026-07-05", ["quarterly", "canvas"]],
      ["2026-10-05", ["quarterly"]],
    ]);
  });

  it("returns only the kinds still due, with their questions, when a review of another kind was held that day", () => {
    const plan: PlanInput = { vision, reviews: [{ id: "r1", date: "2026-07-05", kind: "quarterly" }] };
    expect(dueReviews(plan, { asOf: "2026-07-31" })).toEqual([{ date: "2026-07-05", kinds: ["canvas"], questions: [...REVIEW_QUESTIONS.canvas] }]);
  });

  it("counts a review held late as covering every earlier date of its kind", () => {
    const plan: PlanInput = { vision, reviews: [{ id: "r1", date: "2026-08-01", kind: "quarterly" }] };
    expect(dueReviews(plan, { asOf: "2026-08-01" }).map((event) => [event.date, event.kinds])).toEqual([["2026-07-05", ["canvas"]]]);
  });

  it("does not count a review held before the scheduled date", () => {
    const plan: PlanInput = { vision, reviews: [{ id: "r1", date: "2026-04-04", kind: "quarterly" }] };
    expect(dueReviews(plan, { asOf: "2026-04-05" }).map((event) => event.date)).toEqual(["2026-04-05"]);
  });

  it("returns a review on its date: due means on or before asOf", () => {
    expect(dueReviews({ vision }, { asOf: "2026-04-04" })).toEqual([]);
    expect(dueReviews({ vision }, { asOf: "2026-04-05" }).map((event) => event.date)).toEqual(["2026-04-05"]);
  });

  it("returns nothing when asOf is before the vision's start", () => {
    expect(dueReviews({ vision }, { asOf: "2025-12-31" })).toEqual([]);
  });

  it("ignores a recorded review whose date is not a calendar date", () => {
    const plan: PlanInput = { vision, reviews: [{ id: "r1", date: "2026-13-01", kind: "quarterly" }] };
    expect(dueReviews(plan, { asOf: "2026-04-05" }).map((event) => event.date)).toEqual(["2026-04-05"]);
  });

  it("uses the cadences and weekend rule it is given", () => {
    // 2026-04-04 is a Saturday.
    const plan: PlanInput = { vision: { ...vision, startDate: "2026-01-04" } };
    const due = dueReviews(plan, { asOf: "2026-04-30", cadences: [{ kind: "quarterly", everyMonths: 3 }], weekends: "next-monday" });
    expect(due.map((event) => event.date)).toEqual(["2026-04-06"]);
  });

  it("does not mutate its input", () => {
    const plan = deepFreeze(structuredClone(seniorEngineerPlan));
    expect(dueReviews(plan, { asOf: "2028-01-01" }).length).toBeGreaterThan(0);
    expect(plan).toEqual(seniorEngineerPlan);
  });

  it("throws a RangeError naming the parameter when asOf is not a date", () => {
    expect(() => dueReviews(seniorEngineerPlan, { asOf: "22/11/2026" })).toThrow(
      new RangeError('dueReviews: options.asOf must be a calendar date written YYYY-MM-DD, got "22/11/2026"'),
    );
  });

  it("throws a RangeError when the vision's start date is not a date", () => {
    expect(() => dueReviews({ vision: { ...vision, startDate: "2026-02-30" } }, { asOf: "2026-11-22" })).toThrow(
      new RangeError('dueReviews: plan.vision.startDate must be a calendar date written YYYY-MM-DD, got "2026-02-30"'),
    );
  });
});
