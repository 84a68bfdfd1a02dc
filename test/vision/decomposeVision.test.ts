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
  it("returns the senior-engineer milestones: design at 6 months, mentoring and ownership at 1 year, leadership at 3 years, each with its dates", () => {
    expect(decomposeVision(seniorEngineer, { hoursPerWeek: 6 })).toEqual({
      milestones: [
        { id: "m-6m", title: "System design practice in place", dueDate: "2026-07-05", horizon: "6m", capabilityIds: ["system-design"] },
        { id: "m-1y", title: "Mentoring practice in place, end-to-end feature ownership practice in place", dueDate: "2027-01-05", horizon: "1y", capabilityIds: ["mentoring", "feature-ownership"] },
        { id: "m-3y", title: "Technical leadership practice in place", dueDate: "2029-01-05", horizon: "3y", capabilityIds: ["technical-leadership"] },
        { id: "m-final", title: `Vision: ${seniorEngineer.statement}`, dueDate: "2030-12-31", horizon: "final", capabilityIds: [] },
      ],
      schedule: [
        { capabilityId: "system-design", milestoneId: "m-6m", startDate: "2026-01-05", readyDate: "2026-04-15" },
        { capabilityId: "feature-ownership", milestoneId: "m-1y", startDate: "2026-04-15", readyDate: "2026-11-01" },
        { capabilityId: "mentoring", milestoneId: "m-1y", startDate: "2026-01-05", readyDate: "2026-08-27" },
        { capabilityId: "technical-leadership", milestoneId: "m-3y", startDate: "2026-11-01", readyDate: "2027-07-09" },
      ],
      issues: [],
    });
  });

  it("returns the sustainable-energy founder's path as the seed back-calculates it", () => {
    expect(placement(sustainableEnergyFounder, 8)).toEqual([
      ["m-6m", ["energy-projects", "competitive-analysis"]],
      ["m-1y", ["energy-storage", "cross-team-leadership"]],
      ["m-3y", ["rd-management", "supply-chain", "patents"]],
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

  it("returns the horizons given in the options, sorted by months, with outcome titles", () => {
    const vision = withCapabilities([{ id: "a", name: "API design", effortHours: 1 }]);
    const { milestones } = decomposeVision(vision, { hoursPerWeek: 6, horizons: [{ id: "2y", months: 24 }, { id: "18m", months: 18 }] });
    expect(milestones.map((milestone) => [milestone.id, milestone.dueDate, milestone.title])).toEqual([
      ["m-18m", "2027-07-05", "API design practice in place"],
      ["m-2y", "2028-01-05", "Check-in on the way to the vision"],
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

  it("returns titles naming two outcomes, how many more, and counted evidence as indicators", () => {
    const vision = withCapabilities([
      { id: "discovery", name: "Product discovery", effortHours: 1, evidence: "60 customer interviews" },
      { id: "sql", name: "SQL", effortHours: 1 },
      { id: "pm", name: "Land a PM role", effortHours: 1 },
    ]);
    expect(decomposeVision(vision, { hoursPerWeek: 6 }).milestones[0]?.title).toBe("Product discovery practice in place, SQL in use, 1 more; 60 customer interviews");
  });

  it("never titles a milestone by its horizon: an empty one names the capability under way", () => {
    const vision = withCapabilities([{ id: "design", name: "Distributed systems design", effortHours: 120 }]);
    const titles = decomposeVision(vision, { hoursPerWeek: 4 }).milestones.map((milestone) => milestone.title);
    expect(titles.slice(0, 2)).toEqual(["Distributed systems design under way", "Distributed systems design practice in place"]);
    for (const title of titles) expect(title).not.toMatch(/milestone/i);
  });

  it("returns vision/not-achievable with the shortfall when a capability does not fit by the target", () => {
    const vision = withCapabilities([{ id: "huge", name: "Huge", effortHours: 2000 }], { targetDate: "2027-01-05" });
    expect(decomposeVision(vision, { hoursPerWeek: 7 }).issues.filter((issue) => issue.code !== "milestone/empty")).toEqual([
      {
        code: "vision/not-achievable",
        severity: "error",
        path: ["vision", "capabilities", 0],
        message: expect.stringContaining("Huge needs 2000 h of core time, only 255.5 h are left by 2027-01-05 (1744.5 h missing)"),
        hint: "Add hours per week, move the date, or cut the effort.",
      },
    ]);
  });

  it("returns vision/not-achievable for a capability whose prerequisite does not fit", () => {
    const vision = withCapabilities([
      { id: "huge", name: "Huge", effortHours: 2000 },
      { id: "next", name: "Next", kind: "auxiliary", effortHours: 1, requires: ["huge"] },
    ]);
    const { issues: all, milestones } = decomposeVision(vision, { hoursPerWeek: 1 });
    const issues = all.filter((issue) => issue.code !== "milestone/empty");
    expect(issues[1]).toMatchObject({ code: "vision/not-achievable", severity: "error", path: ["vision", "capabilities", 1] });
    expect(issues[1]?.message).toContain("Next needs Huge, which does not fit before 2030-12-31");
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
    expect(issues.filter((issue) => issue.code !== "milestone/empty")).toEqual([
      {
        code: "graph/cycle",
        severity: "error",
        path: ["vision", "capabilities", 1],
        message: expect.stringContaining("requires loop: a → c → b → a"),
        hint: "Remove one requires to break the loop; capabilities on or behind it cannot be scheduled.",
      },
    ]);
    expect(milestones.flatMap((milestone) => milestone.capabilityIds)).toEqual(["free"]);
  });

  it("returns vision/invalid-dates when the target date is not after the start date", () => {
    expect(decomposeVision({ ...base, targetDate: "2025-12-31" }, { hoursPerWeek: 6 })).toEqual({
      milestones: [],
      schedule: [],
      issues: [
        {
          code: "vision/invalid-dates",
          severity: "error",
          path: ["vision", "targetDate"],
          message: expect.stringContaining("2025-12-31 is not after the start date 2026-01-05"),
          hint: "Write both dates as YYYY-MM-DD, the target after the start.",
        },
      ],
    });
  });

  it("returns vision/invalid-dates when a date is not a calendar date", () => {
    expect(decomposeVision({ ...base, startDate: "2026-02-30" }, { hoursPerWeek: 6 }).issues[0]?.message).toContain("not a calendar date written YYYY-MM-DD");
  });

  it("returns ref/duplicate-id for a second capability with the same id and places only the first", () => {
    const vision = withCapabilities([
      { id: "a", name: "A", effortHours: 1 },
      { id: "a", name: "A again", effortHours: 1 },
    ]);
    const { issues, milestones } = decomposeVision(vision, { hoursPerWeek: 6 });
    expect(issues.filter((issue) => issue.code !== "milestone/empty")).toEqual([
      {
        code: "ref/duplicate-id",
        severity: "error",
        path: ["vision", "capabilities", 1, "id"],
        message: expect.stringContaining('"a" is already the id of'),
        hint: expect.any(String),
      },
    ]);
    expect(milestones[0]?.capabilityIds).toEqual(["a"]);
  });

  it("returns ref/unknown for a requirement naming no capability and ignores it", () => {
    const vision = withCapabilities([{ id: "a", name: "A", effortHours: 1, requires: ["ghost"] }]);
    const { issues, milestones } = decomposeVision(vision, { hoursPerWeek: 6 });
    expect(issues.filter((issue) => issue.code !== "milestone/empty")).toEqual([
      {
        code: "ref/unknown",
        severity: "error",
        path: ["vision", "capabilities", 0, "requires", 0],
        message: expect.stringContaining('unknown id "ghost"'),
        hint: expect.any(String),
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
    expect(issues.filter((issue) => issue.severity !== "info")).toEqual([]);
    expect(milestones.reduce((count, milestone) => count + (milestone.capabilityIds?.length ?? 0), 0)).toBe(50_000);
  });

  it("handles a loop of 50,000 capabilities without recursion", () => {
    const capabilities = Array.from({ length: 50_000 }, (_, index) => ({ id: `c${index}`, name: `C${index}`, requires: [`c${(index + 1) % 50_000}`] }));
    const { issues } = decomposeVision(withCapabilities(capabilities), { hoursPerWeek: 40 });
    expect(issues.filter((issue) => issue.code !== "milestone/empty").map((issue) => issue.code)).toEqual(["graph/cycle"]);
  });

  describe("capabilities needed by a date (by)", () => {
    const pmVision = (by: string, hoursPerWeek = 2) =>
      decomposeVision(
        {
          ...base,
          statement: "Become a product manager in 3 years and head of product in 10",
          startDate: "2026-12-07",
          targetDate: "2036-12-07",
          capabilities: [
            { id: "strategy", name: "Product strategy", effortHours: 200, requires: ["pm-role"] },
            { id: "discovery", name: "Product discovery", effortHours: 80, evidence: "60 customer interviews" },
            { id: "pm-role", name: "Land a PM role", effortHours: 40, requires: ["discovery"], by },
          ],
        },
        { hoursPerWeek },
      );

    it("pins an intermediate destination to its own milestone at its by date when no horizon falls in time", () => {
      const { milestones, issues } = pmVision("2029-06-30");
      const pinned = milestones.find((milestone) => milestone.capabilityIds?.includes("pm-role"));
      expect(pinned).toMatchObject({ id: "m-pm-role", dueDate: "2029-06-30", horizon: "30m", title: "Product discovery practice in place, land a PM role; 60 customer interviews" });
      expect(issues.filter((issue) => issue.severity === "error")).toEqual([]);
      // Its prerequisite is placed no later, and its dependent after it.
      const at = (id: string) => milestones.findIndex((milestone) => milestone.capabilityIds?.includes(id));
      expect(at("discovery")).toBeLessThanOrEqual(at("pm-role"));
      expect(at("strategy")).toBeGreaterThan(at("pm-role"));
    });

    it("places a capability on a horizon already due between the day it is ready and its by date", () => {
      const { milestones } = pmVision("2030-06-30", 4);
      expect(milestones.map((milestone) => milestone.id)).toEqual(["m-6m", "m-1y", "m-3y", "m-final"]);
      expect(milestones.find((milestone) => milestone.capabilityIds?.includes("pm-role"))?.dueDate).toBe("2027-12-07");
    });

    it("raises vision/not-achievable naming the capability, its date and the hours missing when it cannot be ready by then", () => {
      const { issues } = pmVision("2027-06-30");
      const issue = issues.find((candidate) => candidate.code === "vision/not-achievable");
      expect(issue).toMatchObject({ code: "vision/not-achievable", severity: "error", path: ["vision", "capabilities", 2, "by"] });
      expect(issue?.message).toMatch(/Land a PM role is needed by 2027-06-30, but at 1\.4 h\/week of core time it is ready \d{4}-\d{2}-\d{2}: 40 h missing/);
    });

    it("works on what a dated capability needs before undated work listed earlier", () => {
      const { schedule } = pmVision("2029-06-30");
      const discovery = schedule.find((entry) => entry.capabilityId === "discovery")!;
      expect(discovery.startDate).toBe("2026-12-07");
    });
  });

  it("returns milestone/empty (warning) saying which capability is under way and when it is ready", () => {
    const vision = withCapabilities([{ id: "design", name: "Distributed systems design", effortHours: 120 }]);
    const { issues } = decomposeVision(vision, { hoursPerWeek: 4 });
    expect(issues).toEqual([
      {
        code: "milestone/empty",
        severity: "warning",
        path: ["milestones", 0],
        message: expect.stringMatching(/nothing is ready by 2026-07-05: Distributed systems design \(120 h\) is under way and ready 2026-11-01 at 2\.8 h\/week of core time/),
        hint: expect.any(String),
      },
      expect.objectContaining({ code: "milestone/empty", severity: "info", path: ["milestones", 2] }),
    ]);
  });

  it("returns milestone/empty (info) for a horizon after everything is ready, and none for the final milestone", () => {
    const vision = withCapabilities([{ id: "a", name: "API design", effortHours: 10 }]);
    const { issues } = decomposeVision(vision, { hoursPerWeek: 6 });
    expect(issues.map((issue) => [issue.code, issue.severity, issue.path])).toEqual([
      ["milestone/empty", "info", ["milestones", 1]],
      ["milestone/empty", "info", ["milestones", 2]],
    ]);
  });

  it("never produces a date past 9999-12-31: a horizon of 1e7 months is dropped (bug: 0NaN-NaN-NaN, 10000-01-01)", () => {
    const { milestones } = decomposeVision({ ...base, targetDate: "9999-12-31" }, { hoursPerWeek: 6, horizons: [{ id: "huge", months: 1e7 }, { id: "far", months: 95_000 }, { id: "6m", months: 6 }] });
    expect(milestones.map((milestone) => milestone.dueDate)).toEqual(["2026-07-05", "9942-09-05", "9999-12-31"]);
    for (const { dueDate } of milestones) expect(dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
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
