import { describe, expect, it } from "vitest";
import { parsePlan, type PlanInput } from "../../src/index.ts";
import { seniorEngineerPlan } from "../fixtures/seniorEngineerPlan.ts";

const vision = { id: "v", statement: "Lead a platform team", startDate: "2026-01-01", targetDate: "2030-12-31" };

function issuesOf(input: unknown) {
  const result = parsePlan(input);
  if (result.ok) throw new Error("expected the plan to be rejected");
  return result.issues;
}

describe("parsePlan", () => {
  it("accepts the senior-engineer plan and returns an equal copy", () => {
    const result = parsePlan(seniorEngineerPlan);
    expect(result).toEqual({ ok: true, plan: seniorEngineerPlan });
    if (result.ok) expect(result.plan).not.toBe(seniorEngineerPlan);
  });

  it("round-trips through JSON unchanged", () => {
    const once = parsePlan(JSON.parse(JSON.stringify(seniorEngineerPlan)));
    if (!once.ok) throw new Error("rejected");
    expect(parsePlan(JSON.parse(JSON.stringify(once.plan)))).toEqual(once);
  });

  it("reports an impossible date with its exact path and a readable message", () => {
    const plan: PlanInput = { vision, goals: [{ id: "a", title: "a" }, { id: "b", title: "b" }, { id: "c", title: "c", dueDate: "2027-02-30" }] };
    expect(issuesOf(plan)).toEqual([
      {
        code: "schema/invalid",
        severity: "error",
        path: ["goals", 2, "dueDate"],
        message: "2027-02-30 is not a calendar date",
        hint: "Write dates as YYYY-MM-DD, e.g. 2027-03-31.",
      },
    ]);
  });

  it("rejects month 13 and dates in another shape", () => {
    const issues = issuesOf({ vision: { ...vision, startDate: "2026-13-01", targetDate: "31/12/2030" } });
    expect(issues.map((issue) => issue.message)).toEqual([
      "2026-13-01 is not a calendar date",
      "expected a date written YYYY-MM-DD",
    ]);
  });

  it("names a missing required field", () => {
    expect(issuesOf({ vision: { ...vision, statement: undefined } })[0]).toMatchObject({
      path: ["vision", "statement"],
      message: "is required",
    });
  });

  it("names the wrong type and the allowed values", () => {
    const issues = issuesOf({ vision, hoursPerWeek: "ten", goals: [{ id: "g", title: "t", bucket: "side" }] });
    expect(issues.map((issue) => issue.message)).toEqual([
      'expected one of "core", "auxiliary", "exploratory"',
      "expected a number, got string",
    ]);
  });

  it("rejects ratios that do not sum to 1", () => {
    expect(issuesOf({ vision, ratios: { core: 0.5, auxiliary: 0.2, exploratory: 0.1 } })).toEqual([
      {
        code: "schema/invalid",
        severity: "error",
        path: ["ratios"],
        message: "the ratios sum to 0.8, expected 1",
        hint: "Use shares that add up to 1, e.g. 0.7, 0.2 and 0.1.",
      },
    ]);
  });

  it("rejects negative effort and empty ids", () => {
    const issues = issuesOf({ vision, goals: [{ id: "", title: "t", effortHours: -1 }] });
    expect(issues.map((issue) => issue.message)).toEqual(["must not be empty", "must be at least 0"]);
  });

  it.each([
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "Infinity"],
    [Number.NEGATIVE_INFINITY, "-Infinity"],
  ])("names %s in the message instead of saying \"got number\"", (value, shown) => {
    const issues = issuesOf({ vision, hoursPerWeek: value, goals: [{ id: "g", title: "t", effortHours: value }] });
    expect(issues.map((issue) => [issue.path, issue.message])).toEqual([
      [["goals", 0, "effortHours"], `expected a number, got ${shown}`],
      [["hoursPerWeek"], `expected a number, got ${shown}`],
    ]);
  });

  it.each([
    ["a goal's effortHours", { goals: [{ id: "g", title: "t", effortHours: 1e6 + 1 }] }, ["goals", 0, "effortHours"], "must be at most 1000000"],
    ["a capability's effortHours", { vision: { ...vision, capabilities: [{ id: "c", name: "C", effortHours: 1e18 }] } }, ["vision", "capabilities", 0, "effortHours"], "must be at most 1000000"],
    ["a micro-task's minutes", { tasks: [{ id: "t", goalId: "g", title: "t", minutes: 1e7 }] }, ["tasks", 0, "minutes"], "must be at most 1000000"],
    ["hoursPerWeek", { hoursPerWeek: 169 }, ["hoursPerWeek"], "must be at most 168"],
  ])("rejects %s above LIMITS with an issue at its path", (_, extra, path, message) => {
    expect(issuesOf({ vision, ...extra }).map((issue) => [issue.path, issue.message])).toEqual([[path, message]]);
  });

  it("reports a non-object input at the root", () => {
    expect(issuesOf(null)).toEqual([{ code: "schema/invalid", severity: "error", path: [], message: "expected an object, got null" }]);
    expect(issuesOf([])[0]?.message).toBe("expected an object, got an array");
  });

  it("drops __proto__ and constructor keys without polluting any prototype", () => {
    const input = JSON.parse(
      '{"__proto__": {"polluted": true}, "vision": {"id": "v", "statement": "s", "startDate": "2026-01-01", "targetDate": "2030-12-31", "constructor": {"prototype": {"polluted": true}}}}',
    );
    const result = parsePlan(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.plan)).toEqual(["vision"]);
    expect(Object.getPrototypeOf(result.plan)).toBe(Object.prototype);
    expect(Object.hasOwn(result.plan.vision, "constructor")).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("reports a throwing getter instead of throwing", () => {
    const input = { get vision(): never { throw new Error("boom"); } };
    expect(issuesOf(input)).toEqual([
      { code: "schema/invalid", severity: "error", path: [], message: "the plan could not be read (boom)" },
    ]);
  });
});
