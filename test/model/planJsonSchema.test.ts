import { fc, test } from "@fast-check/vitest";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parsePlan, planJsonSchema } from "../../src/index.ts";
import { seniorEngineerPlan } from "../fixtures/seniorEngineerPlan.ts";
import { brokenPlan, validPlan } from "../property/arbitraries.ts";

// zod writes `format: "date"` next to a pattern that already checks the calendar.
const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
const validate = ajv.compile(planJsonSchema());

describe("planJsonSchema", () => {
  it("is a draft 2020-12 schema that Ajv compiles in strict mode", () => {
    expect(planJsonSchema().$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("returns a fresh object each call", () => {
    expect(planJsonSchema()).not.toBe(planJsonSchema());
  });

  it("accepts the senior-engineer plan", () => {
    expect(validate(seniorEngineerPlan)).toBe(true);
  });

  it("rejects impossible dates like parsePlan", () => {
    const plan = { ...seniorEngineerPlan, vision: { ...seniorEngineerPlan.vision, targetDate: "2027-02-29" } };
    expect(validate(plan)).toBe(false);
    expect(parsePlan(plan).ok).toBe(false);
  });

  it("documents its one difference: ratios that do not sum to 1 pass JSON Schema only", () => {
    const plan = { ...seniorEngineerPlan, ratios: { core: 0.5, auxiliary: 0.2, exploratory: 0.1 } };
    expect(validate(plan)).toBe(true);
    expect(parsePlan(plan).ok).toBe(false);
  });

  it("accepts a capability's by and source, and rejects an unknown source or an impossible by, like parsePlan", () => {
    const withCapability = (capability: object) => ({
      ...seniorEngineerPlan,
      vision: { ...seniorEngineerPlan.vision, capabilities: [{ id: "pm-role", name: "Land a PM role", ...capability }] },
    });
    for (const capability of [{ by: "2029-01-31", source: "custom" }, { source: "technology" }]) {
      expect(validate(withCapability(capability))).toBe(true);
      expect(parsePlan(withCapability(capability)).ok).toBe(true);
    }
    for (const capability of [{ source: "hobby" }, { by: "2029-02-30" }]) {
      expect(validate(withCapability(capability))).toBe(false);
      expect(parsePlan(withCapability(capability)).ok).toBe(false);
    }
  });

  test.prop([fc.oneof(validPlan, brokenPlan)], { numRuns: 300 })("agrees with parsePlan on generated plans", (plan) => {
    expect(validate(plan)).toBe(parsePlan(plan).ok);
  });

  test.prop([fc.jsonValue()], { numRuns: 300 })("agrees with parsePlan on arbitrary JSON", (value) => {
    expect(validate(value)).toBe(parsePlan(value).ok);
  });
});
