import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { checkAlignment, createPlan, parsePlan, type CapabilityInput, type VisionInput } from "../../src/index.ts";
import { addDays, addMonths } from "../../src/_lib/dates.ts";

const day = fc.integer({ min: 0, max: 4000 }).map((offset) => addDays("2020-01-01", offset));
const sources = fc.constantFrom(undefined, "skill", "knowledge", "technology", "custom");
const names = fc.constantFrom("System design", "SQL", "Statistics knowledge", "Land a PM role", "Mentoring", "Product discovery", "Python", "Stakeholder management", "Become head of product", "Get promoted to senior engineer", "Regulatory affairs");

/** Capabilities whose requires point only at earlier ones (no loops), some needed by a date. */
function capabilities(start: string, target: string) {
  return fc.array(fc.record({ name: names, kind: fc.constantFrom("core", "core", "core", "auxiliary"), effort: fc.oneof(fc.integer({ min: 0, max: 200 }), fc.double({ min: 0.5, max: 150, noNaN: true })), source: sources, requires: fc.array(fc.nat(), { maxLength: 2 }), by: fc.option(fc.double({ min: 0.2, max: 1, noNaN: true }), { nil: undefined, freq: 4 }), evidence: fc.option(fc.constantFrom("3 reports", "A design doc adopted by 2 teams", "O*NET importance 3.62/5"), { nil: undefined }) }), { maxLength: 8 }).map((entries) =>
    entries.map((entry, index): CapabilityInput => {
      const span = Math.round((Date.parse(target) - Date.parse(start)) / 86_400_000);
      const capability: CapabilityInput = { id: `c${index}`, name: entry.name, kind: entry.kind as "core" | "auxiliary", effortHours: entry.effort };
      const requires = [...new Set(entry.requires.filter((at) => at < index).map((at) => `c${at}`))];
      if (index > 0 && requires.length > 0) capability.requires = requires;
      if (entry.source !== undefined) capability.source = entry.source as CapabilityInput["source"];
      if (entry.by !== undefined) capability.by = addDays(start, Math.max(1, Math.floor(span * entry.by)));
      if (entry.evidence !== undefined) capability.evidence = entry.evidence;
      return capability;
    }),
  );
}

const scenario = fc
  .record({ asOf: day, startShift: fc.integer({ min: -400, max: 120 }), months: fc.integer({ min: 6, max: 144 }) })
  .chain(({ asOf, startShift, months }) => {
    const startDate = addDays(asOf, startShift);
    const targetDate = addMonths(startDate, months);
    return fc.record({
      asOf: fc.constant(asOf),
      vision: fc.record({
        id: fc.constant("v"),
        statement: fc.constant("Become a staff engineer at a product company"),
        startDate: fc.constant(startDate),
        targetDate: fc.constant(targetDate),
        who: fc.constantFrom(undefined, "The junior engineers I mentor and my manager", "Clinicians and a data analyst mentor"),
        where: fc.constantFrom(undefined, "Health-data analytics in a hospital", "Platform engineering"),
        industry: fc.constantFrom(undefined, "Healthcare"),
        capabilities: capabilities(startDate, targetDate),
      }, { requiredKeys: ["id", "statement", "startDate", "targetDate", "capabilities"] }),
      hoursPerWeek: fc.oneof(fc.integer({ min: 2, max: 40 }), fc.double({ min: 1, max: 30, noNaN: true })),
      horizons: fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 120 }), { minLength: 1, maxLength: 4 }).map((list) => list.map((months) => ({ id: `${months}m`, months }))), { nil: undefined }),
      planAheadWeeks: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
    });
  });

// Found by the property: auxiliary capabilities planning 25% of the first quarter, which createPlan weighed
// with a rule of its own (no warning) while checkAlignment warned. Both now read src/rules/effortMix.ts.
const MOSTLY_AUXILIARY = {
  asOf: "2021-12-14",
  vision: {
    id: "v", statement: "Become a staff engineer at a product company", startDate: "2021-07-23", targetDate: "2028-05-23",
    capabilities: [
      { id: "c0", name: "System design", kind: "core", effortHours: 155 }, { id: "c1", name: "System design", kind: "core", effortHours: 118 },
      { id: "c2", name: "System design", kind: "auxiliary", effortHours: 0.5 }, { id: "c3", name: "System design", kind: "core", effortHours: 190, by: "2022-12-04" },
      { id: "c4", name: "System design", kind: "auxiliary", effortHours: 112.85603462343616 }, { id: "c5", name: "System design", kind: "auxiliary", effortHours: 54 },
      { id: "c6", name: "System design", kind: "auxiliary", effortHours: 8.671743155280444 },
    ],
  },
  hoursPerWeek: 18,
  horizons: [{ id: "12m", months: 12 }],
  planAheadWeeks: undefined,
} as const;

describe("createPlan (properties)", () => {
  test.prop([scenario], { numRuns: 200, examples: [[MOSTLY_AUXILIARY as never]] })("returns a plan parsePlan accepts, whose check finds no error and no warning when createPlan raised no error", ({ asOf, vision, hoursPerWeek, horizons, planAheadWeeks }) => {
    const { plan, issues } = createPlan(vision as VisionInput, { asOf, hoursPerWeek, ...(horizons ? { horizons } : {}), ...(planAheadWeeks === undefined ? {} : { planAheadWeeks }) });
    const parsed = parsePlan(plan);
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
    // An error (not achievable), or the mix createPlan says it cannot hold, is the plan telling the truth.
    if (issues.some((issue) => issue.severity === "error" || issue.code === "allocation/drift")) return;
    const report = checkAlignment(plan, { asOf });
    expect(report.issues.filter((issue) => issue.severity !== "info").map((issue) => `${issue.code} ${issue.message}`)).toEqual([]);
    expect(plan.hoursPerWeek).toBe(hoursPerWeek);
    // Ids are unique and tasks come from their goal.
    const ids = (plan.goals ?? []).map((goal) => goal.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const task of plan.tasks ?? []) expect(task.id.startsWith(`${task.goalId}-t`)).toBe(true);
  });
});
