import { describe, expect, it } from "vitest";
import { checkAlignment, type PlanInput } from "../../src/index.ts";
import { deepFreeze } from "../fixtures/deepFreeze.ts";
import { AS_OF, alignedPlan } from "./fixtures.ts";

const vision = { id: "v", statement: "Become a staff engineer", startDate: "2026-01-05", targetDate: "2030-12-31" };

describe("checkAlignment", () => {
  it("returns ok false and lowers the score by 1 per item-share when there is an error", () => {
    const plan = alignedPlan();
    plan.goals![2]!.capabilityIds = ["mentoring", "public-speaking"];
    const report = checkAlignment(plan, { asOf: AS_OF });
    expect([report.ok, report.score]).toEqual([false, Math.round((1 - 1 / 14) * 1000) / 1000]);
  });

  it("returns ok true when there are only warnings", () => {
    const plan = alignedPlan();
    delete plan.goals![2]!.milestoneId;
    expect(checkAlignment(plan, { asOf: AS_OF }).ok).toBe(true);
  });

  it("returns the share of committed goals linked to a milestone as goal coverage, and scores it", () => {
    const plan = alignedPlan();
    delete plan.goals![2]!.milestoneId;
    const report = checkAlignment(plan, { asOf: AS_OF });
    expect(report.coverage).toEqual({ capabilities: 1, milestones: 1, goals: 0.75 });
    expect(report.score).toBe(Math.round(((1 + 1 + 0.75) / 3) * (1 - 0.25 / 14) * 1000) / 1000);
  });

  it("returns the share of milestones still ahead with an active goal as milestone coverage", () => {
    const plan = alignedPlan();
    plan.goals![5]!.status = "dropped";
    expect(checkAlignment(plan, { asOf: AS_OF }).coverage.milestones).toBe(2 / 3);
  });

  it("returns the share of capabilities worked on as capability coverage", () => {
    const plan = alignedPlan();
    plan.vision.capabilities!.push({ id: "public-speaking", name: "Public speaking" });
    expect(checkAlignment(plan, { asOf: AS_OF }).coverage.capabilities).toBe(4 / 5);
  });

  it("returns full coverage and a score of 1 for a plan with a vision only, before its first review", () => {
    expect(checkAlignment({ vision }, { asOf: "2026-02-01" })).toEqual({ ok: true, score: 1, issues: [], coverage: { capabilities: 1, milestones: 1, goals: 1 } });
  });

  it("does not flag milestones already due, or check goals that are done, replaced or dropped", () => {
    const plan: PlanInput = {
      vision,
      milestones: [{ id: "m", title: "First talk", dueDate: "2026-03-01" }],
      goals: [
        { id: "g1", title: "Someday", status: "done", dueDate: "2026-02-01" },
        { id: "g2", title: "Get better", status: "dropped", bucket: "core" },
        { id: "g3", title: "Learn more", status: "replaced", milestoneId: "m", dueDate: "2027-01-01" },
      ],
      reviews: [{ id: "r", date: "2026-04-05", kind: "quarterly" }],
    };
    expect(checkAlignment(plan, { asOf: "2026-05-01" }).issues).toEqual([]);
  });

  it("does not modify a deeply frozen plan", () => {
    const plan = deepFreeze(alignedPlan());
    expect(() => checkAlignment(plan, { asOf: AS_OF, tolerance: 0 })).not.toThrow();
  });

  it("returns equal reports for equal plans", () => {
    const plan = alignedPlan();
    plan.ratios = { core: 0.4, auxiliary: 0.4, exploratory: 0.2 };
    delete plan.goals![2]!.milestoneId;
    expect(checkAlignment(plan, { asOf: AS_OF })).toEqual(checkAlignment(structuredClone(plan), { asOf: AS_OF }));
  });

  it("reports, rather than throws on, vision dates that are missing or not strings", () => {
    const plan = alignedPlan() as unknown as { vision: Record<string, unknown> };
    delete plan.vision.startDate;
    plan.vision.targetDate = new Date("2030-12-31");
    const report = checkAlignment(plan as unknown as PlanInput, { asOf: AS_OF });
    expect(report.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: "vision/invalid-dates", path: ["vision", "startDate"] },
      { code: "vision/invalid-dates", path: ["vision", "targetDate"] },
    ]);
  });

  it("throws a RangeError naming the parameter when asOf is not a calendar date", () => {
    expect(() => checkAlignment({ vision }, { asOf: "2026-02-30" })).toThrow(new RangeError('checkAlignment: options.asOf must be a calendar date written YYYY-MM-DD, got "2026-02-30"'));
  });

  it("throws a RangeError when the tolerance is outside 0..1", () => {
    expect(() => checkAlignment({ vision }, { asOf: AS_OF, tolerance: 1.5 })).toThrow(RangeError);
  });

  it("throws a TypeError when the plan has no vision or options are missing", () => {
    expect(() => checkAlignment({} as PlanInput, { asOf: AS_OF })).toThrow(TypeError);
    expect(() => checkAlignment({ vision }, undefined as never)).toThrow(TypeError);
  });

  it("handles a 50,000-long prerequisite chain without overflowing the stack", () => {
    const count = 50_000;
    const capabilities = Array.from({ length: count }, (_, at) => ({ id: `c${at}`, name: `C${at}`, ...(at + 1 < count ? { requires: [`c${at + 1}`] } : {}) }));
    const milestones = [{ id: "m", title: "All of it", dueDate: "2030-01-01", capabilityIds: capabilities.map((capability) => capability.id) }];
    const report = checkAlignment({ vision: { ...vision, capabilities }, milestones }, { asOf: "2026-02-01" });
    expect(report.issues.map((issue) => issue.code)).toEqual(["milestone/unsupported"]);
  });

  it("reports a 20,000-long requires loop once, with a shortened message", () => {
    const count = 20_000;
    const capabilities = Array.from({ length: count }, (_, at) => ({ id: `c${at}`, name: `C${at}`, requires: [`c${(at + 1) % count}`] }));
    const milestones = [{ id: "m", title: "All of it", dueDate: "2030-01-01", capabilityIds: capabilities.map((capability) => capability.id) }];
    const report = checkAlignment({ vision: { ...vision, capabilities }, milestones }, { asOf: "2026-02-01" });
    expect(report.issues.filter((issue) => issue.code === "graph/cycle")).toEqual([
      {
        code: "graph/cycle",
        severity: "error",
        path: ["vision", "capabilities", 0],
        message: "requires loop: c0 → c1 → c2 → c3 → c4 → c5 → c6 → c7 → … → c19999 → c0 (20000 capabilities)",
        hint: "Remove one requires to break the loop; capabilities on or behind it cannot be scheduled.",
      },
    ]);
  });
});
