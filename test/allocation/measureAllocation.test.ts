import { describe, expect, it } from "vitest";
import { measureAllocation } from "../../src/index.ts";
import { deepFreeze } from "../fixtures/deepFreeze.ts";

type Entry = { bucket: "core" | "auxiliary" | "exploratory"; minutes: number };
const week: Entry[] = [
  { bucket: "core", minutes: 120 },
  { bucket: "auxiliary", minutes: 90 },
  { bucket: "core", minutes: 60 },
  { bucket: "exploratory", minutes: 90 },
];

describe("measureAllocation", () => {
  it("returns each bucket's minutes, total and share", () => {
    const result = measureAllocation(week);
    expect(result.minutes).toEqual({ core: 180, auxiliary: 90, exploratory: 90 });
    expect(result.totalMinutes).toBe(360);
    expect(result.shares).toEqual({ core: 0.5, auxiliary: 0.25, exploratory: 0.25 });
  });

  it("returns drift as share minus ratio", () => {
    const { drift } = measureAllocation(week);
    expect(drift.core).toBeCloseTo(-0.2, 12);
    expect(drift.auxiliary).toBeCloseTo(0.05, 12);
    expect(drift.exploratory).toBeCloseTo(0.15, 12);
  });

  it("returns a rebalance that moves whole minutes from over- to under-allocated buckets", () => {
    expect(measureAllocation(week).rebalance).toEqual([
      { from: "auxiliary", to: "core", minutes: 18 },
      { from: "exploratory", to: "core", minutes: 54 },
    ]);
  });

  it("returns an allocation/drift warning for a bucket under its target", () => {
    const core = measureAllocation(week).issues.find((issue) => issue.path[1] === "core");
    expect(core).toEqual({
      code: "allocation/drift",
      severity: "warning",
      path: ["allocation", "core"],
      message: "50% of effort against a 70% target (−20 points)",
      hint: "Move 18 minutes from auxiliary to core and 54 minutes from exploratory to core to get back to the 70% target.",
    });
  });

  it("returns an allocation/drift warning for a bucket over its target", () => {
    const exploratory = measureAllocation(week).issues.find((issue) => issue.path[1] === "exploratory");
    expect(exploratory).toEqual({
      code: "allocation/drift",
      severity: "warning",
      path: ["allocation", "exploratory"],
      message: "25% of effort against a 10% target (+15 points)",
      hint: "Move 54 minutes from exploratory to core to get back to the 10% target.",
    });
  });

  it("does not flag a drift of exactly the tolerance (0.75 − 0.7 in floating point)", () => {
    const result = measureAllocation([
      { bucket: "core", minutes: 75 },
      { bucket: "auxiliary", minutes: 15 },
      { bucket: "exploratory", minutes: 10 },
    ]);
    expect(result.issues).toEqual([]);
    expect(result.withinTolerance).toBe(true);
  });

  it("returns no issues and withinTolerance when the mix is on target", () => {
    const result = measureAllocation([
      { bucket: "core", minutes: 280 },
      { bucket: "auxiliary", minutes: 80 },
      { bucket: "exploratory", minutes: 40 },
    ]);
    expect(result).toMatchObject({ withinTolerance: true, rebalance: [], issues: [] });
  });

  it("sorts the issues by path", () => {
    expect(measureAllocation(week).issues.map((issue) => issue.path)).toEqual([
      ["allocation", "core"],
      ["allocation", "exploratory"],
    ]);
  });

  it("writes the issues under options.path", () => {
    const [first] = measureAllocation(week, { path: ["plan", "effort"] }).issues;
    expect(first?.path).toEqual(["plan", "effort", "core"]);
    expect(first?.message).toBe("50% of effort against a 70% target (−20 points)");
  });

  it("measures against custom ratios and tolerance", () => {
    const result = measureAllocation(week, { ratios: { core: 0.5, auxiliary: 0.25, exploratory: 0.25 }, tolerance: 0 });
    expect(result).toMatchObject({ withinTolerance: true, rebalance: [], issues: [] });
  });

  it("returns zero shares, zero drift and no issues when no minutes were spent", () => {
    expect(measureAllocation([{ bucket: "core", minutes: 0 }])).toEqual({
      minutes: { core: 0, auxiliary: 0, exploratory: 0 },
      totalMinutes: 0,
      shares: { core: 0, auxiliary: 0, exploratory: 0 },
      drift: { core: 0, auxiliary: 0, exploratory: 0 },
      withinTolerance: true,
      rebalance: [],
      issues: [],
    });
  });

  it("throws a RangeError when the minutes add up past LIMITS.measuredMinutes (10^15)", () => {
    expect(() => measureAllocation([{ bucket: "core", minutes: 9e14 }, { bucket: "auxiliary", minutes: 9e14 }])).toThrow(
      new RangeError("measureAllocation: the sum of entries' minutes must be at most 1000000000000000, got 1800000000000000"),
    );
  });

  it.each([1e16, 1e18, 7e305])("rejects %s minutes at once with a RangeError instead of looping on the magnitude", (minutes) => {
    const started = performance.now();
    expect(() => measureAllocation([{ bucket: "core", minutes }, { bucket: "auxiliary", minutes: 1 }])).toThrow(
      /^measureAllocation: entries\[0\]\.minutes must be a finite number from 0 to 1000000000000000, got /,
    );
    expect(performance.now() - started).toBeLessThan(50);
  });

  it("measures the largest accepted minutes in bounded time, with whole-minute moves that cancel", () => {
    const result = measureAllocation([{ bucket: "core", minutes: 1e15 - 1 }, { bucket: "auxiliary", minutes: 1 }]);
    expect(result.rebalance.every((move) => Number.isInteger(move.minutes))).toBe(true);
    expect(result.issues.map((issue) => issue.path)).toEqual([["allocation", "auxiliary"], ["allocation", "core"], ["allocation", "exploratory"]]);
    expect(result.rebalance.reduce((sum, move) => sum + move.minutes, 0) / 3e14).toBeCloseTo(1, 6);
  });

  it("throws a RangeError naming the entry when its minutes are negative", () => {
    expect(() => measureAllocation([...week, { bucket: "core", minutes: -5 }])).toThrow(
      new RangeError("measureAllocation: entries[4].minutes must be a finite number from 0 to 1000000000000000, got -5"),
    );
  });

  it("throws a RangeError naming the entry when its minutes are not finite", () => {
    expect(() => measureAllocation([{ bucket: "core", minutes: Number.NaN }])).toThrow(
      new RangeError("measureAllocation: entries[0].minutes must be a finite number from 0 to 1000000000000000, got NaN"),
    );
  });

  it("throws a TypeError naming the entry when its bucket is unknown", () => {
    const entries = [{ bucket: "side", minutes: 5 }] as unknown as Entry[];
    expect(() => measureAllocation(entries)).toThrow(
      new TypeError('measureAllocation: entries[0].bucket must be "core", "auxiliary" or "exploratory", got "side"'),
    );
  });

  it("throws a RangeError when the ratios don't sum to 1", () => {
    expect(() => measureAllocation(week, { ratios: { core: 0.5, auxiliary: 0.2, exploratory: 0.1 } })).toThrow(
      new RangeError("measureAllocation: sum of ratios must be 1 (±1e-9), got 0.8"),
    );
  });

  it("throws a RangeError for a tolerance outside 0..1", () => {
    expect(() => measureAllocation(week, { tolerance: -0.1 })).toThrow(
      new RangeError("measureAllocation: tolerance must be a number in 0..1, got -0.1"),
    );
  });

  it("does not mutate its entries or options", () => {
    const entries = deepFreeze(structuredClone(week));
    const options = deepFreeze({ ratios: { core: 0.7, auxiliary: 0.2, exploratory: 0.1 }, tolerance: 0.05, path: ["allocation"] });
    expect(measureAllocation(entries, options).issues).toHaveLength(2);
    expect(entries).toEqual(week);
  });
});
