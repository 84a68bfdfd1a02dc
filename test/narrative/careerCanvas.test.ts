import { describe, expect, it } from "vitest";
import { careerCanvas } from "../../src/index.ts";
import { SENIOR_ENGINEER_AS_OF, seniorEngineerPlan } from "../fixtures/seniorEngineerPlan.ts";
import { frozenCopy, planWithGoals, seniorPlanWith } from "../progress/testPlans.ts";

const canvas = careerCanvas(seniorEngineerPlan, { capabilities: [], resources: ["A senior mentor", " ", "Training budget "] }, { asOf: SENIOR_ENGINEER_AS_OF });

describe("careerCanvas", () => {
  it("returns a capability as held when every goal building it is done", () => {
    expect(canvas.held).toEqual([{ name: "System design", capabilityId: "system-design", source: "goals", evidence: ["Complete one advanced course in system design and apply 3 of its concepts in a side project by June 30, 2026"] }]);
  });

  it("returns capabilities the profile names by id or name in any case, and other skills as they are", () => {
    const result = careerCanvas(seniorEngineerPlan, { capabilities: ["MENTORING", "feature-ownership", "SQL", "sql"] }, { asOf: SENIOR_ENGINEER_AS_OF });
    expect(result.held).toEqual([
      { name: "Mentoring", capabilityId: "mentoring", source: "profile" },
      { name: "End-to-end feature ownership", capabilityId: "feature-ownership", source: "profile" },
      { name: "SQL", source: "profile" },
      { name: "System design", capabilityId: "system-design", source: "goals", evidence: ["Complete one advanced course in system design and apply 3 of its concepts in a side project by June 30, 2026"] },
    ]);
  });

  it("cites as evidence only done goals and logged evidence, never the evidence still planned (bug: planned evidence was claimed)", () => {
    const plan = seniorPlanWith({
      log: [
        { date: "2026-11-01", goalId: "g-mentor", evidence: "Ana shipped her first feature on her own" },
        { date: "2026-12-01", goalId: "g-mentor", evidence: "Logged after the canvas date" },
      ],
    });
    const result = careerCanvas(plan, { capabilities: ["mentoring"] }, { asOf: SENIOR_ENGINEER_AS_OF });
    expect(result.held.find((capability) => capability.capabilityId === "mentoring")?.evidence).toEqual(["Ana shipped her first feature on her own"]);
    // feature-ownership has an active goal and no done one: nothing to cite.
    const owned = careerCanvas(seniorEngineerPlan, { capabilities: ["feature-ownership"] }, { asOf: SENIOR_ENGINEER_AS_OF });
    expect(owned.held[0]?.evidence).toBeUndefined();
  });

  it("leaves tasks a review closed out of the next steps (bug: a replaced goal's task stayed first)", () => {
    const tasks = seniorEngineerPlan.tasks!.map((task) => (task.id === "g-lead-feature-2" ? { ...task, closedOn: "2026-11-01" } : task));
    const steps = careerCanvas(seniorPlanWith({ tasks }), { capabilities: [] }, { asOf: SENIOR_ENGINEER_AS_OF }).nextSteps;
    expect(steps.some((step) => step.taskId === "g-lead-feature-2")).toBe(false);
  });

  it("throws a TypeError naming the 0.2 options when asOf is passed as a string", () => {
    expect(() => careerCanvas(seniorEngineerPlan, { capabilities: [] }, "2026-11-22" as never)).toThrow(/careerCanvas: options must be an object such as \{ asOf \}/);
  });

  it("returns the resources trimmed, without blanks", () => {
    expect(canvas.resources).toEqual(["A senior mentor", "Training budget"]);
  });

  it("returns each gap with its earliest milestone and the active goals that close it, by milestone date", () => {
    expect(canvas.gaps).toEqual([
      { capabilityId: "feature-ownership", name: "End-to-end feature ownership", kind: "core", milestoneId: "m-1y", milestoneTitle: "Lead one feature end to end", dueDate: "2027-01-05", goalIds: ["g-lead-feature"] },
      { capabilityId: "mentoring", name: "Mentoring", kind: "auxiliary", milestoneId: "m-3y", milestoneTitle: "Mentor a junior engineer and drive a reliability initiative", dueDate: "2029-01-05", goalIds: ["g-mentor"] },
      {
        capabilityId: "technical-leadership",
        name: "Technical leadership",
        kind: "core",
        milestoneId: "m-3y",
        milestoneTitle: "Mentor a junior engineer and drive a reliability initiative",
        dueDate: "2029-01-05",
        goalIds: ["g-load-time", "g-promotion"],
      },
    ]);
  });

  it("returns next steps: a gap's open micro-task, else a split step for its goal", () => {
    expect(canvas.nextSteps).toEqual([
      { text: "Agree the rollout plan with QA", capabilityId: "feature-ownership", goalId: "g-lead-feature", taskId: "g-lead-feature-2", minutes: 45 },
      { text: 'Split "Mentor one junior engineer every week for 6 months and document 5 team best practices by June 30, 2027" into micro-tasks of 30–60 minutes', capabilityId: "mentoring", goalId: "g-mentor" },
      { text: 'Split "Cut the dashboard load time by 40%, from 5 s to 3 s, and present the results by December 31, 2027" into micro-tasks of 30–60 minutes', capabilityId: "technical-leadership", goalId: "g-load-time" },
    ]);
  });

  it("returns a drafted step for a gap that no goal closes", () => {
    const plan = planWithGoals([], {
      vision: { id: "v", statement: "Lead a product team", startDate: "2026-01-01", targetDate: "2030-12-31", capabilities: [{ id: "pm", name: "Product management" }] },
      milestones: [{ id: "m-1y", title: "Own a roadmap", dueDate: "2027-01-01", capabilityIds: ["pm"] }],
    });
    expect(careerCanvas(plan, { capabilities: [] }, { asOf: "2026-06-01" }).nextSteps).toEqual([
      { text: 'Draft a SMART goal for Product management (milestone "Own a roadmap", due 2027-01-01)', capabilityId: "pm" },
    ]);
  });

  it("returns at most five next steps, filling with further open tasks by goal due date", () => {
    const tasks = Array.from({ length: 8 }, (_, index) => ({ id: `t${index}`, goalId: "g-lead-feature", title: `Step ${index}`, minutes: 30 }));
    const result = careerCanvas(seniorPlanWith({ tasks }), { capabilities: [] }, { asOf: SENIOR_ENGINEER_AS_OF });
    expect(result.nextSteps.map((step) => step.taskId ?? step.goalId)).toEqual(["t0", "g-mentor", "g-load-time", "t1", "t2"]);
  });

  it("returns the next update six months after asOf", () => {
    expect([canvas.asOf, canvas.nextUpdate]).toEqual(["2026-11-22", "2027-05-22"]);
  });

  it("returns empty lists for a plan with no capabilities, milestones, goals or tasks", () => {
    expect(careerCanvas(planWithGoals([]), { capabilities: [] }, { asOf: "2026-06-01" })).toEqual({
      vision: "Become a staff engineer",
      asOf: "2026-06-01",
      nextUpdate: "2026-12-01",
      held: [],
      resources: [],
      gaps: [],
      nextSteps: [],
    });
  });

  it("throws a TypeError when the profile has no capability list", () => {
    expect(() => careerCanvas(seniorEngineerPlan, {} as never, { asOf: SENIOR_ENGINEER_AS_OF })).toThrow(new TypeError("careerCanvas: profile.capabilities must be an array, got undefined"));
  });

  it("throws a TypeError naming profile, not profile.capabilities, when the profile is not an object", () => {
    expect(() => careerCanvas(seniorEngineerPlan, null as never, { asOf: SENIOR_ENGINEER_AS_OF })).toThrow(new TypeError("careerCanvas: profile must be an object, got null"));
    expect(() => careerCanvas(seniorEngineerPlan, undefined as never, { asOf: SENIOR_ENGINEER_AS_OF })).toThrow(new TypeError("careerCanvas: profile must be an object, got undefined"));
    expect(() => careerCanvas(seniorEngineerPlan, "Mentoring" as never, { asOf: SENIOR_ENGINEER_AS_OF })).toThrow(new TypeError('careerCanvas: profile must be an object, got "Mentoring"'));
  });

  it("throws a RangeError naming the parameter when asOf is not a date", () => {
    expect(() => careerCanvas(seniorEngineerPlan, { capabilities: [] }, { asOf: "soon" })).toThrow(new RangeError('careerCanvas: options.asOf must be a calendar date written YYYY-MM-DD, got "soon"'));
  });

  it("does not mutate its input", () => {
    const plan = frozenCopy(seniorPlanWith({}));
    const profile = frozenCopy({ capabilities: ["Mentoring"], resources: ["A mentor"] });
    expect(() => careerCanvas(plan, profile, { asOf: SENIOR_ENGINEER_AS_OF })).not.toThrow();
    expect(plan).toEqual(seniorEngineerPlan);
  });
});
