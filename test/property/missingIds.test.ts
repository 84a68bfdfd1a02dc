// Plans straight from JSON may lack ids the types require. A missing reference
// (a goal without a milestoneId) must never find an item that lacks an id.
import { describe, expect, it } from "vitest";
import { careerCanvas, checkAlignment, measureProgress, renderPlanMarkdown, type PlanInput } from "../../src/index.ts";

const AS_OF = "2026-11-22";
const plan = {
  vision: { id: "v", statement: "Become a staff engineer", startDate: "2026-01-05", targetDate: "2030-12-31", capabilities: [{ id: "design", name: "System design" }] },
  milestones: [{ title: "No id", dueDate: "2027-01-05", capabilityIds: ["design"] }],
  goals: [{ id: "g1", title: "Publish 3 design documents by June 30, 2027", dueDate: "2027-06-30", bucket: "auxiliary", effortHours: 20 }],
} as unknown as PlanInput;

describe("a goal without a milestoneId beside a milestone without an id", () => {
  it("is an orphan, and the milestone is unsupported, for checkAlignment", () => {
    const codes = checkAlignment(plan, { asOf: AS_OF }).issues.map((issue) => issue.code);
    expect(codes).toContain("goal/orphan");
    expect(codes).toContain("milestone/unsupported");
  });

  it("is listed under Other goals on the plan page, not under the milestone", () => {
    const page = renderPlanMarkdown(plan, { asOf: AS_OF });
    expect(page).toMatch(/### No id\n\nDue 2027-01-05: [a-z-]+, 0%\.\n\nNo goals yet\./);
    expect(page).toMatch(/## Other goals\n\n- Publish 3 design documents/);
  });

  it("does not count toward the milestone's progress", () => {
    expect(measureProgress(plan, { asOf: AS_OF }).milestones[0]).toMatchObject({ progress: 0 });
    expect(() => careerCanvas(plan, { capabilities: [] }, { asOf: AS_OF })).not.toThrow();
  });
});

describe("effort hours written as text", () => {
  it("weigh a goal as 1 hour in roll-ups instead of joining strings", () => {
    const goals = [
      { id: "a", title: "Ship the design doc", milestoneId: "m", effortHours: "3", status: "done" },
      { id: "b", title: "Write the rollout plan", milestoneId: "m", effortHours: 1 },
    ];
    const withText = { ...plan, milestones: [{ id: "m", title: "Lead", dueDate: "2027-01-05" }], goals } as unknown as PlanInput;
    expect(measureProgress(withText, { asOf: AS_OF }).milestones[0]!.progress).toBe(0.5);
  });
});
