// Reviews that leave no stale work (issue 18.6), backups (18.4) and every stored field checked (19.3).
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { applyReview, parsePlan, type PlanInput, type ReviewInput } from "../../src/index.ts";
import { seniorEngineerPlan } from "../fixtures/seniorEngineerPlan.ts";
import { validPlan } from "../property/arbitraries.ts";
import { deepFreeze } from "../fixtures/deepFreeze.ts";

const plan = seniorEngineerPlan;
const base = { id: "r-2027-01", date: "2027-01-05", kind: "quarterly" } as const;
const errors = (review: unknown, on: PlanInput = plan) => applyReview(on, review as ReviewInput).issues.filter((issue) => issue.severity === "error");
const where = (review: unknown) => errors(review).map((issue) => [issue.code, issue.path.join(".")]);

describe("applyReview keeps no stale work", () => {
  it("starts a replacement on the review date, so it is not off-track the day it is created", () => {
    const { plan: next } = applyReview(plan, { ...base, decisions: [{ goalId: "g-explore-ai", outcome: "replace", replacement: { id: "g-new", title: "Write 2 notes on commercialising AI prototypes by June 30, 2027", dueDate: "2027-06-30" } }] });
    expect(next.goals?.at(-1)?.startDate).toBe("2027-01-05");
  });

  it("keeps a replacement's own start date", () => {
    const { plan: next } = applyReview(plan, { ...base, decisions: [{ goalId: "g-explore-ai", outcome: "replace", replacement: { id: "g-new", title: "Ship it by June 30, 2027", startDate: "2027-02-01" } }] });
    expect(next.goals?.at(-1)?.startDate).toBe("2027-02-01");
  });

  it("closes the open tasks of a replaced or dropped goal, keeping them and the done ones as history", () => {
    for (const outcome of ["drop", "replace"] as const) {
      const decision = { goalId: "g-lead-feature", outcome, ...(outcome === "replace" && { replacement: { id: "g-lead-2", title: "Lead the payments feature end to end by June 30, 2027" } }) };
      const { plan: next } = applyReview(plan, { ...base, decisions: [decision] });
      expect(next.tasks?.find((task) => task.id === "g-lead-feature-2")).toMatchObject({ done: false, closedOn: "2027-01-05" });
      expect(next.tasks?.find((task) => task.id === "g-lead-feature-1")).toBe(plan.tasks?.[0]);
      expect(next.tasks).toHaveLength(plan.tasks!.length);
    }
  });

  it("closes the open tasks of a goal a tweak marks dropped", () => {
    const { plan: next } = applyReview(plan, { ...base, decisions: [{ goalId: "g-lead-feature", outcome: "tweak", changes: { status: "dropped" } }] });
    expect(next.tasks?.find((task) => task.id === "g-lead-feature-2")?.closedOn).toBe("2027-01-05");
  });

  it("re-splits a goal's open tasks when a tweak changes its effort", () => {
    // g-lead-feature: 60 minutes done, 45 open; 2 hours of effort leave 60 minutes to split.
    const { plan: next } = applyReview(plan, { ...base, decisions: [{ goalId: "g-lead-feature", outcome: "tweak", changes: { effortHours: 2, dueDate: "2027-03-31" } }] });
    const open = next.tasks?.filter((task) => task.goalId === "g-lead-feature" && task.done !== true) ?? [];
    expect(open.reduce((sum, task) => sum + task.minutes, 0)).toBe(60);
    expect(new Set(next.tasks?.map((task) => task.id)).size).toBe(next.tasks?.length);
    expect(next.tasks?.[0]).toBe(plan.tasks?.[0]);
    expect(parsePlan(next).ok).toBe(true);
  });

  it("keeps open tasks that already add up to the effort left when only the due date moves", () => {
    const tasks = [{ id: "t1", goalId: "g-mentor", title: "Pair with the mentee", minutes: 60 }];
    const small = { ...plan, goals: plan.goals?.map((goal) => (goal.id === "g-mentor" ? { ...goal, effortHours: 1 } : goal)), tasks };
    const { plan: next } = applyReview(small, { ...base, decisions: [{ goalId: "g-mentor", outcome: "tweak", changes: { dueDate: "2027-09-30" } }] });
    expect(next.tasks).toEqual(tasks);
  });

  it("reports the SMART warnings of a title the review writes, and still applies", () => {
    const result = applyReview(plan, { ...base, decisions: [{ goalId: "g-mentor", outcome: "tweak", changes: { title: "Get better at mentoring" } }] });
    expect(result.plan.goals?.[2]?.title).toBe("Get better at mentoring");
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) {
      expect(issue.severity).toBe("warning");
      expect(issue.path.slice(0, 3)).toEqual(["decisions", 0, "changes"]);
      expect(issue.code).toMatch(/^smart\//);
    }
    expect(result.issues).toContainEqual(expect.objectContaining({ code: "smart/not-specific", path: ["decisions", 0, "changes", "title"] }));
  });
});

describe("applyReview with a backup plan", () => {
  const withBackup: PlanInput = {
    ...plan,
    goals: plan.goals?.map((goal) => (goal.id === "g-lead-feature" ? { ...goal, backup: "Lead the internal billing tool's migration end to end by June 30, 2027" } : goal)),
  };

  it("turns the goal's backup into the replacement draft", () => {
    const { plan: next, issues } = applyReview(withBackup, { ...base, decisions: [{ goalId: "g-lead-feature", outcome: "replace", useBackup: true, note: "The product feature was cancelled in the reorg" }] });
    expect(issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(next.goals?.at(-1)).toEqual({
      id: "g-lead-feature-backup",
      title: "Lead the internal billing tool's migration end to end by June 30, 2027",
      milestoneId: "m-1y",
      bucket: "core",
      capabilityIds: ["feature-ownership"],
      dueDate: "2026-12-31",
      effortHours: 100,
      replaces: "g-lead-feature",
      status: "active",
      startDate: "2027-01-05",
    });
  });

  it("lets the replacement's fields override the draft", () => {
    const { plan: next } = applyReview(withBackup, { ...base, decisions: [{ goalId: "g-lead-feature", outcome: "replace", useBackup: true, replacement: { id: "g-billing", dueDate: "2027-06-30" } as never }] });
    expect(next.goals?.at(-1)).toMatchObject({ id: "g-billing", dueDate: "2027-06-30", title: expect.stringContaining("billing tool") });
  });

  it("returns review/invalid-decision when the goal has no backup", () => {
    expect(where({ ...base, decisions: [{ goalId: "g-mentor", outcome: "replace", useBackup: true }] })).toEqual([["review/invalid-decision", "decisions.0.useBackup"]]);
  });
});

describe("applyReview checks every field it stores (issue 19.3)", () => {
  it.each([
    ["notes: 42 on the review", { ...base, notes: 42 }, "notes"],
    ["a dueDate of 2027-02-30 in changes on a keep", { ...base, decisions: [{ goalId: "g-mentor", outcome: "keep", changes: { dueDate: "2027-02-30" } }] }, "decisions.0.changes.dueDate"],
    ["a non-string decision note", { ...base, decisions: [{ goalId: "g-mentor", outcome: "keep", note: 7 }] }, "decisions.0.note"],
    ["replacement: 5 on a drop", { ...base, decisions: [{ goalId: "g-mentor", outcome: "drop", replacement: 5 }] }, "decisions.0.replacement"],
    ["a replacement without an id on a keep", { ...base, decisions: [{ goalId: "g-mentor", outcome: "keep", replacement: { title: "x" } }] }, "decisions.0.replacement.id"],
    ["useBackup: 'yes'", { ...base, decisions: [{ goalId: "g-mentor", outcome: "keep", useBackup: "yes" }] }, "decisions.0.useBackup"],
    ["decisions: null", { ...base, decisions: null }, "decisions"],
    ["a backup that is not text", { ...base, decisions: [{ goalId: "g-mentor", outcome: "tweak", changes: { backup: 3 } }] }, "decisions.0.changes.backup"],
  ])("rejects %s with schema/invalid and leaves the plan unchanged", (_, review, path) => {
    const result = applyReview(plan, review as unknown as ReviewInput);
    expect(result.plan).toBe(plan);
    expect(where(review)).toEqual([["schema/invalid", path]]);
  });

  it("rejects a review that is not an object with a TypeError-free schema/invalid", () => {
    expect(where(null)).toEqual([["schema/invalid", ""]]);
  });

  const anything = fc.oneof(fc.anything(), fc.constantFrom("2027-02-30", "g-mentor", "keep", "replace", "tweak", "drop", true, 5, null));
  // Mostly the right kind of value, sometimes anything at all.
  const loose = <T>(value: fc.Arbitrary<T>) => fc.oneof({ arbitrary: value, weight: 30 }, { arbitrary: anything, weight: 1 });
  // Each goal field: mostly a value the Goal schema takes, sometimes anything.
  const goalShape = fc.record(
    {
      title: loose(fc.constantFrom("Ship it by June 30, 2027", "Get better at talks")),
      dueDate: loose(fc.constantFrom("2027-06-30", "2026-12-31")),
      startDate: loose(fc.constant("2027-02-01")),
      effortHours: loose(fc.constantFrom(0, 2, 40)),
      bucket: loose(fc.constantFrom("core", "exploratory")),
      status: loose(fc.constantFrom("active", "done", "dropped")),
      metric: loose(fc.constant({ metric: "talks", target: 3 })),
      backup: loose(fc.constant("Give the talk internally")),
      capabilityIds: loose(fc.constant(["x"])),
      weird: anything,
    },
    { requiredKeys: [] },
  ).map((fields) => Object.fromEntries(Object.entries(fields).slice(0, 3)));
  const anyDecision = (goalIds: string[]) =>
    fc.record(
      {
        goalId: loose(fc.constantFrom(...goalIds)),
        outcome: loose(fc.constantFrom("keep", "tweak", "replace", "drop")),
        note: loose(fc.constant("ok")),
        changes: loose(goalShape),
        replacement: loose(goalShape.map((fields) => ({ id: "new-1", title: "New goal by June 30, 2027", ...fields }))),
        useBackup: loose(fc.boolean()),
        extra: anything,
      },
      { requiredKeys: ["goalId", "outcome"] },
    );
  const planAndReview = validPlan
    .filter((plan) => (plan.goals?.length ?? 0) > 0 && parsePlan(plan).ok)
    .chain((plan) =>
      fc.tuple(
        fc.constant(plan),
        fc.record(
          { id: loose(fc.constant("r-new")), date: loose(fc.constant("2027-01-05")), kind: loose(fc.constant("quarterly")), notes: loose(fc.constant("fine")), decisions: loose(fc.array(loose(anyDecision(plan.goals!.map((goal) => goal.id))), { maxLength: 3 })) },
          { requiredKeys: ["id", "date", "kind"] },
        ),
      ),
    );

  test.prop([planAndReview], { numRuns: 400 })("leaves a plan that parses whenever a review of any shape applies to a plan that parses", ([input, review]) => {
    const result = applyReview(deepFreeze(structuredClone(input)), deepFreeze(review) as ReviewInput);
    if (result.issues.some((issue) => issue.severity === "error")) {
      expect(result.plan).toEqual(input);
      return;
    }
    const parsed = parsePlan(result.plan);
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });
});
