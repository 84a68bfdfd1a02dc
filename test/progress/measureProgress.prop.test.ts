import { test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { measureProgress, renderPlanMarkdown } from "../../src/index.ts";
import { isoDate, validPlan } from "../property/arbitraries.ts";
import { tablesAreWellFormed, toHtml } from "./testPlans.ts";

describe("measureProgress", () => {
  test.prop([validPlan, isoDate])("returns rows with progress, expected and grade in 0..1 and a status matching the thresholds", (plan, asOf) => {
    const result = measureProgress(plan, { asOf });
    for (const row of [result.vision, ...result.milestones, ...result.goals]) {
      expect(row.progress).toBeGreaterThanOrEqual(0);
      expect(row.progress).toBeLessThanOrEqual(1);
      expect(row.expected).toBeGreaterThanOrEqual(0);
      expect(row.expected).toBeLessThanOrEqual(1);
      expect(row.grade).toBe(Math.round(row.progress * 10) / 10);
      if (row.status === "done") expect(row.progress).toBe(1);
      if (row.status === "on-track") expect(row.progress).toBeGreaterThanOrEqual(row.expected - 0.1 - 1e-3);
      if (row.status === "off-track") expect(row.progress).toBeLessThan(row.expected - 0.25 + 1e-3);
      if (row.forecast !== undefined) expect(row.forecast > row.startDate).toBe(true);
    }
  });

  test.prop([validPlan, isoDate])("returns one row per active or done goal and one per milestone", (plan, asOf) => {
    const result = measureProgress(plan, { asOf });
    const counted = (plan.goals ?? []).filter((goal) => (goal.status ?? "active") === "active" || goal.status === "done");
    expect(result.goals.map((row) => row.id)).toEqual(counted.map((goal) => goal.id));
    expect(result.milestones).toHaveLength(plan.milestones?.length ?? 0);
  });

  test.prop([validPlan, isoDate])("renderPlanMarkdown returns a page with well-formed tables that micromark renders", (plan, asOf) => {
    const markdown = renderPlanMarkdown(plan, { asOf });
    expect(tablesAreWellFormed(markdown)).toBe(true);
    expect(toHtml(markdown)).toMatch(/^<h1>.+<\/h1>/);
  });
});
