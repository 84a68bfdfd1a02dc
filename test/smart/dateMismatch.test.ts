import { describe, expect, it } from "vitest";
import { checkAlignment, checkSmart, type GoalInput } from "../../src/index.ts";
import { SENIOR_ENGINEER_AS_OF, seniorEngineerPlan } from "../fixtures/seniorEngineerPlan.ts";

const goal: GoalInput = { id: "g-docs", title: "Publish 2 design docs by June 30, 2027", dueDate: "2027-01-31" };

describe("smart/date-mismatch", () => {
  it("warns when the title's deadline disagrees with dueDate, with both dates, and keeps using dueDate", () => {
    const report = checkSmart(goal);
    const mismatch = report.issues.find((issue) => issue.code === "smart/date-mismatch");
    expect(mismatch).toMatchObject({ code: "smart/date-mismatch", severity: "warning", path: ["title"] });
    expect(mismatch?.message).toContain("2027-06-30");
    expect(mismatch?.message).toContain("2027-01-31");
    expect(report.deadline).toBe("2027-01-31");
    expect(report.criteria.timeBound.evidence).toEqual(["dueDate: 2027-01-31"]);
  });

  it("leaves ok true: a warning about dates fails no criterion", () => {
    const report = checkSmart(goal);
    expect(report.issues.map((issue) => issue.code)).toEqual(["smart/date-mismatch"]);
    expect(report.ok).toBe(true);
    expect(report.score).toBe(3);
  });

  it("says nothing when the dates agree, or when the title's date is counted from asOf", () => {
    expect(checkSmart({ ...goal, dueDate: "2027-06-30" }).issues).toEqual([]);
    expect(checkSmart({ ...goal, title: "Publish 2 design docs in 8 weeks" }, { asOf: "2026-11-22" }).issues).toEqual([]);
  });

  it("is reported by checkAlignment at the goal's title", () => {
    const plan = structuredClone(seniorEngineerPlan);
    plan.goals![1]!.dueDate = "2027-01-31";
    const issue = checkAlignment(plan, { asOf: SENIOR_ENGINEER_AS_OF }).issues.find((candidate) => candidate.code === "smart/date-mismatch");
    expect(issue?.path).toEqual(["goals", 1, "title"]);
    expect(issue?.message).toContain("2027-01-31");
  });
});
