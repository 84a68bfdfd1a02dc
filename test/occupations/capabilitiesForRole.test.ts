import { describe, expect, it } from "vitest";
import { capabilitiesForRole } from "careerplan/occupations";
import { frozenCopy } from "../fixtures/deepFreeze.ts";

const IT_PM = "15-1299.09";

describe("capabilitiesForRole", () => {
  it("returns the top skills as capabilities, core first then auxiliary, effort 40 hours per level", () => {
    const { capabilities, issues } = capabilitiesForRole(IT_PM, { top: 4 });
    expect(issues).toEqual([]);
    expect(capabilities).toEqual([
      { id: "critical-thinking", name: "Critical Thinking", kind: "core", effortHours: 170, evidence: "O*NET® importance 4.12/5, level 4.25/7 (Information Technology Project Managers, 15-1299.09)" },
      { id: "coordination", name: "Coordination", kind: "core", effortHours: 165, evidence: "O*NET® importance 4/5, level 4.12/7 (Information Technology Project Managers, 15-1299.09)" },
      { id: "reading-comprehension", name: "Reading Comprehension", kind: "auxiliary", effortHours: 160, evidence: "O*NET® importance 4/5, level 4/7 (Information Technology Project Managers, 15-1299.09)" },
      { id: "active-listening", name: "Active Listening", kind: "auxiliary", effortHours: 160, evidence: "O*NET® importance 4/5, level 4/7 (Information Technology Project Managers, 15-1299.09)" },
    ]);
  });

  it("returns 10 capabilities, 5 of them core, by default", () => {
    const { capabilities } = capabilitiesForRole(IT_PM);
    expect(capabilities).toHaveLength(10);
    expect(capabilities.filter((capability) => capability.kind === "core")).toHaveLength(5);
  });

  it("returns coreCount core capabilities when given", () => {
    const kinds = capabilitiesForRole(IT_PM, { top: 3, coreCount: 1 }).capabilities.map((capability) => capability.kind);
    expect(kinds).toEqual(["core", "auxiliary", "auxiliary"]);
  });

  it("returns only the gaps when a profile gives current levels", () => {
    const { capabilities, gaps } = capabilitiesForRole(IT_PM, { top: 4, profile: { "Critical Thinking": 5, coordination: 3 } });
    expect(capabilities.map((capability) => capability.id)).toEqual(["coordination", "reading-comprehension", "active-listening"]);
    expect(capabilities[0]).toMatchObject({ kind: "core", effortHours: 45, evidence: "O*NET® importance 4/5, level 4.12/7 (Information Technology Project Managers, 15-1299.09); current level 3/7" });
    expect(gaps[0]).toEqual({ capabilityId: "coordination", skill: { elementId: "2.B.1.b", slug: "coordination", name: "Coordination", importance: 4, level: 4.12 }, currentLevel: 3, gap: 1.12 });
  });

  it("matches profile keys by name, slug or element id in any case", () => {
    const byName = capabilitiesForRole(IT_PM, { top: 2, profile: { "CRITICAL THINKING": 2 } }).capabilities;
    expect(capabilitiesForRole(IT_PM, { top: 2, profile: { "critical-thinking": 2 } }).capabilities).toEqual(byName);
    expect(capabilitiesForRole(IT_PM, { top: 2, profile: { "2.a.2.A": 2 } }).capabilities).toEqual(byName);
    expect(byName[0]?.effortHours).toBe(90);
  });

  it("returns occupation/unknown-skill for a profile key that names no skill", () => {
    expect(capabilitiesForRole(IT_PM, { top: 1, profile: { Python: 4 } }).issues).toEqual([
      {
        code: "occupation/unknown-skill",
        severity: "info",
        path: ["profile", "Python"],
        message: "names no O*NET skill; its level is ignored",
        hint: 'Use a skill name, slug or element id, e.g. "Critical Thinking", "critical-thinking" or "2.A.2.a"',
      },
    ]);
  });

  it("uses effortPerLevel in the default formula", () => {
    expect(capabilitiesForRole(IT_PM, { top: 1, effortPerLevel: 10 }).capabilities[0]?.effortHours).toBe(43);
  });

  it("uses estimateEffort instead of the formula when given", () => {
    const calls: [string, number][] = [];
    const { capabilities } = capabilitiesForRole(IT_PM, {
      top: 2,
      profile: { coordination: 1 },
      estimateEffort: (skill, currentLevel) => {
        calls.push([skill.slug, currentLevel]);
        return 12.5;
      },
    });
    expect(capabilities.map((capability) => capability.effortHours)).toEqual([12.5, 12.5]);
    expect(calls).toEqual([["critical-thinking", 0], ["coordination", 1]]);
  });

  it("puts idPrefix in front of each id", () => {
    expect(capabilitiesForRole(IT_PM, { top: 1, idPrefix: "onet-" }).capabilities[0]?.id).toBe("onet-critical-thinking");
  });

  it("returns the fallback source and its warning for Software Developers", () => {
    const result = capabilitiesForRole("Software Developers", { top: 1 });
    expect(result.source).toEqual({ code: "15-1254.00", title: "Web Developers", fallback: true });
    expect(result.issues.map((issue) => issue.code)).toEqual(["occupation/fallback"]);
    expect(result.capabilities[0]?.evidence).toBe("O*NET® importance 4.12/5, level 4.25/7 (Web Developers, 15-1254.00)");
  });

  it("returns no capabilities and occupation/unknown when the role is unknown", () => {
    const result = capabilitiesForRole("Wizard of Oz");
    expect(result.capabilities).toEqual([]);
    expect(result.gaps).toEqual([]);
    expect(result.occupation).toBeUndefined();
    expect(result.issues[0]).toMatchObject({ code: "occupation/unknown", severity: "error", message: 'no O*NET occupation matches "Wizard of Oz"' });
  });

  it("throws a RangeError when a profile level is outside 0–7", () => {
    expect(() => capabilitiesForRole(IT_PM, { profile: { writing: 8 } })).toThrow(new RangeError('capabilitiesForRole: profile level of "writing" must be a number from 0 to 7, got 8'));
  });

  it("throws a RangeError when estimateEffort returns a negative number", () => {
    expect(() => capabilitiesForRole(IT_PM, { top: 1, estimateEffort: () => -1 })).toThrow(new RangeError('capabilitiesForRole: estimateEffort returned -1 for "Critical Thinking", expected a finite number ≥ 0'));
  });

  it("throws a RangeError when top or coreCount is not a valid count", () => {
    expect(() => capabilitiesForRole(IT_PM, { top: 0 })).toThrow(new RangeError("capabilitiesForRole: top must be an integer ≥ 1, got 0"));
    expect(() => capabilitiesForRole(IT_PM, { coreCount: -1 })).toThrow(RangeError);
    expect(() => capabilitiesForRole(IT_PM, { effortPerLevel: Number.NaN })).toThrow(RangeError);
  });

  it("returns equal results on repeated calls and does not mutate its options", () => {
    const options = frozenCopy({ top: 6, profile: { writing: 2, speaking: 6 } });
    expect(capabilitiesForRole(IT_PM, options)).toEqual(capabilitiesForRole(IT_PM, options));
  });
});
