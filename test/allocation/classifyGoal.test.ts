import { describe, expect, it } from "vitest";
import { classifyGoal, type GoalInput, type VisionInput } from "../../src/index.ts";
import { seniorEngineerPlan } from "../fixtures/seniorEngineerPlan.ts";
import { deepFreeze } from "../fixtures/deepFreeze.ts";

const vision: VisionInput = seniorEngineerPlan.vision;
const goal = (fields: Partial<GoalInput>): GoalInput => ({ id: "g", title: "A goal", ...fields });

describe("classifyGoal", () => {
  it("returns the explicit bucket when the goal has one", () => {
    expect(classifyGoal(goal({ bucket: "exploratory", capabilityIds: ["system-design"] }), vision)).toBe("exploratory");
  });

  it("returns core when the goal builds a core capability", () => {
    expect(classifyGoal(goal({ capabilityIds: ["system-design"] }), vision)).toBe("core");
  });

  it("lets the first capability with a repeated id decide, as every lookup by id does (the repeat is a ref/duplicate-id)", () => {
    const repeated: VisionInput = { ...vision, capabilities: [{ id: "x", name: "X", kind: "auxiliary" }, { id: "x", name: "X again", kind: "core" }] };
    expect(classifyGoal(goal({ capabilityIds: ["x"] }), repeated)).toBe("auxiliary");
  });

  it("returns core when a capability has no kind (core is the default)", () => {
    const plain: VisionInput = { ...vision, capabilities: [{ id: "sql", name: "SQL" }] };
    expect(classifyGoal(goal({ capabilityIds: ["sql"] }), plain)).toBe("core");
  });

  it("returns core when the goal builds both an auxiliary and a core capability", () => {
    expect(classifyGoal(goal({ capabilityIds: ["mentoring", "technical-leadership"] }), vision)).toBe("core");
  });

  it("returns auxiliary when the goal builds only auxiliary capabilities", () => {
    expect(classifyGoal(goal({ capabilityIds: ["mentoring"] }), vision)).toBe("auxiliary");
  });

  it("returns exploratory when the goal names no capability", () => {
    expect(classifyGoal(goal({}), vision)).toBe("exploratory");
  });

  it("returns exploratory when the goal names only capabilities the vision doesn't list", () => {
    expect(classifyGoal(goal({ capabilityIds: ["quantum-computing"] }), vision)).toBe("exploratory");
  });

  it("returns exploratory when the vision lists no capabilities", () => {
    const bare: VisionInput = { id: "v", statement: "Lead a team", startDate: "2026-01-01", targetDate: "2030-12-31" };
    expect(classifyGoal(goal({ capabilityIds: ["system-design"] }), bare)).toBe("exploratory");
  });

  it("classifies every goal of the senior-engineer plan as its bucket says", () => {
    const buckets = (seniorEngineerPlan.goals ?? []).map((item) => classifyGoal({ ...item, bucket: undefined }, vision));
    expect(buckets).toEqual((seniorEngineerPlan.goals ?? []).map((item) => item.bucket));
  });

  it("throws a TypeError for a bucket that is not a bucket name", () => {
    const bad = { id: "g", title: "A goal", bucket: "side" } as unknown as GoalInput;
    expect(() => classifyGoal(bad, vision)).toThrow(
      new TypeError('classifyGoal: goal.bucket must be "core", "auxiliary" or "exploratory", got "side"'),
    );
  });

  it("does not mutate the goal or the vision", () => {
    const frozenVision = deepFreeze(structuredClone(vision));
    const frozenGoal = deepFreeze(goal({ capabilityIds: ["mentoring"] }));
    expect(classifyGoal(frozenGoal, frozenVision)).toBe("auxiliary");
    expect(frozenVision).toEqual(vision);
  });
});
