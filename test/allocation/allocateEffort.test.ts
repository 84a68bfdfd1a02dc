import { describe, expect, it } from "vitest";
import { allocateEffort } from "../../src/index.ts";
import { seniorEngineerPlan } from "../fixtures/seniorEngineerPlan.ts";
import { deepFreeze } from "../fixtures/deepFreeze.ts";

describe("allocateEffort", () => {
  it("returns 70/20/10 of a 40-hour week in 30-minute units", () => {
    expect(allocateEffort(40)).toEqual({ core: 1680, auxiliary: 480, exploratory: 240, unallocatedMinutes: 0 });
  });

  it("returns the senior engineer's 6 hours a week as 4.5 h / 1 h / 30 min", () => {
    expect(allocateEffort(seniorEngineerPlan.hoursPerWeek!, { ratios: seniorEngineerPlan.ratios! })).toEqual({
      core: 270,
      auxiliary: 60,
      exploratory: 30,
      unallocatedMinutes: 0,
    });
  });

  it("gives the tied unit to core when 0.7 × 15 units is 10.4999… in floating point (float tie regression)", () => {
    // 15 units: core 10.5, auxiliary 3, exploratory 1.5. Compared exactly, the
    // float remainders would hand the unit to exploratory.
    expect(allocateEffort(7.5)).toEqual({ core: 330, auxiliary: 90, exploratory: 30, unallocatedMinutes: 0 });
  });

  it("gives the tied unit to core when 0.7 × 45 units is 31.499999999999996 (float tie regression)", () => {
    expect(allocateEffort(22.5)).toEqual({ core: 960, auxiliary: 270, exploratory: 120, unallocatedMinutes: 0 });
  });

  it("gives a tie between auxiliary and exploratory to auxiliary", () => {
    const ratios = { core: 0, auxiliary: 0.5, exploratory: 0.5 };
    expect(allocateEffort(1.5, { ratios })).toEqual({ core: 0, auxiliary: 60, exploratory: 30, unallocatedMinutes: 0 });
  });

  it("returns the minutes below one unit as unallocatedMinutes", () => {
    expect(allocateEffort(6, { unitMinutes: 25 })).toEqual({ core: 250, auxiliary: 75, exploratory: 25, unallocatedMinutes: 10 });
  });

  it("returns everything unallocated when the capacity is less than one unit", () => {
    expect(allocateEffort(0.25)).toEqual({ core: 0, auxiliary: 0, exploratory: 0, unallocatedMinutes: 15 });
  });

  it("returns zeros for a zero capacity", () => {
    expect(allocateEffort(0)).toEqual({ core: 0, auxiliary: 0, exploratory: 0, unallocatedMinutes: 0 });
  });

  it("rounds the capacity to the nearest minute", () => {
    expect(allocateEffort(1.01, { unitMinutes: 1 })).toEqual({ core: 43, auxiliary: 12, exploratory: 6, unallocatedMinutes: 0 });
  });

  it("accepts ratios whose sum is off 1 by float noise", () => {
    const ratios = { core: 0.6, auxiliary: 0.3, exploratory: 0.1 }; // sums to 0.9999999999999999
    expect(allocateEffort(10, { ratios })).toEqual({ core: 360, auxiliary: 180, exploratory: 60, unallocatedMinutes: 0 });
  });

  it("throws a RangeError naming the sum when the ratios don't sum to 1", () => {
    expect(() => allocateEffort(10, { ratios: { core: 0.7, auxiliary: 0.2, exploratory: 0.2 } })).toThrow(
      new RangeError("allocateEffort: sum of ratios must be 1 (±1e-9), got 1.1"),
    );
  });

  it("throws a RangeError naming the bucket when a ratio is negative", () => {
    expect(() => allocateEffort(10, { ratios: { core: 1.1, auxiliary: -0.1, exploratory: 0 } })).toThrow(
      new RangeError("allocateEffort: ratios.auxiliary must be a finite number ≥ 0, got -0.1"),
    );
  });

  it("throws a RangeError when a ratio is not finite", () => {
    expect(() => allocateEffort(10, { ratios: { core: Number.NaN, auxiliary: 0.5, exploratory: 0.5 } })).toThrow(
      new RangeError("allocateEffort: ratios.core must be a finite number ≥ 0, got NaN"),
    );
  });

  it.each([-1, 168.5, Number.POSITIVE_INFINITY, Number.NaN])("throws a RangeError for %s hours a week (a week has 168)", (hoursPerWeek) => {
    expect(() => allocateEffort(hoursPerWeek)).toThrow(
      new RangeError(`allocateEffort: hoursPerWeek must be a finite number from 0 to 168, got ${hoursPerWeek}`),
    );
  });

  it("allocates a whole week of 168 hours", () => {
    expect(allocateEffort(168, { unitMinutes: 60 })).toEqual({ core: 7080, auxiliary: 1980, exploratory: 1020, unallocatedMinutes: 0 });
  });

  it.each([
    [null, "null"],
    [0.7, "0.7"],
    ["70/20/10", '"70/20/10"'],
  ])("throws a TypeError when the ratios are %j", (ratios, shown) => {
    expect(() => allocateEffort(10, { ratios: ratios as never })).toThrow(
      new TypeError(`allocateEffort: ratios must be an object, got ${shown}`),
    );
  });

  it("throws a RangeError naming a missing ratio", () => {
    expect(() => allocateEffort(10, { ratios: { core: 0.8, auxiliary: 0.2 } as never })).toThrow(
      new RangeError("allocateEffort: ratios.exploratory must be a finite number ≥ 0, got undefined"),
    );
  });

  it.each([0, -30, 12.5, Number.NaN])("throws a RangeError for unitMinutes %s", (unitMinutes) => {
    expect(() => allocateEffort(10, { unitMinutes })).toThrow(
      new RangeError(`allocateEffort: unitMinutes must be a whole number ≥ 1, got ${unitMinutes}`),
    );
  });

  it("does not mutate its options", () => {
    const options = deepFreeze({ ratios: { core: 0.5, auxiliary: 0.3, exploratory: 0.2 }, unitMinutes: 15 });
    expect(allocateEffort(3, options)).toEqual({ core: 90, auxiliary: 60, exploratory: 30, unallocatedMinutes: 0 });
    expect(options).toEqual({ ratios: { core: 0.5, auxiliary: 0.3, exploratory: 0.2 }, unitMinutes: 15 });
  });
});
