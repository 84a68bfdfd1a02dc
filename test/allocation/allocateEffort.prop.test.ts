import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { allocateEffort } from "../../src/index.ts";
import { deepFreeze } from "../fixtures/deepFreeze.ts";
import { validRatios } from "./ratios.arbitrary.ts";

const hours = fc.oneof(fc.double({ min: 0, max: 168, noNaN: true }), fc.integer({ min: 0, max: 336 }).map((whole) => whole / 2));
const unit = fc.oneof(fc.constantFrom(15, 25, 30, 45, 60), fc.integer({ min: 1, max: 240 }));

describe("allocateEffort properties", () => {
  test.prop([hours, validRatios, unit], { numRuns: 1000 })("the buckets and the unallocated rest add up to the capacity", (hoursPerWeek, ratios, unitMinutes) => {
    const result = allocateEffort(hoursPerWeek, { ratios, unitMinutes });
    expect(result.core + result.auxiliary + result.exploratory + result.unallocatedMinutes).toBe(Math.round(hoursPerWeek * 60));
  });

  test.prop([hours, validRatios, unit], { numRuns: 1000 })("every bucket is a non-negative multiple of the unit, and less than one unit is unallocated", (hoursPerWeek, ratios, unitMinutes) => {
    const result = allocateEffort(hoursPerWeek, { ratios, unitMinutes });
    for (const minutes of [result.core, result.auxiliary, result.exploratory]) {
      expect(minutes).toBeGreaterThanOrEqual(0);
      expect(minutes % unitMinutes).toBe(0);
    }
    expect(result.unallocatedMinutes).toBeGreaterThanOrEqual(0);
    expect(result.unallocatedMinutes).toBeLessThan(unitMinutes);
  });

  test.prop([hours, validRatios, unit], { numRuns: 1000 })("every bucket is its quota rounded down or up by less than one unit", (hoursPerWeek, ratios, unitMinutes) => {
    const result = allocateEffort(hoursPerWeek, { ratios, unitMinutes });
    const allocated = Math.round(hoursPerWeek * 60) - result.unallocatedMinutes;
    for (const bucket of ["core", "auxiliary", "exploratory"] as const) {
      expect(Math.abs(result[bucket] - allocated * ratios[bucket])).toBeLessThan(unitMinutes + 1e-6);
    }
  });

  test.prop([hours, fc.integer({ min: 0, max: 500 }), unit])("a tie between core and auxiliary goes to core", (hoursPerWeek, weight, unitMinutes) => {
    const share = weight / 1000;
    const result = allocateEffort(hoursPerWeek, { ratios: { core: share, auxiliary: share, exploratory: 1 - 2 * share }, unitMinutes });
    expect([0, unitMinutes]).toContain(result.core - result.auxiliary);
  });

  test.prop([hours, fc.integer({ min: 0, max: 500 }), unit])("a tie between auxiliary and exploratory goes to auxiliary", (hoursPerWeek, weight, unitMinutes) => {
    const share = weight / 1000;
    const result = allocateEffort(hoursPerWeek, { ratios: { core: 1 - 2 * share, auxiliary: share, exploratory: share }, unitMinutes });
    expect([0, unitMinutes]).toContain(result.auxiliary - result.exploratory);
  });

  test.prop([hours, validRatios, unit])("does not mutate its options", (hoursPerWeek, ratios, unitMinutes) => {
    const options = deepFreeze({ ratios: structuredClone(ratios), unitMinutes });
    allocateEffort(hoursPerWeek, options);
    expect(options).toEqual({ ratios, unitMinutes });
  });
});
