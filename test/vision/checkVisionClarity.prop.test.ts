import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { checkVisionClarity } from "../../src/index.ts";
import { isoDate } from "../property/arbitraries.ts";
import { frozenCopy } from "./fixtures.ts";

const text = fc.oneof(fc.string(), fc.constantFrom("", "Become an expert", "Get promoted someday", "Lead a data team in fintech because trust matters"));
const vision = fc.record(
  { id: fc.constant("v"), statement: text, startDate: isoDate, targetDate: isoDate, why: text, what: text, where: text, who: text, industry: text, targetRole: text },
  { requiredKeys: ["id", "statement", "startDate", "targetDate"] },
);

describe("checkVisionClarity (properties)", () => {
  test.prop([vision])("returns a score in 0..1 matching the answered W's and the vague flag", (input) => {
    const { score, answered, issues } = checkVisionClarity(input);
    const count = Object.values(answered).filter(Boolean).length;
    const vague = issues.some((issue) => issue.code === "vision/vague");
    expect(score).toBeCloseTo(Math.max(0, count - (vague ? 1 : 0)) / 5, 12);
    expect(issues.filter((issue) => issue.code.startsWith("vision/missing-")).length).toBe(5 - count);
  });

  test.prop([vision])("does not mutate its input", (input) => {
    const frozen = frozenCopy(input);
    checkVisionClarity(frozen);
    expect(frozen).toEqual(input);
  });
});
