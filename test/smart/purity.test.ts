// The SMART check keeps no state between calls: no module-level mutable
// bindings, no cache keyed by a plan, so a plan changed in place is read afresh.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkSmart, checkSmartPlan, type PlanInput } from "../../src/index.ts";
import { SENIOR_ENGINEER_AS_OF, seniorEngineerPlan } from "../fixtures/seniorEngineerPlan.ts";

const folder = new URL("../../src/smart/", import.meta.url);

describe("src/smart keeps no state", () => {
  it("declares no module-level let or var, and no WeakMap cache", () => {
    const found: string[] = [];
    for (const file of readdirSync(folder).filter((name) => name.endsWith(".ts"))) {
      readFileSync(new URL(file, folder), "utf8")
        .split("\n")
        .forEach((line, index) => {
          if (/^(export )?(let|var) /.test(line) || line.includes("WeakMap")) found.push(`${file}:${index + 1}: ${line}`);
        });
    }
    expect(found).toEqual([]);
  });

  it("answers from the vision statement as it is now after the plan is changed in place", () => {
    const plan = structuredClone(seniorEngineerPlan) as PlanInput;
    const text = "Write 3 posts about watercolour painting by 2027";
    expect(checkSmart(text, { plan }).criteria.relevant.status).toBe("fail");
    plan.vision.statement = "Become a watercolour painting teacher";
    expect(checkSmart(text, { plan }).criteria.relevant).toMatchObject({ status: "pass", evidence: expect.arrayContaining(["watercolour"]) });
  });

  it("answers from a capability renamed in place", () => {
    const plan = structuredClone(seniorEngineerPlan) as PlanInput;
    const goal = { id: "g", title: "Design 2 APIs", capabilityIds: [plan.vision.capabilities![0]!.id] };
    plan.vision.capabilities![0]!.name = "API craft";
    expect(checkSmart(goal, { plan, asOf: SENIOR_ENGINEER_AS_OF }).criteria.relevant.reason).toBe('it builds the capability "API craft"');
  });
});

describe("checkSmartPlan", () => {
  it("gives each active goal's checkSmart issues (with the plan) under goals[i], and none for goals that are not active", () => {
    const plan = structuredClone(seniorEngineerPlan) as PlanInput;
    plan.goals!.push({ id: "g-done", title: "Get better at SQL", status: "done" });
    plan.goals!.push({ id: "g-vague", title: "Earn a certificate" });
    const expected = plan.goals!.flatMap((goal, at) =>
      goal.status === "done" ? [] : checkSmart(goal, { plan, asOf: SENIOR_ENGINEER_AS_OF }).issues.map((issue) => ({ ...issue, path: ["goals", at, ...issue.path] })),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(checkSmartPlan(plan, { asOf: SENIOR_ENGINEER_AS_OF }).issues).toEqual(expected);
  });

  it("throws a TypeError naming the field for a plan that skipped parsePlan", () => {
    expect(() => checkSmartPlan({ vision: {}, goals: 5 } as never, {})).toThrow(/checkSmartPlan: plan.goals/);
  });
});
