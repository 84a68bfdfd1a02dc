// Valid ratios for the property suites: common decimal mixes and arbitrary weights normalised to 1.
import { fc } from "@fast-check/vitest";
import type { Ratios } from "../../src/index.ts";

export const validRatios: fc.Arbitrary<Ratios> = fc.oneof(
  fc.constantFrom(
    { core: 0.7, auxiliary: 0.2, exploratory: 0.1 },
    { core: 0.6, auxiliary: 0.3, exploratory: 0.1 },
    { core: 0.5, auxiliary: 0.3, exploratory: 0.2 },
    { core: 1, auxiliary: 0, exploratory: 0 },
    { core: 0, auxiliary: 0, exploratory: 1 },
  ),
  fc
    .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }))
    .filter(([core, auxiliary, exploratory]) => core + auxiliary + exploratory > 0)
    .map(([core, auxiliary, exploratory]) => {
      const sum = core + auxiliary + exploratory;
      return { core: core / sum, auxiliary: auxiliary / sum, exploratory: exploratory / sum };
    }),
);
