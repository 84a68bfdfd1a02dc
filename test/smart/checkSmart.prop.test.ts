import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { checkSmart } from "../../src/index.ts";

const criteria = ["specific", "measurable", "achievable", "relevant", "timeBound"] as const;

describe("checkSmart", () => {
  test.prop([fc.string({ maxLength: 200 })])("returns one issue per failed criterion and a score of the passes", (text) => {
    const report = checkSmart(text);
    const statuses = criteria.map((criterion) => report.criteria[criterion].status);
    expect(report.score).toBe(statuses.filter((status) => status === "pass").length);
    expect(report.issues.length).toBe(statuses.filter((status) => status === "fail").length);
    expect(report.ok).toBe(report.issues.length === 0);
  });

  test.prop([fc.array(fc.constantFrom("complete", "3", "by", "March", "2027", "get", "better", "in", "8", "weeks", "/", "10", "%", "every", "monday"), { maxLength: 30 })])(
    "returns the same report for the same text",
    (words) => {
      const text = words.join(" ");
      expect(checkSmart(text, { asOf: "2026-11-22" })).toEqual(checkSmart(text, { asOf: "2026-11-22" }));
    },
  );
});
