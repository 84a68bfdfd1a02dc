import { describe, expect, it } from "vitest";
import { applyReview, type PlanInput, type ReviewInput } from "../../src/index.ts";
import { seniorEngineerPlan } from "../fixtures/seniorEngineerPlan.ts";
import { deepFreeze } from "../fixtures/deepFreeze.ts";

const plan = seniorEngineerPlan;
const base = { id: "r-2027-01", date: "2027-01-05", kind: "quarterly" } as const;

function applied(review: ReviewInput): PlanInput {
  const result = applyReview(plan, review);
  expect(result.issues.filter((issue) => issue.severity === "error")).toEqual([]);
  return result.plan;
}

function goal(result: PlanInput, id: string) {
  return result.goals?.find((item) => item.id === id);
}

describe("applyReview", () => {
  it("returns the plan with the review appended when every goal is kept", () => {
    const review: ReviewInput = { ...base, decisions: [{ goalId: "g-lead-feature", outcome: "keep" }] };
    const result = applied(review);
    expect(result.reviews).toEqual([...(plan.reviews ?? []), review]);
    expect(result.goals).toEqual(plan.goals);
  });

  it("returns the goal with the changes merged when a decision tweaks it", () => {
    const result = applied({ ...base, decisions: [{ goalId: "g-mentor", outcome: "tweak", changes: { dueDate: "2027-09-30", effortHours: 40 } }] });
    expect(goal(result, "g-mentor")).toEqual({ ...plan.goals?.[2], dueDate: "2027-09-30", effortHours: 40, startDate: "2027-01-05" });
  });

  it("returns the old goal replaced and the replacement appended with replaces when a decision replaces it", () => {
    const replacement = { id: "g-explore-commercial", title: "Write 2 notes on commercialising the AI prototypes by June 30, 2027", bucket: "exploratory" as const };
    const result = applied({ ...base, decisions: [{ goalId: "g-explore-ai", outcome: "replace", note: "AI shifted the path", replacement }] });
    expect(goal(result, "g-explore-ai")?.status).toBe("replaced");
    expect(result.goals?.at(-1)).toEqual({ ...replacement, replaces: "g-explore-ai", status: "active", startDate: "2027-01-05" });
    expect(result.goals).toHaveLength((plan.goals?.length ?? 0) + 1);
  });

  it("keeps the replacement's own status when it has one", () => {
    const result = applied({ ...base, decisions: [{ goalId: "g-explore-ai", outcome: "replace", replacement: { id: "g-new", title: "Done already", status: "done" } }] });
    expect(goal(result, "g-new")).toEqual({ id: "g-new", title: "Done already", status: "done", replaces: "g-explore-ai", startDate: "2027-01-05" });
  });

  it("returns the goal dropped when a decision drops it", () => {
    expect(goal(applied({ ...base, decisions: [{ goalId: "g-mentor", outcome: "drop" }] }), "g-mentor")?.status).toBe("dropped");
  });

  it("applies decisions in order, including one on a goal the same review has just added", () => {
    const result = applied({
      ...base,
      decisions: [
        { goalId: "g-explore-ai", outcome: "replace", replacement: { id: "g-next", title: "Prototype one AI feature by June 2027" } },
        { goalId: "g-next", outcome: "tweak", changes: { effortHours: 12 } },
      ],
    });
    expect(goal(result, "g-next")).toMatchObject({ replaces: "g-explore-ai", effortHours: 12 });
  });

  it("appends the review to a plan that has no reviews or goals yet", () => {
    const bare: PlanInput = { vision: plan.vision };
    const result = applyReview(bare, { ...base, kind: "vision" });
    expect(result).toEqual({ plan: { vision: plan.vision, reviews: [{ ...base, kind: "vision" }] }, issues: [] });
  });

  it("shares the goals it does not touch and copies the ones it changes", () => {
    const result = applied({ ...base, decisions: [{ goalId: "g-mentor", outcome: "drop" }] });
    expect(result.goals?.[0]).toBe(plan.goals?.[0]);
    expect(result.goals?.[2]).not.toBe(plan.goals?.[2]);
    expect(result.goals).not.toBe(plan.goals);
  });

  it("does not mutate its input", () => {
    const frozenPlan = deepFreeze(structuredClone(plan));
    const review = deepFreeze<ReviewInput>({
      ...base,
      decisions: [
        { goalId: "g-mentor", outcome: "tweak", changes: { effortHours: 40 } },
        { goalId: "g-explore-ai", outcome: "replace", replacement: { id: "g-new", title: "New" } },
        { goalId: "g-load-time", outcome: "drop" },
      ],
    });
    const before = structuredClone(review);
    expect(applyReview(frozenPlan, review).issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(frozenPlan).toEqual(plan);
    expect(review).toEqual(before);
  });

  it("returns ref/unknown and the very plan it was given when a decision names an unknown goal", () => {
    const review: ReviewInput = {
      ...base,
      decisions: [
        { goalId: "g-mentor", outcome: "drop" },
        { goalId: "g-missing", outcome: "keep" },
      ],
    };
    const result = applyReview(plan, review);
    expect(result.plan).toBe(plan);
    expect(result.issues).toEqual([
      {
        code: "ref/unknown",
        severity: "error",
        path: ["decisions", 1, "goalId"],
        message: 'no goal has the id "g-missing"',
        hint: "Use the id of a goal in plan.goals.",
      },
    ]);
  });

  it("returns ref/duplicate-id when the replacement reuses a goal id", () => {
    const result = applyReview(plan, { ...base, decisions: [{ goalId: "g-explore-ai", outcome: "replace", replacement: { id: "g-mentor", title: "Clash" } }] });
    expect(result.plan).toBe(plan);
    expect(result.issues).toEqual([
      {
        code: "ref/duplicate-id",
        severity: "error",
        path: ["decisions", 0, "replacement", "id"],
        message: '"g-mentor" is already a goal\'s id',
        hint: "Use a new id.",
      },
    ]);
  });

  it("returns ref/duplicate-id when the plan already records a review with that id", () => {
    const result = applyReview(plan, { ...base, id: "r-2026-10" });
    expect(result.plan).toBe(plan);
    expect(result.issues).toEqual([
      {
        code: "ref/duplicate-id",
        severity: "error",
        path: ["id"],
        message: '"r-2026-10" is already in plan.reviews',
        hint: "Use a new id, or skip this review if it was applied already.",
      },
    ]);
  });

  it("returns review/invalid-decision for a tweak without changes", () => {
    const result = applyReview(plan, { ...base, decisions: [{ goalId: "g-mentor", outcome: "tweak", changes: {} }] });
    expect(result.plan).toBe(plan);
    expect(result.issues).toEqual([
      {
        code: "review/invalid-decision",
        severity: "error",
        path: ["decisions", 0, "changes"],
        message: "a tweak must list the fields to change",
        hint: 'Add e.g. { dueDate: "2027-04-30" }, or use "keep".',
      },
    ]);
  });

  it("returns review/invalid-decision for a tweak that changes the goal's id", () => {
    const changes = { id: "g-other" } as unknown as { title: string };
    expect(applyReview(plan, { ...base, decisions: [{ goalId: "g-mentor", outcome: "tweak", changes }] }).issues).toEqual([
      {
        code: "review/invalid-decision",
        severity: "error",
        path: ["decisions", 0, "changes", "id"],
        message: "a tweak cannot change the id",
        hint: 'Use "replace" instead.',
      },
    ]);
  });

  it("returns schema/invalid for a tweak whose changes break the Goal schema, and applies nothing", () => {
    const changes = { dueDate: "2027-02-30", status: "finished" } as never;
    const result = applyReview(plan, { ...base, decisions: [{ goalId: "g-mentor", outcome: "tweak", changes }] });
    expect(result.plan).toBe(plan);
    expect(result.issues).toEqual([
      {
        code: "schema/invalid",
        severity: "error",
        path: ["decisions", 0, "changes", "dueDate"],
        message: "must be a calendar date written YYYY-MM-DD",
      },
      {
        code: "schema/invalid",
        severity: "error",
        path: ["decisions", 0, "changes", "status"],
        message: 'must be "active", "done", "replaced" or "dropped"',
      },
    ]);
  });

  it("returns schema/invalid with the goal's fields as a hint for a misspelled field", () => {
    const changes = { due_date: "2027-09-30" } as never;
    expect(applyReview(plan, { ...base, decisions: [{ goalId: "g-mentor", outcome: "tweak", changes }] }).issues).toEqual([
      {
        code: "schema/invalid",
        severity: "error",
        path: ["decisions", 0, "changes", "due_date"],
        message: "is not a goal field",
        hint: 'A goal\'s fields are "id", "title", "milestoneId", "bucket", "capabilityIds", "startDate", "dueDate", "effortHours", "metric", "status", "replaces" and "backup".',
      },
    ]);
  });

  it("returns schema/invalid for a replacement without a title or with a bad field", () => {
    const issues = (replacement: object) =>
      applyReview(plan, { ...base, decisions: [{ goalId: "g-mentor", outcome: "replace", replacement: replacement as never }] }).issues.map((issue) => issue.message);
    expect(issues({ id: "g-new" })).toEqual(["must be a string"]);
    expect(issues({ id: "g-new", title: "New", effortHours: -1 })).toEqual(["must be a number from 0 to 1000000"]);
  });

  it("returns review/invalid-decision for a replace without a replacement", () => {
    expect(applyReview(plan, { ...base, decisions: [{ goalId: "g-mentor", outcome: "replace" }] }).issues).toEqual([
      {
        code: "review/invalid-decision",
        severity: "error",
        path: ["decisions", 0, "replacement"],
        message: "a replace needs the new goal",
        hint: 'Add replacement: { id, title }, or use "drop".',
      },
    ]);
  });

  it("returns schema/invalid for a review date that is not a calendar date", () => {
    const result = applyReview(plan, { ...base, date: "2027-02-30" });
    expect(result.plan).toBe(plan);
    expect(result.issues).toEqual([{ code: "schema/invalid", severity: "error", path: ["date"], message: "must be a calendar date written YYYY-MM-DD" }]);
  });

  it("returns schema/invalid for an unknown kind, an unknown outcome and a replacement without an id", () => {
    const review = {
      id: "r-x",
      date: "2027-01-05",
      kind: "weekly",
      decisions: [
        { goalId: "g-mentor", outcome: "pause" },
        { goalId: "g-explore-ai", outcome: "replace", replacement: { title: "No id" } },
      ],
    } as unknown as ReviewInput;
    expect(applyReview(plan, review).issues).toEqual([
      { code: "schema/invalid", severity: "error", path: ["decisions", 0, "outcome"], message: 'must be "keep", "tweak", "replace" or "drop"' },
      { code: "schema/invalid", severity: "error", path: ["decisions", 1, "replacement", "id"], message: "must be a non-empty string" },
      { code: "schema/invalid", severity: "error", path: ["kind"], message: 'must be "quarterly", "canvas" or "vision"' },
    ]);
  });

  it("returns schema/invalid for a review without an id", () => {
    expect(applyReview(plan, { ...base, id: "" }).issues).toEqual([{ code: "schema/invalid", severity: "error", path: ["id"], message: "must be a non-empty string" }]);
  });
});
