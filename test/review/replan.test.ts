import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { type CapabilityInput, parsePlan, type PlanInput, replan } from "../../src/index.ts";
import { seniorEngineerPlan } from "../fixtures/seniorEngineerPlan.ts";
import { deepFreeze } from "../fixtures/deepFreeze.ts";
import { validPlan } from "../property/arbitraries.ts";

// The seeds' adjustment example: AI shifts the field, so the path moves from technical execution to technology commercialization.
const commercialization: CapabilityInput[] = [
  { id: "product-discovery", name: "Product discovery with customers", kind: "core", effortHours: 60, evidence: "3 customer interviews written up" },
  { id: "commercialization", name: "Technology commercialization", kind: "core", effortHours: 100, requires: ["product-discovery"], evidence: "a business case for one AI feature" },
  { id: "pricing", name: "Pricing and go-to-market basics", kind: "auxiliary", effortHours: 30 },
];
const asOf = "2027-01-05";

describe("replan", () => {
  const result = replan(seniorEngineerPlan, { asOf, capabilities: commercialization });

  it("keeps the vision statement, every goal, the tasks, reviews and the milestones already due", () => {
    const { plan } = result;
    expect(plan.vision.statement).toBe(seniorEngineerPlan.vision.statement);
    expect(plan.goals?.slice(0, seniorEngineerPlan.goals!.length)).toEqual(seniorEngineerPlan.goals);
    expect(plan.tasks).toBe(seniorEngineerPlan.tasks);
    expect(plan.reviews).toBe(seniorEngineerPlan.reviews);
    expect(plan.milestones?.filter((milestone) => milestone.dueDate < asOf)).toEqual(seniorEngineerPlan.milestones?.filter((milestone) => milestone.dueDate < asOf));
  });

  it("adds the new capabilities to the vision and places them on new future milestones, counted from the vision's start", () => {
    expect(result.plan.vision.capabilities?.map((capability) => capability.id)).toEqual(["system-design", "feature-ownership", "mentoring", "technical-leadership", "product-discovery", "commercialization", "pricing"]);
    expect(result.moves).toEqual([
      { capabilityId: "product-discovery", to: { milestoneId: "m-18m", dueDate: "2027-07-05" } },
      { capabilityId: "commercialization", to: { milestoneId: "m-2y", dueDate: "2028-01-05" } },
      { capabilityId: "pricing", to: { milestoneId: "m-18m", dueDate: "2027-07-05" } },
    ]);
    expect(result.plan.milestones?.map((milestone) => milestone.dueDate)).toEqual([...(result.plan.milestones?.map((milestone) => milestone.dueDate) ?? [])].sort());
    expect(result.plan.milestones?.find((milestone) => milestone.id === "m-18m")?.title).toMatch(/^Product discovery/);
  });

  it("drafts one goal per placed capability, starting on the replan date", () => {
    expect(result.addedGoalIds).toEqual(["g-product-discovery", "g-pricing", "g-commercialization"]);
    const drafted = result.plan.goals?.filter((goal) => result.addedGoalIds.includes(goal.id)) ?? [];
    expect(drafted.every((goal) => goal.startDate === asOf && goal.status !== "done")).toBe(true);
    expect(drafted.find((goal) => goal.id === "g-commercialization")).toMatchObject({ milestoneId: "m-2y", dueDate: "2028-01-05", effortHours: 100 });
  });

  it("leaves what is held or under way alone and re-places only open capabilities", () => {
    const moved = new Set(result.moves.map((move) => move.capabilityId));
    for (const id of ["system-design", "feature-ownership", "mentoring", "technical-leadership"]) expect(moved.has(id)).toBe(false);
  });

  const withSpeaking = (milestone: { id: string; title: string; dueDate: string; horizon: string }): PlanInput => ({
    ...seniorEngineerPlan,
    milestones: [...seniorEngineerPlan.milestones!, { ...milestone, capabilityIds: ["speaking"] }],
    vision: { ...seniorEngineerPlan.vision, capabilities: [...seniorEngineerPlan.vision.capabilities!, { id: "speaking", name: "Public speaking", kind: "auxiliary", effortHours: 20 }] },
  });

  it("keeps an open capability on its future milestone while the new path can still have it done by then", () => {
    const plan = withSpeaking({ id: "m-4y", title: "Give a conference talk", dueDate: "2030-01-05", horizon: "4y" });
    const { moves, removedMilestoneIds, plan: next } = replan(plan, { asOf });
    expect(moves).toEqual([]);
    expect(removedMilestoneIds).toEqual([]);
    expect(next.milestones?.find((milestone) => milestone.id === "m-4y")).toMatchObject({ title: "Give a conference talk", capabilityIds: ["speaking"] });
    expect(next.goals?.at(-1)).toMatchObject({ id: "g-speaking", milestoneId: "m-4y", startDate: asOf });
  });

  it("moves an open capability whose milestone now comes too soon, and rebuilds the milestone it emptied", () => {
    const plan = withSpeaking({ id: "m-talk", title: "Give a meetup talk", dueDate: "2027-01-20", horizon: "13m" });
    const { moves, removedMilestoneIds, plan: next } = replan(plan, { asOf });
    expect(moves).toEqual([{ capabilityId: "speaking", from: { milestoneId: "m-talk", dueDate: "2027-01-20" }, to: { milestoneId: "m-18m", dueDate: "2027-07-05" } }]);
    expect(removedMilestoneIds).toEqual(["m-talk"]);
    expect(next.milestones?.find((milestone) => milestone.id === "m-18m")?.title).toBe("Public speaking practice in place");
  });

  it("never places a capability before one it requires", () => {
    const plan = withSpeaking({ id: "m-4y", title: "Give a conference talk", dueDate: "2030-01-05", horizon: "4y" });
    const keynote: CapabilityInput = { id: "keynote", name: "Keynote speaking", kind: "auxiliary", effortHours: 5, requires: ["speaking"] };
    const { plan: next } = replan(plan, { asOf, capabilities: [keynote] });
    const dueOf = (id: string) => next.milestones?.find((milestone) => milestone.capabilityIds?.includes(id))?.dueDate ?? "";
    expect(dueOf("keynote") >= dueOf("speaking")).toBe(true);
  });

  it("reports vision/not-achievable for what no longer fits, placing the rest", () => {
    const { issues, moves } = replan(seniorEngineerPlan, { asOf, hoursPerWeek: 0.1, capabilities: commercialization });
    expect(issues.map((issue) => issue.code)).toContain("vision/not-achievable");
    expect(issues.find((issue) => issue.code === "vision/not-achievable")?.path.slice(0, 2)).toEqual(["vision", "capabilities"]);
    expect(moves.some((move) => move.to === undefined)).toBe(true);
  });

  it("returns the plan unchanged on a requires loop", () => {
    const loop: CapabilityInput[] = [
      { id: "x", name: "X", requires: ["y"], effortHours: 5 },
      { id: "y", name: "Y", requires: ["x"], effortHours: 5 },
    ];
    const outcome = replan(seniorEngineerPlan, { asOf, capabilities: loop });
    expect(outcome.plan).toBe(seniorEngineerPlan);
    expect(outcome.issues.map((issue) => issue.code)).toContain("graph/cycle");
  });

  it("throws for a bad asOf and when no hours per week are known", () => {
    expect(() => replan(seniorEngineerPlan, { asOf: "2027-02-30" })).toThrow(/replan: options.asOf/);
    expect(() => replan({ vision: seniorEngineerPlan.vision }, { asOf })).toThrow(/replan: options.hoursPerWeek/);
  });

  test.prop([validPlan, fc.constantFrom("2026-06-01", "2030-01-01")], { numRuns: 150 })("never mutates its input and keeps a parseable plan parseable", (plan, day) => {
    fc.pre(parsePlan(plan).ok);
    const frozen = deepFreeze(structuredClone(plan));
    const outcome = replan(frozen, { asOf: day, hoursPerWeek: 6 });
    expect(frozen).toEqual(plan);
    const parsed = parsePlan(outcome.plan);
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });
});
