import { describe, expect, it } from "vitest";
import { checkSmart, decomposeVision, draftGoals, type MilestoneInput, type VisionInput } from "../../src/index.ts";
import { frozenCopy, medicalAiProductLead, seniorEngineer, sustainableEnergyFounder } from "./fixtures.ts";

const sixMonths: MilestoneInput = { id: "m-6m", title: "6-month milestone", dueDate: "2026-07-05", capabilityIds: ["system-design"] };

describe("draftGoals", () => {
  it("returns one goal per capability with a measurable title and its deadline", () => {
    expect(draftGoals(sixMonths, seniorEngineer)).toEqual([
      {
        id: "g-system-design",
        title: "Complete 60 hours of focused work on System design and show a side project applying the course by July 5, 2026",
        milestoneId: "m-6m",
        bucket: "core",
        capabilityIds: ["system-design"],
        startDate: "2026-01-05",
        dueDate: "2026-07-05",
        effortHours: 60,
        metric: { metric: "hours of focused work on System design", unit: "h", baseline: 0, target: 60 },
      },
    ]);
  });

  it("returns goals starting at asOf when it is given", () => {
    expect(draftGoals(sixMonths, seniorEngineer, { asOf: "2026-03-01" })[0]?.startDate).toBe("2026-03-01");
  });

  it("returns the bucket of the capability's kind", () => {
    const milestone = { ...sixMonths, capabilityIds: ["mentoring", "system-design"] };
    expect(draftGoals(milestone, seniorEngineer).map((goal) => [goal.id, goal.bucket])).toEqual([["g-mentoring", "auxiliary"], ["g-system-design", "core"]]);
  });

  it("returns a title with one result to show when the capability names no evidence", () => {
    const milestone = { ...sixMonths, capabilityIds: ["mentoring"] };
    expect(draftGoals(milestone, seniorEngineer)[0]?.title).toBe("Complete 40 hours of focused work on Mentoring and show 1 result that proves it by July 5, 2026");
  });

  it("returns a title with one piece of work and no effort fields when the capability has no effort", () => {
    const vision: VisionInput = { ...seniorEngineer, capabilities: [{ id: "talk", name: "Public speaking", evidence: "A talk at a meetup." }] };
    const [goal] = draftGoals({ ...sixMonths, capabilityIds: ["talk"] }, vision);
    expect(goal?.title).toBe("Show 1 piece of work that proves Public speaking (a talk at a meetup) by July 5, 2026");
    expect(goal).not.toHaveProperty("effortHours");
    expect(goal).not.toHaveProperty("metric");
  });

  it("returns evidence starting with an acronym unchanged", () => {
    const vision: VisionInput = { ...seniorEngineer, capabilities: [{ id: "api", name: "API design", effortHours: 1, evidence: "API review notes" }] };
    expect(draftGoals({ ...sixMonths, capabilityIds: ["api"] }, vision)[0]?.title).toBe("Complete 1 hour of focused work on API design and show API review notes by July 5, 2026");
  });

  it("skips capability ids the vision does not know, and repeated ids", () => {
    const milestone = { ...sixMonths, capabilityIds: ["ghost", "system-design", "system-design"] };
    expect(draftGoals(milestone, seniorEngineer).map((goal) => goal.id)).toEqual(["g-system-design"]);
  });

  it("returns no goals for a milestone without capabilities", () => {
    expect(draftGoals({ id: "m", title: "M", dueDate: "2027-01-05" }, seniorEngineer)).toEqual([]);
  });

  it("returns one draft per capability over all milestones of the decomposed seed visions", () => {
    for (const [vision, hours] of [[sustainableEnergyFounder, 8], [medicalAiProductLead, 6]] as const) {
      const { milestones } = decomposeVision(vision, { hoursPerWeek: hours });
      const goals = milestones.flatMap((milestone) => draftGoals(milestone, vision));
      expect(goals.map((goal) => goal.id).sort()).toEqual((vision.capabilities ?? []).map((capability) => `g-${capability.id}`).sort());
      expect(goals.every((goal) => / by [A-Z][a-z]+ \d{1,2}, \d{4}$/.test(goal.title))).toBe(true);
    }
  });

  it("returns titles that checkSmart finds measurable and time-bound, due on the milestone's date", () => {
    const talk: VisionInput = { ...seniorEngineer, capabilities: [{ id: "talk", name: "Public speaking", evidence: "A talk at a meetup" }] };
    const cases = [[seniorEngineer, 6], [sustainableEnergyFounder, 8], [medicalAiProductLead, 6], [talk, 6]] as const;
    for (const [vision, hoursPerWeek] of cases) {
      for (const milestone of decomposeVision(vision, { hoursPerWeek }).milestones) {
        for (const goal of draftGoals(milestone, vision)) {
          const report = checkSmart(goal.title, { asOf: vision.startDate });
          expect([goal.title, report.criteria.measurable.status, report.criteria.timeBound.status, report.deadline]).toEqual([goal.title, "pass", "pass", goal.dueDate]);
        }
      }
    }
  });

  it("throws a RangeError for an asOf that is not a calendar date", () => {
    expect(() => draftGoals(sixMonths, seniorEngineer, { asOf: "2026-02-30" })).toThrow(/draftGoals: options.asOf must be a calendar date/);
  });

  it("throws a RangeError for a milestone due date that is not a calendar date", () => {
    expect(() => draftGoals({ ...sixMonths, dueDate: "soon" }, seniorEngineer)).toThrow(/draftGoals: milestone.dueDate/);
  });

  it("does not mutate its input", () => {
    const milestone = frozenCopy(sixMonths);
    const vision = frozenCopy(seniorEngineer);
    draftGoals(milestone, vision, frozenCopy({ asOf: "2026-03-01" }));
    expect(vision).toEqual(seniorEngineer);
    expect(milestone).toEqual(sixMonths);
  });
});
