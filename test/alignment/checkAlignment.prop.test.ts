import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { checkAlignment, type Issue, type PlanInput } from "../../src/index.ts";
import { isoDate, validPlan } from "../property/arbitraries.ts";
import { deepFreeze } from "../fixtures/deepFreeze.ts";

const tolerance = fc.option(fc.constantFrom(0, 0.05, 0.2, 1), { nil: undefined });

/**
 * Whether the issue's path leads to a value in the plan. The one documented
 * exception: review/overdue points at ["reviews"] even when no review was
 * ever recorded.
 */
function resolves(plan: PlanInput, issue: Issue): boolean {
  let value: unknown = plan;
  for (let step = 0; step < issue.path.length; step++) {
    if (typeof value !== "object" || value === null) return false;
    const key = issue.path[step]!;
    const next: unknown = (value as Record<string | number, unknown>)[key];
    if (next === undefined) {
      const last = step === issue.path.length - 1;
      return last && issue.code === "review/overdue";
    }
    value = next;
  }
  return true;
}

describe("checkAlignment", () => {
  test.prop([validPlan, isoDate, tolerance])("never throws on a valid plan and every issue's path leads into the plan", (plan, asOf, drift) => {
    const report = checkAlignment(plan, { asOf, tolerance: drift });
    for (const issue of report.issues) expect(resolves(plan, issue), `${issue.code} at ${JSON.stringify(issue.path)}`).toBe(true);
  });

  test.prop([validPlan, isoDate])("returns a score and coverage in 0..1, and ok exactly when no issue is an error", (plan, asOf) => {
    const report = checkAlignment(plan, { asOf });
    expect(report.ok).toBe(report.issues.every((issue) => issue.severity !== "error"));
    for (const value of [report.score, report.coverage.capabilities, report.coverage.milestones, report.coverage.goals]) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  });

  test.prop([validPlan, isoDate])("returns the same report twice and leaves a deeply frozen plan untouched", (plan, asOf) => {
    const frozen = deepFreeze(structuredClone(plan));
    const first = checkAlignment(frozen, { asOf });
    expect(checkAlignment(frozen, { asOf })).toEqual(first);
    expect(frozen).toEqual(plan);
  });
});
