import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parsePlan, planJsonSchema } from "../../src/index.ts";
import { seniorEngineerPlan } from "../fixtures/seniorEngineerPlan.ts";

const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
const validate = ajv.compile(planJsonSchema());
const living = {
  ...seniorEngineerPlan,
  log: [
    { date: "2026-11-02", goalId: "g-lead-feature", minutes: 50, note: "Rollout plan draft" },
    { date: "2026-11-03", taskId: "g-lead-feature-2", done: true },
    { date: "2026-11-10", goalId: "g-load-time", value: 4.2 },
    { date: "2026-11-12", goalId: "g-mentor", evidence: "Ana shipped her first feature on her own" },
  ],
  ratioOverrides: [{ from: "2026-12-01", until: "2026-12-31", ratios: { core: 0.85, auxiliary: 0.1, exploratory: 0.05 }, note: "Release month" }],
  tasks: [...seniorEngineerPlan.tasks!, { id: "t-old", goalId: "g-explore-ai", title: "Try the assistant on a refactor", minutes: 45, closedOn: "2026-10-05" }],
};

describe("the living-plan fields of the model", () => {
  it("parses a plan with a log, ratio overrides, a goal backup and a closed task, and the JSON Schema agrees", () => {
    expect(parsePlan(living).ok).toBe(true);
    expect(validate(living)).toBe(true);
  });

  it.each([
    ["a log entry with an impossible date", { log: [{ date: "2026-02-30", minutes: 5 }] }, ["log", 0, "date"]],
    ["negative minutes", { log: [{ date: "2026-02-03", minutes: -5 }] }, ["log", 0, "minutes"]],
    ["more than a day's minutes in one entry", { log: [{ date: "2026-02-03", minutes: 1441 }] }, ["log", 0, "minutes"]],
    ["an override whose ratios are not a mix", { ratioOverrides: [{ from: "2026-12-01", until: "2026-12-31", ratios: { core: 2, auxiliary: 0, exploratory: 0 } }] }, ["ratioOverrides", 0, "ratios", "core"]],
    ["a closed task with a bad date", { tasks: [{ id: "t", goalId: "g", title: "x", minutes: 5, closedOn: "soon" }] }, ["tasks", 0, "closedOn"]],
  ])("rejects %s in parsePlan and the JSON Schema", (_, change, path) => {
    const plan = { ...seniorEngineerPlan, ...change };
    const result = parsePlan(plan);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.path)).toContainEqual(path);
    expect(validate(plan)).toBe(false);
  });
});
