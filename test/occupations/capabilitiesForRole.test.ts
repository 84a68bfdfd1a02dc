import { describe, expect, it } from "vitest";
import { decomposeVision } from "careerplan";
import { capabilitiesForRole } from "careerplan/occupations";
import type { RoleCapability } from "careerplan/occupations";
import { frozenCopy } from "../fixtures/deepFreeze.ts";

const IT_PM = "15-1299.09";
const BI_ANALYST = "Business Intelligence Analysts";
const NURSE = "Registered Nurses";
const SKILLS_ONLY = { counts: { skill: 4 } };
const names = (capabilities: RoleCapability[], source?: string) => capabilities.filter((capability) => !source || capability.source === source).map((capability) => capability.name);

describe("capabilitiesForRole", () => {
  it("mixes skills, knowledge and technologies by default: 12, in turn, the first half core", () => {
    const { capabilities, issues } = capabilitiesForRole(IT_PM);
    expect(issues).toEqual([]);
    expect(capabilities).toHaveLength(12);
    expect(capabilities.map((capability) => capability.source).slice(0, 3)).toEqual(["skill", "knowledge", "technology"]);
    expect(capabilities.filter((capability) => capability.source === "technology")).toHaveLength(5);
    expect(capabilities.filter((capability) => capability.source === "knowledge")).toHaveLength(3);
    expect(capabilities.filter((capability) => capability.kind === "core")).toHaveLength(6);
    expect(capabilities.slice(0, 6).every((capability) => capability.kind === "core")).toBe(true);
  });

  it("returns the top skills with their O*NET ratings in evidence, 40 hours per level", () => {
    const { capabilities } = capabilitiesForRole(IT_PM, SKILLS_ONLY);
    expect(capabilities[0]).toEqual({
      id: "critical-thinking",
      name: "Critical Thinking",
      kind: "core",
      effortHours: 170,
      evidence: "O*NET® importance 4.12/5, level 4.25/7 (Information Technology Project Managers, 15-1299.09)",
      source: "skill",
    });
    expect(names(capabilities)).toEqual(["Critical Thinking", "Coordination", "Reading Comprehension", "Active Listening"]);
  });

  it("returns knowledge areas (29.3) with their ratings", () => {
    const { capabilities } = capabilitiesForRole("29-1141.00", { counts: { knowledge: 3 } });
    expect(names(capabilities, "knowledge")).toContain("Medicine and Dentistry");
    expect(capabilities[0]?.evidence).toMatch(/^O\*NET® knowledge importance [\d.]+\/5, level [\d.]+\/7 \(Registered Nurses, 29-1141\.00\)$/);
  });

  it("keeps names plain: ratings, codes and the source go in evidence", () => {
    const { capabilities } = capabilitiesForRole(BI_ANALYST, { top: 30 });
    for (const capability of capabilities) {
      expect(capability.name).not.toMatch(/O\*NET|\d\.\d|\/5|\d{2}-\d{4}/);
      expect(capability.evidence).toMatch(/^O\*NET® /);
    }
  });

  it("ranks technologies by how specific they are to the role: SQL and Tableau above Excel for a BI analyst", () => {
    const technologies = names(capabilitiesForRole(BI_ANALYST, { counts: { technology: 500 } }).capabilities);
    const excel = technologies.indexOf("Microsoft Excel");
    for (const marker of ["Structured query language SQL", "Tableau"]) {
      expect(technologies.indexOf(marker)).toBeGreaterThanOrEqual(0);
      expect(excel === -1 || technologies.indexOf(marker) < excel).toBe(true);
    }
    expect(technologies.slice(0, 6)).toContain("Tableau");
    // Excel, listed by 859 of 923 occupations, marks no role: too far below the best to be a gap.
    expect(excel).toBe(-1);
  });

  it("lists at most two technologies of one commodity title and names the others as alternatives", () => {
    const { gaps, capabilities } = capabilitiesForRole(BI_ANALYST, { counts: { technology: 500 } });
    const perCommodity = new Map<string, number>();
    for (const gap of gaps) perCommodity.set(gap.technology!.commodity, (perCommodity.get(gap.technology!.commodity) ?? 0) + 1);
    expect(Math.max(...perCommodity.values())).toBe(2);
    expect(capabilities.some((capability) => /; or .+/.test(capability.evidence ?? ""))).toBe(true);
  });

  it("gives a nurse moving into BI analytics the data technologies and none of the nursing skills she has", () => {
    const { capabilities, held, from, occupation } = capabilitiesForRole(BI_ANALYST, { from: NURSE });
    expect(occupation?.code).toBe("15-2051.01");
    expect(from).toEqual({ code: "29-1141.00", title: "Registered Nurses" });
    const technologies = names(capabilities, "technology");
    expect(technologies).toContain("Structured query language SQL");
    expect(technologies.some((name) => /Tableau|Power BI/.test(name))).toBe(true);
    expect(names(capabilities)).toEqual(expect.arrayContaining(["Programming", "Computers and Electronics"]));
    for (const nursing of ["Active Listening", "Critical Thinking", "Social Perceptiveness", "Service Orientation", "Epic Systems", "MEDITECH software", "Microsoft Excel"]) {
      expect(names(capabilities)).not.toContain(nursing);
    }
    expect(names(held)).toEqual(expect.arrayContaining(["Active Listening", "Critical Thinking", "Writing"]));
    expect(held.every((capability) => capability.effortHours === 0)).toBe(true);
  });

  it("scales a gap's effort by the difference between the two occupations' levels", () => {
    const { capabilities, gaps } = capabilitiesForRole(BI_ANALYST, { from: NURSE, counts: { skill: 10 } });
    const programming = gaps.find((gap) => gap.capabilityId === "programming")!;
    expect(programming).toMatchObject({ source: "skill", currentLevel: 0.62, gap: 1.88 });
    expect(capabilities.find((capability) => capability.id === "programming")).toMatchObject({ effortHours: 75 });
    expect(capabilities.find((capability) => capability.id === "programming")?.evidence).toContain("Registered Nurses (29-1141.00): level 0.62/7");
  });

  it("treats a level within transferMargin (0.5) of the target's as transferred", () => {
    const strict = capabilitiesForRole(BI_ANALYST, { from: NURSE, counts: { skill: 35 }, transferMargin: 0 }).gaps;
    const loose = capabilitiesForRole(BI_ANALYST, { from: NURSE, counts: { skill: 35 } }).gaps;
    expect(loose.every((gap) => gap.gap > 0.5)).toBe(true);
    expect(strict.length).toBeGreaterThan(loose.length);
  });

  it("narrows the gap with a profile of what the person holds, technologies by their common names", () => {
    const { capabilities, held, issues } = capabilitiesForRole(BI_ANALYST, { from: NURSE, profile: { SQL: true, Tableau: 3, Programming: 4 } });
    expect(issues).toEqual([]);
    for (const name of ["Structured query language SQL", "Tableau", "Programming"]) expect(names(capabilities)).not.toContain(name);
    expect(names(held)).toEqual(expect.arrayContaining(["Structured query language SQL", "Tableau", "Programming"]));
  });

  it("returns only the gaps when a profile gives current levels (profile levels count exactly)", () => {
    const { capabilities, gaps } = capabilitiesForRole(IT_PM, { ...SKILLS_ONLY, profile: { "Critical Thinking": 5, coordination: 3 } });
    expect(names(capabilities)).toEqual(["Coordination", "Reading Comprehension", "Active Listening", "Writing"]);
    expect(capabilities[0]).toMatchObject({ kind: "core", effortHours: 45, evidence: "O*NET® importance 4/5, level 4.12/7 (Information Technology Project Managers, 15-1299.09); current level 3/7" });
    expect(gaps[0]).toEqual({ capabilityId: "coordination", source: "skill", skill: { elementId: "2.B.1.b", slug: "coordination", name: "Coordination", importance: 4, level: 4.12 }, currentLevel: 3, gap: 1.12 });
  });

  it("matches profile keys by name, slug or element id in any case", () => {
    const byName = capabilitiesForRole(IT_PM, { counts: { skill: 2 }, profile: { "CRITICAL THINKING": 2 } }).capabilities;
    expect(capabilitiesForRole(IT_PM, { counts: { skill: 2 }, profile: { "critical-thinking": 2 } }).capabilities).toEqual(byName);
    expect(capabilitiesForRole(IT_PM, { counts: { skill: 2 }, profile: { "2.a.2.A": 2 } }).capabilities).toEqual(byName);
    expect(byName[0]?.effortHours).toBe(90);
  });

  it("returns occupation/unknown-skill for a profile key that names nothing O*NET knows", () => {
    expect(capabilitiesForRole(IT_PM, { counts: { skill: 1 }, profile: { "Underwater basket weaving": 4 } }).issues).toEqual([
      expect.objectContaining({ code: "occupation/unknown-skill", severity: "info", path: ["profile", "Underwater basket weaving"], message: expect.stringContaining("names no O*NET skill, knowledge area or technology") }),
    ]);
  });

  it("reports both Job Zones and a zone/step-up info when the target is two or more zones above", () => {
    const { jobZones, issues } = capabilitiesForRole("15-2051.01", { from: "Cashiers" });
    expect(jobZones.target).toMatchObject({ zone: 4, name: "Considerable Preparation Needed" });
    expect(jobZones.from).toMatchObject({ zone: 2 });
    expect(issues).toEqual([expect.objectContaining({ code: "zone/step-up", severity: "info", path: ["from"], message: expect.stringMatching(/Job Zone 4.*2 zones above Cashiers/) })]);
    expect(capabilitiesForRole(BI_ANALYST, { from: NURSE }).issues.map((issue) => issue.code)).not.toContain("zone/step-up");
  });

  it("reads from as a code, a title or a search, and says how a search was read", () => {
    const byCode = capabilitiesForRole(BI_ANALYST, { from: "29-1141.00" });
    const bySearch = capabilitiesForRole(BI_ANALYST, { from: "RN" });
    expect(bySearch.from).toEqual(byCode.from);
    expect(bySearch.capabilities).toEqual(byCode.capabilities);
    expect(bySearch.issues).toEqual([expect.objectContaining({ code: "occupation/matched", severity: "info", path: ["from"], message: expect.stringContaining("Registered Nurses (29-1141.00)") })]);
  });

  it("returns the role's full needs with occupation/unknown, never a throw, when from names nothing", () => {
    const result = capabilitiesForRole(IT_PM, { from: "99-9999.99" });
    expect(result.from).toBeUndefined();
    expect(result.capabilities).toEqual(capabilitiesForRole(IT_PM).capabilities);
    expect(result.issues).toEqual([expect.objectContaining({ code: "occupation/unknown", severity: "error", path: ["from"] })]);
  });

  it("says so and lists the full needs when from is the same occupation as the role", () => {
    const result = capabilitiesForRole("product manager", { from: "11-2021.00" });
    expect(result.capabilities).toHaveLength(12);
    expect(result.issues.map((issue) => issue.code)).toEqual(["occupation/matched", "occupation/same"]);
  });

  it("returns no capabilities and occupation/unknown when the role is unknown", () => {
    const result = capabilitiesForRole("99-9999.99");
    expect(result).toMatchObject({ capabilities: [], gaps: [], held: [], jobZones: {} });
    expect(result.occupation).toBeUndefined();
    expect(result.issues[0]).toMatchObject({ code: "occupation/unknown", severity: "error", message: expect.stringContaining('"99-9999.99"') });
  });

  it("keeps the disclosed fallback for unrated roles and gives them their own 30.0 technologies", () => {
    for (const code of ["15-1252.00", "15-2051.00", "13-1082.00"]) {
      const result = capabilitiesForRole(code);
      expect(result.source?.fallback).toBe(true);
      expect(result.issues.map((issue) => issue.code)).toEqual(["occupation/fallback"]);
      expect(result.technologySource).toBeUndefined();
      const technologies = result.capabilities.filter((capability) => capability.source === "technology");
      expect(technologies.length).toBeGreaterThan(0);
      for (const technology of technologies) expect(technology.evidence).toContain(`(${result.occupation!.title}, ${code})`);
    }
  });

  it("takes counts per source, and passes no places on when they are given", () => {
    const { capabilities } = capabilitiesForRole(IT_PM, { counts: { knowledge: 2, technology: 1 } });
    expect(capabilities.map((capability) => capability.source)).toEqual(["knowledge", "technology", "knowledge"]);
  });

  it("uses effortPerLevel and effortPerTechnology in the default formulas", () => {
    const { capabilities } = capabilitiesForRole(IT_PM, { counts: { skill: 1, technology: 1 }, effortPerLevel: 10, effortPerTechnology: 25 });
    expect(capabilities.map((capability) => capability.effortHours)).toEqual([43, 25]);
  });

  it("uses estimateEffort instead of the formulas when given, with each requirement's source", () => {
    const calls: string[] = [];
    const { capabilities } = capabilitiesForRole(IT_PM, {
      counts: { skill: 1, knowledge: 1, technology: 1 },
      profile: { "critical thinking": 1 },
      estimateEffort: (requirement, currentLevel) => {
        calls.push(`${requirement.source}:${requirement.slug}:${currentLevel}`);
        return 12.5;
      },
    });
    expect(capabilities.map((capability) => capability.effortHours)).toEqual([12.5, 12.5, 12.5]);
    expect(calls[0]).toBe("skill:critical-thinking:1");
    expect(calls.some((call) => call.startsWith("knowledge:"))).toBe(true);
    expect(calls.some((call) => call.startsWith("technology:") && call.endsWith(":0"))).toBe(true);
  });

  it("puts idPrefix in front of each id", () => {
    expect(capabilitiesForRole(IT_PM).capabilities.every((capability) => capability.id.startsWith("onet-") === false)).toBe(true);
    expect(capabilitiesForRole(IT_PM, { idPrefix: "onet-" }).capabilities.every((capability) => capability.id.startsWith("onet-"))).toBe(true);
  });

  it("gives capabilities an app can mix with its own level framework (O*NET has no Staff or Principal level)", () => {
    const { capabilities } = capabilitiesForRole("Software Developers", { top: 6 });
    const staffLevel: RoleCapability[] = [
      { id: "technical-direction", name: "Set technical direction across teams", kind: "core", effortHours: 200, requires: ["programming"], source: "custom" },
      { id: "cross-team-influence", name: "Lead a cross-team initiative end to end", kind: "core", effortHours: 160, source: "custom" },
    ];
    const all = [...capabilities, ...staffLevel];
    const { milestones, issues } = decomposeVision({ id: "staff-engineer", statement: "Become a staff engineer in 7 years", startDate: "2026-01-05", targetDate: "2032-12-31", capabilities: all }, { hoursPerWeek: 10 });
    expect(issues.filter((issue) => issue.severity === "error")).toEqual([]);
    const placed = milestones.flatMap((milestone) => milestone.capabilityIds ?? []);
    for (const capability of all) expect(placed).toContain(capability.id);
  });

  it("throws a RangeError when a profile level is outside 0–7", () => {
    expect(() => capabilitiesForRole(IT_PM, { profile: { writing: 8 } })).toThrow(new RangeError('capabilitiesForRole: profile level of "writing" must be a number from 0 to 7 or a boolean, got 8'));
  });

  it("throws a RangeError when estimateEffort returns a negative number", () => {
    expect(() => capabilitiesForRole(IT_PM, { ...SKILLS_ONLY, estimateEffort: () => -1 })).toThrow(new RangeError('capabilitiesForRole: estimateEffort returned -1 for "Critical Thinking", expected a finite number ≥ 0'));
  });

  it("throws on API misuse: bad counts, efforts or a role that is not a string", () => {
    expect(() => capabilitiesForRole(IT_PM, { top: 0 })).toThrow(new RangeError("capabilitiesForRole: top must be an integer ≥ 1, got 0"));
    expect(() => capabilitiesForRole(IT_PM, { coreCount: -1 })).toThrow(RangeError);
    expect(() => capabilitiesForRole(IT_PM, { counts: { skill: 1.5 } })).toThrow(RangeError);
    expect(() => capabilitiesForRole(IT_PM, { effortPerLevel: Number.NaN })).toThrow(RangeError);
    expect(() => capabilitiesForRole(IT_PM, { effortPerTechnology: -1 })).toThrow(RangeError);
    expect(() => capabilitiesForRole(42 as unknown as string)).toThrow(new TypeError("capabilitiesForRole: role must be a string, got number"));
    expect(() => capabilitiesForRole(IT_PM, { from: 42 as unknown as string })).toThrow(new TypeError("capabilitiesForRole: from must be a string, got number"));
  });

  it("returns equal results on repeated calls and does not mutate its options", () => {
    const options = frozenCopy({ top: 6, from: NURSE, profile: { writing: 2, speaking: 6, SQL: true } });
    expect(capabilitiesForRole(BI_ANALYST, options)).toEqual(capabilitiesForRole(BI_ANALYST, options));
  });
});
