import { describe, expect, it } from "vitest";
import { checkAlignment, checkSmart, createPlan, parsePlan, type VisionInput } from "../../src/index.ts";
import { frozenCopy } from "./fixtures.ts";
import { backendToStaff, marketingToProduct, nurseToHealthData, PERSONA_AS_OF as asOf } from "./personas.ts";

const personas = [
  ["backend developer → staff engineer in 7 years", backendToStaff, 5],
  ["nurse → health-data analytics in 4 years", nurseToHealthData, 6],
  ["marketing coordinator → product manager in 3, head of product in 10", marketingToProduct, 4],
] as const;

describe("createPlan", () => {
  describe.each(personas)("for a %s", (_, vision, hoursPerWeek) => {
    const { plan, issues } = createPlan(vision, { asOf, hoursPerWeek });

    it("returns a plan parsePlan accepts and checkAlignment finds nothing wrong with", () => {
      expect(parsePlan(plan).ok).toBe(true);
      expect(issues.filter((issue) => issue.severity === "error")).toEqual([]);
      expect(checkAlignment(plan, { asOf }).issues).toEqual([]);
      expect(plan.hoursPerWeek).toBe(hoursPerWeek);
    });

    it("returns a goal for every capability and drafts of their own for the auxiliary and exploratory shares", () => {
      const built = new Set(plan.goals!.flatMap((goal) => goal.capabilityIds ?? []));
      expect([...built].sort()).toEqual(vision.capabilities!.map((capability) => capability.id).sort());
      expect(plan.goals!.some((goal) => goal.bucket === "auxiliary" && goal.id.startsWith("g-aux-") && goal.effortHours! > 0)).toBe(true);
      expect(plan.goals!.some((goal) => goal.bucket === "exploratory" && /informational interviews/.test(goal.title))).toBe(true);
    });

    it("returns titles a coach would write: outcomes, never horizon labels, hours or sessions", () => {
      for (const milestone of plan.milestones!) expect(milestone.title).not.toMatch(/\d+-(month|year) milestone/);
      for (const goal of plan.goals!) {
        expect(goal.title).not.toMatch(/hours of focused work|session \d+ of|o\*net|\d\/\d/i);
        const { criteria } = checkSmart(goal, { asOf, plan });
        expect([goal.title, criteria.specific.status, criteria.measurable.status, criteria.timeBound.status]).toEqual([goal.title, "pass", "pass", "pass"]);
      }
      for (const task of plan.tasks!) expect(task.title).not.toMatch(/session \d+ of \d+/);
    });

    it("returns tasks of 30 to 60 minutes for the next 4 weeks only, about the weekly hours, with ids from their goal", () => {
      const minutes = plan.tasks!.reduce((sum, task) => sum + task.minutes, 0);
      expect(minutes).toBeGreaterThan(hoursPerWeek * 4 * 60 * 0.6);
      expect(minutes).toBeLessThanOrEqual(hoursPerWeek * 4 * 60 * 1.05);
      for (const task of plan.tasks!) {
        expect(task.minutes).toBeGreaterThanOrEqual(30);
        expect(task.minutes).toBeLessThanOrEqual(60);
        expect(task.id.startsWith(`${task.goalId}-t`)).toBe(true);
      }
    });

    it("returns goals that start when their prerequisites are scheduled to be ready", () => {
      const goalOf = new Map(plan.goals!.flatMap((goal) => (goal.capabilityIds ?? []).map((id) => [id, goal] as const)));
      for (const capability of vision.capabilities!) {
        for (const required of capability.requires ?? []) expect(goalOf.get(capability.id)!.startDate! > goalOf.get(required)!.startDate!).toBe(true);
      }
    });
  });

  it("pins an intermediate destination: 'Land a product manager role' by its date, not at the 10-year target (bug)", () => {
    const { plan } = createPlan(marketingToProduct, { asOf, hoursPerWeek: 4 });
    const goal = plan.goals!.find((candidate) => candidate.capabilityIds?.includes("pm-role"))!;
    expect(goal.title).toBe("Land a product manager role by December 7, 2029");
    expect(goal.dueDate! <= "2029-12-07").toBe(true);
  });

  it("reads the vision's who: mentoring when it names people the person mentors, conversations with a mentor of their own otherwise", () => {
    const aux = (vision: VisionInput) => createPlan(vision, { asOf, hoursPerWeek: 6 }).plan.goals!.find((goal) => goal.id.startsWith("g-aux-"))!.title;
    expect(aux(backendToStaff)).toMatch(/^Mentor a junior engineer in \d+ sessions/);
    expect(aux(nurseToHealthData)).toMatch(/^Hold \d+ one-to-one conversations? with the clinical informatics team/);
  });

  it("returns the same ids when run twice, each once", () => {
    const first = createPlan(nurseToHealthData, { asOf, hoursPerWeek: 6 }).plan;
    const second = createPlan(nurseToHealthData, { asOf, hoursPerWeek: 6 }).plan;
    expect(second).toEqual(first);
    const ids = [...first.goals!, ...first.tasks!].map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("returns allocation/drift when the capabilities leave too little core work to keep the mix", () => {
    const vision: VisionInput = { ...nurseToHealthData, capabilities: [{ id: "stakeholders", name: "Stakeholder management", kind: "auxiliary", effortHours: 60 }] };
    const { issues } = createPlan(vision, { asOf, hoursPerWeek: 6 });
    expect(issues).toContainEqual(expect.objectContaining({ code: "allocation/drift", severity: "warning", path: ["vision", "capabilities"] }));
  });

  it("plans from asOf when the vision started earlier, and records the planning as the reviews owed", () => {
    const { plan } = createPlan({ ...backendToStaff, startDate: "2025-06-01" }, { asOf, hoursPerWeek: 5 });
    expect(plan.milestones![0]!.dueDate).toBe("2027-06-07");
    expect(plan.reviews?.map((review) => [review.id, review.date, review.kind])).toEqual([
      [`r-${asOf}-quarterly`, asOf, "quarterly"],
      [`r-${asOf}-canvas`, asOf, "canvas"],
      [`r-${asOf}-vision`, asOf, "vision"],
    ]);
    expect(checkAlignment(plan, { asOf }).issues).toEqual([]);
  });

  it("returns vision/not-achievable and no goals when the target date has passed", () => {
    const { plan, issues } = createPlan({ ...backendToStaff, startDate: "2020-01-01", targetDate: "2026-01-01" }, { asOf, hoursPerWeek: 5 });
    expect(issues).toEqual([expect.objectContaining({ code: "vision/not-achievable", severity: "error", path: ["vision", "targetDate"] })]);
    expect(plan.goals).toEqual([]);
  });

  it("splits only planAheadWeeks of work into tasks", () => {
    const none = createPlan(backendToStaff, { asOf, hoursPerWeek: 5, planAheadWeeks: 0 }).plan.tasks;
    const two = createPlan(backendToStaff, { asOf, hoursPerWeek: 5, planAheadWeeks: 2 }).plan.tasks!;
    const four = createPlan(backendToStaff, { asOf, hoursPerWeek: 5 }).plan.tasks!;
    expect(none).toEqual([]);
    expect(two.length).toBeLessThan(four.length);
  });

  it("throws for an asOf that is not a date, or planAheadWeeks out of 0 to 52", () => {
    expect(() => createPlan(backendToStaff, { asOf: "2026-02-30", hoursPerWeek: 5 })).toThrow(/createPlan: options.asOf/);
    expect(() => createPlan(backendToStaff, { asOf, hoursPerWeek: 5, planAheadWeeks: 53 })).toThrow(new RangeError("createPlan: options.planAheadWeeks must be a whole number from 0 to 52, got 53"));
    expect(() => createPlan(backendToStaff, { asOf, hoursPerWeek: -1 })).toThrow(/hoursPerWeek/);
  });

  it("does not mutate its input", () => {
    const vision = frozenCopy(marketingToProduct);
    createPlan(vision, frozenCopy({ asOf, hoursPerWeek: 4 }));
    expect(vision).toEqual(marketingToProduct);
  });
});
