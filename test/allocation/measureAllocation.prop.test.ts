import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { measureAllocation } from "../../src/index.ts";
import { deepFreeze } from "../fixtures/deepFreeze.ts";
import { validRatios } from "./ratios.arbitrary.ts";

const BUCKETS = ["core", "auxiliary", "exploratory"] as const;
const entry = fc.record({
  bucket: fc.constantFrom(...BUCKETS),
  minutes: fc.oneof(fc.integer({ min: 0, max: 600 }), fc.double({ min: 0, max: 600, noNaN: true })),
});
const entries = fc.array(entry, { maxLength: 40 });
const tolerance = fc.double({ min: 0, max: 1, noNaN: true });

describe("measureAllocation properties", () => {
  test.prop([entries, validRatios])("shares sum to 1, or are all 0 when no minutes were spent", (list, ratios) => {
    const { shares, totalMinutes } = measureAllocation(list, { ratios });
    const sum = shares.core + shares.auxiliary + shares.exploratory;
    if (totalMinutes === 0) expect(shares).toEqual({ core: 0, auxiliary: 0, exploratory: 0 });
    else expect(sum).toBeCloseTo(1, 9);
  });

  test.prop([entries, validRatios], { numRuns: 1000 })("the rebalance brings every bucket within one minute of its target", (list, ratios) => {
    const { minutes, totalMinutes, rebalance } = measureAllocation(list, { ratios });
    const after = { ...minutes };
    for (const move of rebalance) {
      expect(Number.isInteger(move.minutes)).toBe(true);
      expect(move.minutes).toBeGreaterThan(0);
      expect(move.from).not.toBe(move.to);
      after[move.from] -= move.minutes;
      after[move.to] += move.minutes;
    }
    for (const bucket of BUCKETS) {
      expect(Math.abs(after[bucket] - ratios[bucket] * totalMinutes)).toBeLessThan(1 + 1e-6);
    }
  });

  test.prop([entries, validRatios])("the rebalance only takes from buckets over their target and gives to those under", (list, ratios) => {
    const { minutes, totalMinutes, rebalance } = measureAllocation(list, { ratios });
    for (const move of rebalance) {
      expect(minutes[move.from]).toBeGreaterThan(ratios[move.from] * totalMinutes - 1e-6);
      expect(minutes[move.to]).toBeLessThan(ratios[move.to] * totalMinutes + 1e-6);
    }
  });

  test.prop([entries, validRatios, tolerance])("flags exactly the buckets drifting by more than the tolerance", (list, ratios, limit) => {
    const result = measureAllocation(list, { ratios, tolerance: limit });
    const flagged = result.issues.map((issue) => issue.path[1]);
    for (const bucket of BUCKETS) {
      const drift = result.drift[bucket];
      if (Math.abs(drift) > limit + 1e-9) expect(flagged).toContain(bucket);
      if (Math.abs(drift) < limit - 1e-9) expect(flagged).not.toContain(bucket);
    }
    expect(result.withinTolerance).toBe(result.issues.length === 0);
    for (const issue of result.issues) expect(issue).toMatchObject({ code: "allocation/drift", severity: "warning" });
  });

  test.prop([entries, validRatios])("does not mutate its entries or options", (list, ratios) => {
    const frozenEntries = deepFreeze(structuredClone(list));
    const options = deepFreeze({ ratios: structuredClone(ratios), tolerance: 0.05 });
    measureAllocation(frozenEntries, options);
    expect(frozenEntries).toEqual(list);
    expect(options).toEqual({ ratios, tolerance: 0.05 });
  });
});
