import { describe, expect, it } from "vitest";
import { decomposeVision, type CapabilityInput, type VisionInput } from "../../src/index.ts";
import { frozenCopy, medicalAiProductLead, seniorEngineer, sustainableEnergyFounder } from "./fixtures.ts";

const base: VisionInput = { id: "v", statement: "Lead a platform team", startDate: "2026-01-05", targetDate: "2030-12-31" };

function withCapabilities(capabilities: CapabilityInput[], extra: Partial<VisionInput> = {}): VisionInput {
  return { ...base, ...extra, capabilities };
}

function placement(vision: VisionInput, hoursPerWeek: number) {
  return decomposeVision(vision, { hoursPerWeek }).milestones.map((milestone) => [milestone.id, milestone.capabilityIds]);
}

describe("decomposeVision", () => {
  it("returns the senior-engineer milestones: design at 6 months, ownership and mentoring at 1 year, leadership at 3 years", () => {
    expect(decomposeVision(seniorEngineer, { hoursPerWeek: 6 })).toEqual({
      milestones: [
        { id: "m-6m", title: "6-month milestone: System design", dueDate: "2026-07-05", horizon: "6m", capabilityIds: ["system-design"] },
        { id: "m-1y", title: "1-year milestone: End-to-end feature ownership, Mentoring", dueDate: "2027-01-05", horizon: "1y", capabilityIds: ["feature-ownership", "mentoring"] },
        { id: "m-3y", title: "3-year milestone: Technical leadership", dueDate: "2029-01-05", horizon: "3y", capabilityIds: ["technical-leadership"] },
        { id: "m-final", title: `Vision: ${seniorEngineer.statement}`, dueDate: "2030-12-31", horizon: "final", capabilityIds: [] },
      ],
      issues: [],
    });
  });

  it("returns the sustainable-energy founder's path as the seed back-calculates it", () => {
    expect(placement(sustainableEnergyFounder, 8)).toEqual([
      ["m-6m", ["energy-projects", "competitive-analysis"]],
      ["m-1y", ["energy-storage", "cross-team-leadership"]],
      ["m-3y", ["rd-management", "patents", "supply-chain"]],
      ["m-final", ["venture-building"]],
    ]);
  });

  it("returns the medical-AI lead's project at the 3-year milestone, after its three prerequisites", () => {
    expect(placement(medicalAiProductLead, 6)).toEqual([
      ["m-6m", ["clinical-domain"]],
      ["m-1y", ["regulation", "collaboration"]],
      ["m-3y", ["product-discovery", "project-lead"]],
      ["m-final", []],
    ]);
  });

  it("returns a capability at its prerequisite's milestone when capacity would allow it earlier", () => {
    const vision = withCapabilities([
      { id: "big", name: "Big", effortHours: 150 },
      { id: "small", name: "Small", kind: "auxiliary", effortHours: 1, requires: ["big"] },
    ]);
    expect(placement(vision, 6)).toEqual([["m-6m", []], ["m-1y", ["big", "small"]], ["m-3y", []], ["m-final", []]]);
  });

  it("returns prerequisites first when they come later in the input", () => {
    const vision = withCapabilities([
      { id: "second", name: "Second", effortHours: 10, requires: ["first"] },
      { id: "first", name: "First", effortHours: 10 },
    ]);
    expect(placement(vision, 6)[0]).toEqual(["m-6m", ["first", "second"]]);
  });

  it("returns auxiliary capabilities placed against the auxiliary share only", () => {
    // 6 h/week × 0.2 = 1.2 h/week: 31 h by 6 months, 62.6 h by 1 year.
    const vision = withCapabilities([{ id: "talks", name: "Talks", kind: "auxiliary", effortHours: 40 }]);
    expect(placement(vision, 6)[1]).toEqual(["m-1y", ["talks"]]);
  });

  it("returns the horizons given in the options, sorted by months, with readable titles", () => {
    const vision = withCapabilities([{ id: "a", name: "A", effortHours: 1 }]);
    const { milestones } = decomposeVision(vision, { hoursPerWeek: 6, horizons: [{ id: "2y", months: 24 }, { id: "18m", months: 18 }] });
    expect(milestones.map((milestone) => [milestone.id, milestone.dueDate, milestone.title])).toEqual([
      ["m-18m", "2027-07-05", "18-month milestone: A"],
      ["m-2y", "2028-01-05", "2-year milestone"],
      ["m-final", "2030-12-31", "Vision: Lead a platform team"],
    ]);
  });

  it("returns only the horizons that fall before the target date, plus the final milestone", () => {
    const { milestones } = decomposeVision({ ...base, targetDate: "2027-01-05" }, { hoursPerWeek: 6 });
    expect(milestones.map((milestone) => milestone.id)).toEqual(["m-6m", "m-final"]);
  });

  it("returns every kept horizon even when it holds no capability", () => {
    expect(decomposeVision(base, { hoursPerWeek: 6 }).milestones.map((milestone) => milestone.capabilityIds)).toEqual([[], [], [], []]);
  });

  it("returns titles naming three capabilities and how many more", () => {
    const vision = withCapabilities(["A", "B", "C", "D", "E"].map((name) => ({ id: name, name, effortHours: 1 })));
    expect(decomposeVision(vision, { hoursPerWeek: 6 }).milestones[0]?.title).toBe("6-month milestone: A, B, C, 2 more");
  });

  it("returns vision/not-achievable with the shortfall when a capability does not fit by the target", () => {
    const vision = withCapabilities([{ id: "huge", name: "Huge", effortHours: 2000 }], { targetDate: "2027-01-05" });
    expect(decomposeVision(vision, { hoursPerWeek: 7 }).issues).toEqual([
      {
        code: "vision/not-achievable",
        severity: "error",
        path: ["vision", "capabilities", 0],
        message: "Huge needs 2000 h of core time, only 255.5 h are left by 2027-01-05 (1744.5 h short)",
        hint: "Add hours per week, move the target date, or cut the effort.",
      },
    ]);
  });

  it("returns vision/not-achievable for a capability whose prerequisite does not fit", () => {
    const vision = withCapabilities([
      { id: "huge", name: "Huge", effortHours: 2000 },
      { id: "next", name: "Next", kind: "auxiliary", effortHours: 1, requires: ["huge"] },
    ]);
    const { issues, milestones } = decomposeVision(vision, { hoursPerWeek: 1 });
    expect(issues[1]).toEqual({
      code: "vision/not-achievable",
      severity: "error",
      path: ["vision", "capabilities", 1],
      message: "Next needs Huge, which does not fit before 2030-12-31",
      hint: "Add hours per week, move the target date, or cut the effort.",
    });
    expect(milestones.flatMap((milestone) => milestone.capabilityIds)).toEqual([]);
  });

  it("returns graph/cycle with the loop written out, and leaves the loop and what depends on it unplaced", () => {
    const vision = withCapabilities([
      { id: "free", name: "Free", effortHours: 1 },
      { id: "a", name: "A", effortHours: 1, requires: ["c"] },
      { id: "b", name: "B", effortHours: 1, requires: ["a"] },
      { id: "c", name: "C", effortHours: 1, requires: ["b"] },
      { id: "after", name: "After", effortHours: 1, requires: ["b"] },
    ]);
    const { issues, milestones } = decomposeVision(vision, { hoursPerWeek: 6 });
    expect(issues).toEqual([
      {
        code: "graph/cycle",
        severity: "error",
        path: ["vision", "capabilities", 1],
        message: "requires loop: a → c → b → a",
        hint: "Remove one requires to break the loop; capabilities on or behind it cannot be scheduled.",
      },
    ]);
    expect(milestones.flatMap((milestone) => milestone.capabilityIds)).toEqual(["free"]);
  });

  it("returns vision/invalid-dates when the target date is not after the start date", () => {
    expect(decomposeVision({ ...base, targetDate: "2025-12-31" }, { hoursPerWeek: 6 })).toEqual({
      milestones: [],
      issues: [
        {
          code: "vision/invalid-dates",
          severity: "error",
          path: ["vision", "targetDate"],
          message: "2025-12-31 is not after the start date 2026-01-05",
          hint: "Write both dates as YYYY-MM-DD, the target after the start.",
        },
      ],
    });
  });

  it("returns vision/invalid-dates when a date is not a calendar date", () => {
    expect(decomposeVision({ ...base, startDate: "2026-02-30" }, { hoursPerWeek: 6 }).issues[0]?.message).toBe(
      "not a calendar date written YYYY-MM-DD",
    );
  });

  it("returns ref/duplicate-id for a second capability with the same id and places only the first", () => {
    const vision = withCapabilities([
      { id: "a", name: "A", effortHours: 1 },
      { id: "a", name: "A again", effortHours: 1 },
    ]);
    const { issues, milestones } = decomposeVision(vision, { hoursPerWeek: 6 });
    expect(issues).toEqual([
      {
        code: "ref/duplicate-id",
        severity: "error",
        path: ["vision", "capabilities", 1, "id"],
        message: '"a" is already the id of vision.capabilities[0]',
        hint: "Give every item its own id.",
      },
    ]);
    expect(milestones[0]?.capabilityIds).toEqual(["a"]);
  });

  it("returns ref/unknown for a requirement naming no capability and ignores it", () => {
    const vision = withCapabilities([{ id: "a", name: "A", effortHours: 1, requires: ["ghost"] }]);
    const { issues, milestones } = decomposeVision(vision, { hoursPerWeek: 6 });
    expect(issues).toEqual([
      {
        code: "ref/unknown",
        severity: "error",
        path: ["vision", "capabilities", 0, "requires", 0],
        message: 'unknown id "ghost"',
        hint: "Correct the id, or add the item it names.",
      },
    ]);
    expect(milestones[0]?.capabilityIds).toEqual(["a"]);
  });

  it("returns capabilities without effort at the first milestone even with no hours", () => {
    const vision = withCapabilities([{ id: "a", name: "A" }]);
    expect(placement(vision, 0)[0]).toEqual(["m-6m", ["a"]]);
  });

  it("returns custom ratios applied to each bucket", () => {
    const vision = withCapabilities([{ id: "a", name: "A", kind: "auxiliary", effortHours: 100 }]);
    const { milestones } = decomposeVision(vision, { hoursPerWeek: 6, ratios: { core: 0.5, auxiliary: 0.5, exploratory: 0 } });
    expect(milestones[0]?.capabilityIds).toEqual([]);
    expect(milestones[1]?.capabilityIds).toEqual(["a"]);
  });

  it("handles a chain of 50,000 capabilities without recursion", () => {
    const capabilities = Array.from({ length: 50_000 }, (_, index) => ({ id: `c${index}`, name: `C${index}`, effortHours: 0.01, ...(index > 0 ? { requires: [`c${index - 1}`] } : {}) }));
    const { milestones, issues } = decomposeVision(withCapabilities(capabilities), { hoursPerWeek: 40 });
    expect(issues).toEqual([]);
    expect(milestones.reduce((count, milestone) => count + (milestone.capabilityIds?.length ?? 0), 0)).toBe(50_000);
  });

  it("handles a loop of 50,000 capabilities without recursion", () => {
    const capabilities = Array.from({ length: 50_000 }, (_, index) => ({ id: `c${index}`, name: `C${index}`, requires: [`c${(index + 1) % 50_000}`] }));
    const { issues } = decomposeVision(withCapabilities(capabilities), { hoursPerWeek: 40 });
    expect(issues.map((issue) => issue.code)).toEqual(["graph/cycle"]);
  });

  it("throws a RangeError for negative or non-finite hours per week", () => {
    expect(() => decomposeVision(base, { hoursPerWeek: -1 })).toThrow(new RangeError("decomposeVision: hoursPerWeek must be a finite number from 0 to 168, got -1"));
    expect(() => decomposeVision(base, { hoursPerWeek: 169 })).toThrow(new RangeError("decomposeVision: hoursPerWeek must be a finite number from 0 to 168, got 169"));
    expect(() => decomposeVision(base, { hoursPerWeek: Number.NaN })).toThrow(RangeError);
  });

  it("throws a RangeError for ratios that do not sum to 1 or are negative", () => {
    expect(() => decomposeVision(base, { hoursPerWeek: 6, ratios: { core: 0.7, auxiliary: 0.2, exploratory: 0.2 } })).toThrow(new RangeError("decomposeVision: sum of ratios must be 1 (±1e-9), got 1.1"));
    expect(() => decomposeVision(base, { hoursPerWeek: 6, ratios: { core: 1.2, auxiliary: -0.2, exploratory: 0 } })).toThrow(new RangeError("decomposeVision: ratios.auxiliary must be a finite number ≥ 0, got -0.2"));
  });

  it("throws a RangeError for horizons with months that are not positive integers", () => {
    expect(() => decomposeVision(base, { hoursPerWeek: 6, horizons: [{ id: "0m", months: 0 }] })).toThrow(new RangeError("decomposeVision: horizons[0].months must be a whole number ≥ 1, got 0"));
    expect(() => decomposeVision(base, { hoursPerWeek: 6, horizons: [{ id: "half", months: 1.5 }] })).toThrow(RangeError);
  });

  it("throws a RangeError for duplicate, empty or reserved horizon ids", () => {
    expect(() => decomposeVision(base, { hoursPerWeek: 6, horizons: [{ id: "x", months: 6 }, { id: "x", months: 12 }] })).toThrow(
      new RangeError('decomposeVision: horizons[1].id must be unique, non-empty and not "final", got "x"'),
    );
    expect(() => decomposeVision(base, { hoursPerWeek: 6, horizons: [{ id: "", months: 6 }] })).toThrow(RangeError);
    expect(() => decomposeVision(base, { hoursPerWeek: 6, horizons: [{ id: "final", months: 6 }] })).toThrow(RangeError);
  });

  it("does not mutate its input", () => {
    const vision = frozenCopy(sustainableEnergyFounder);
    const options = frozenCopy({ hoursPerWeek: 8, horizons: [{ id: "3y", months: 36 }, { id: "6m", months: 6 }] });
    decomposeVision(vision, options);
    expect(vision).toEqual(sustainableEnergyFounder);
    expect(options.horizons.map((horizon) => horizon.id)).toEqual(["3y", "6m"]);
  });
});
