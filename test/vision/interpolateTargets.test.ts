import { describe, expect, it } from "vitest";
import { decomposeVision, interpolateTargets, type MilestoneInput } from "../../src/index.ts";
import { frozenCopy, sustainableEnergyFounder } from "./fixtures.ts";

const milestones: MilestoneInput[] = [
  { id: "m-6m", title: "6 months", dueDate: "2026-07-01" },
  { id: "m-1y", title: "1 year", dueDate: "2027-01-01" },
  { id: "m-3y", title: "3 years", dueDate: "2029-01-01" },
  { id: "m-final", title: "Double revenue", dueDate: "2031-01-01" },
];
const revenue = { metric: "revenue", unit: "k$", baseline: 100, target: 200 };

function targets(result: { indicators: { target: number }[] }[]): number[] {
  return result.map((milestone) => milestone.indicators.at(-1)!.target);
}

describe("interpolateTargets", () => {
  it("returns targets linear in elapsed time by default, rounded to 2 decimals", () => {
    expect(targets(interpolateTargets(revenue, milestones, { start: "2026-01-01" }))).toEqual([109.91, 119.99, 160.02, 200]);
  });

  it("returns compound-growth targets for 'double revenue in 5 years'", () => {
    expect(targets(interpolateTargets(revenue, milestones, { start: "2026-01-01", curve: "compound", decimals: 0 }))).toEqual([107, 115, 152, 200]);
  });

  it("returns targets from a custom curve", () => {
    expect(targets(interpolateTargets(revenue, milestones, { start: "2026-01-01", curve: (fraction) => (fraction < 1 ? 0 : 1) }))).toEqual([100, 100, 100, 200]);
  });

  it("returns falling targets for a metric meant to go down", () => {
    const loadTime = { metric: "load time", unit: "s", baseline: 5, target: 3 };
    expect(targets(interpolateTargets(loadTime, milestones, { start: "2026-01-01", decimals: 1 }))).toEqual([4.8, 4.6, 3.8, 3]);
  });

  it("returns the baseline for milestones before the start and the target for those after the end", () => {
    const result = interpolateTargets(revenue, milestones, { start: "2026-07-01", end: "2027-01-01" });
    expect(targets(result)).toEqual([100, 200, 200, 200]);
  });

  it("returns the indicator with metric, unit, baseline and target, replacing one with the same metric", () => {
    const withOld: MilestoneInput[] = [{ id: "m", title: "M", dueDate: "2031-01-01", indicators: [{ metric: "revenue", target: 1 }, { metric: "users", target: 5 }] }];
    expect(interpolateTargets({ ...revenue, current: 130 }, withOld, { start: "2026-01-01" })).toEqual([
      { id: "m", title: "M", dueDate: "2031-01-01", indicators: [{ metric: "users", target: 5 }, { metric: "revenue", target: 200, baseline: 100, unit: "k$" }] },
    ]);
  });

  it("returns the milestones of decomposeVision with their targets filled in", () => {
    const { milestones: decomposed } = decomposeVision(sustainableEnergyFounder, { hoursPerWeek: 8 });
    const result = interpolateTargets({ metric: "patents filed", baseline: 0, target: 10 }, decomposed, { start: sustainableEnergyFounder.startDate, decimals: 0 });
    expect(result.map((milestone) => [milestone.id, milestone.indicators[0]?.target])).toEqual([["m-6m", 0], ["m-1y", 1], ["m-3y", 3], ["m-final", 10]]);
  });

  it("returns an empty array for no milestones", () => {
    expect(interpolateTargets(revenue, [], { start: "2026-01-01" })).toEqual([]);
  });

  it("throws a RangeError when the baseline is missing", () => {
    expect(() => interpolateTargets({ metric: "revenue", target: 200 }, milestones, { start: "2026-01-01" })).toThrow(
      new RangeError("interpolateTargets: indicator.baseline must be a finite number, got undefined"),
    );
  });

  it("throws a RangeError for a start that is not a calendar date", () => {
    expect(() => interpolateTargets(revenue, milestones, { start: "2026-13-01" })).toThrow(/interpolateTargets: options.start must be a calendar date/);
  });

  it("throws a RangeError when the end is not after the start", () => {
    expect(() => interpolateTargets(revenue, milestones, { start: "2031-01-01" })).toThrow(
      new RangeError('interpolateTargets: the end date must be after the start date 2031-01-01, got "2031-01-01"'),
    );
  });

  it("throws a RangeError for a compound curve from a baseline of 0", () => {
    expect(() => interpolateTargets({ ...revenue, baseline: 0 }, milestones, { start: "2026-01-01", curve: "compound" })).toThrow(
      new RangeError("interpolateTargets: a compound curve's baseline and target must be above 0, got 0"),
    );
  });

  it("throws a RangeError when the curve returns a value that is not finite", () => {
    expect(() => interpolateTargets(revenue, milestones, { start: "2026-01-01", curve: () => Number.NaN })).toThrow(/curve\(0\.\d+\) must be finite, got NaN/);
  });

  it("throws a RangeError for decimals out of range", () => {
    expect(() => interpolateTargets(revenue, milestones, { start: "2026-01-01", decimals: -1 })).toThrow(RangeError);
  });

  it("does not mutate its input", () => {
    const frozen = frozenCopy(milestones);
    interpolateTargets(frozenCopy(revenue), frozen, frozenCopy({ start: "2026-01-01" }));
    expect(frozen).toEqual(milestones);
  });
});
