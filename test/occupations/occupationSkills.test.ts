import { describe, expect, it } from "vitest";
import { occupationSkills } from "careerplan/occupations";
import { frozenCopy } from "../fixtures/deepFreeze.ts";

const names = (codeOrTitle: string, top?: number) => occupationSkills(codeOrTitle, { top }).skills.map((skill) => skill.name);

describe("occupationSkills", () => {
  it("returns the skills of a rated occupation, most important first, with no issue", () => {
    const result = occupationSkills("29-1141.00", { top: 3 });
    expect(result.occupation).toEqual({ code: "29-1141.00", title: "Registered Nurses" });
    expect(result.source).toEqual({ code: "29-1141.00", title: "Registered Nurses", fallback: false });
    expect(result.issues).toEqual([]);
    expect(result.skills).toHaveLength(3);
    const importances = occupationSkills("29-1141.00").skills.map((skill) => skill.importance);
    expect([...importances].sort((a, b) => b - a)).toEqual(importances);
  });

  it("returns each skill with element id, slug, name, importance and level", () => {
    const [first] = occupationSkills("Information Technology Project Managers", { top: 1 }).skills;
    expect(first).toEqual({ elementId: "2.A.2.a", slug: "critical-thinking", name: "Critical Thinking", importance: 4.12, level: 4.25 });
  });

  it("returns the same occupation for a code without its .00 suffix and for its title in any case and number", () => {
    const byCode = occupationSkills("15-1299.09").skills;
    expect(occupationSkills("information technology project manager").skills).toEqual(byCode);
    expect(occupationSkills("29-1141").occupation).toEqual({ code: "29-1141.00", title: "Registered Nurses" });
  });

  it("returns the ratings of Web Developers, flagged as a fallback, for Software Developers", () => {
    const result = occupationSkills("15-1252.00", { top: 2 });
    expect(result.occupation).toEqual({ code: "15-1252.00", title: "Software Developers" });
    expect(result.source).toEqual({ code: "15-1254.00", title: "Web Developers", fallback: true });
    expect(result.skills.map((skill) => skill.name)).toEqual(["Programming", "Critical Thinking"]);
    expect(result.issues).toEqual([
      {
        code: "occupation/fallback",
        severity: "warning",
        path: [],
        message: "Software Developers (15-1252.00) has no O*NET skill or knowledge ratings (releases 29.0 and 29.3); using Web Developers (15-1254.00), the closest rated occupation in the same broad occupation 15-1250",
        hint: "Check the skills against the role, or pick a rated occupation with findOccupations",
      },
    ]);
  });

  it("returns a variant of the same detailed occupation as the fallback for Data Scientists", () => {
    expect(occupationSkills("15-2051.00").source).toEqual({ code: "15-2051.02", title: "Clinical Data Managers", fallback: true });
  });

  it("returns the occupation of the broad group with the most technologies in common when no title word is shared (Project Management Specialists)", () => {
    expect(occupationSkills("13-1082.00").source).toEqual({ code: "13-1081.02", title: "Logistics Analysts", fallback: true });
  });

  it("returns no skills and occupation/unrated when no occupation of the major group is rated", () => {
    expect(occupationSkills("55-3016.00")).toEqual({
      occupation: { code: "55-3016.00", title: "Infantry" },
      skills: [],
      knowledge: [],
      issues: [{ code: "occupation/unrated", severity: "error", path: [], message: "Infantry (55-3016.00) has no O*NET skill or knowledge ratings (releases 29.0 and 29.3), and no occupation of its SOC major group 55-0000 has any" }],
    });
  });

  it("leaves out ratings flagged Not Relevant", () => {
    expect(names("11-1011.00")).not.toContain("Equipment Selection");
    expect(names("11-1011.00")).toHaveLength(31);
  });

  it("leaves out ratings flagged Recommend Suppress", () => {
    const financialManagers = names("11-3031.00");
    for (const suppressed of ["Operations Analysis", "Programming", "Systems Analysis"]) expect(financialManagers).not.toContain(suppressed);
  });

  it("returns only skills at least as important as minImportance", () => {
    const skills = occupationSkills("29-1141.00", { minImportance: 3.5 }).skills;
    expect(skills.length).toBeGreaterThan(0);
    expect(skills.every((skill) => skill.importance >= 3.5)).toBe(true);
  });

  it("reads a title people use as the occupation it names, and says which title matched", () => {
    const result = occupationSkills("RN", { top: 1 });
    expect(result.occupation).toEqual({ code: "29-1141.00", title: "Registered Nurses" });
    expect(result.issues).toEqual([
      expect.objectContaining({ code: "occupation/matched", severity: "info", path: [], message: expect.stringContaining('"RN" as Registered Nurses (29-1141.00)') }),
    ]);
  });

  it("returns the knowledge areas too, ordered and filtered like the skills", () => {
    const { knowledge } = occupationSkills("29-1141.00", { top: 3 });
    expect(knowledge).toHaveLength(3);
    expect(knowledge.map((area) => area.name)).toContain("Medicine and Dentistry");
    expect(knowledge.every((area) => area.elementId.startsWith("2.C."))).toBe(true);
  });

  it("returns no skills and occupation/unknown when no title matches well, with the closest as a hint", () => {
    expect(occupationSkills("chief wizard").issues[0]).toMatchObject({ code: "occupation/unknown", hint: expect.stringMatching(/^Closest titles: .+\(\d{2}-\d{4}\.\d{2}\)/) });
    expect(occupationSkills("xyzzy wizard of nothing")).toEqual({
      skills: [],
      knowledge: [],
      issues: [expect.objectContaining({ code: "occupation/unknown", severity: "error", path: [], message: 'no O*NET occupation matches "xyzzy wizard of nothing"', hint: expect.any(String) })],
    });
  });

  it("returns occupation/unknown when the code is well formed but unknown", () => {
    const result = occupationSkills("99-9999.99");
    expect(result.skills).toEqual([]);
    expect(result.issues[0]?.message).toBe('no O*NET occupation matches "99-9999.99"');
  });

  it("returns occupation/unknown with a how-to hint when the code or title is empty", () => {
    expect(occupationSkills("  ").issues).toEqual([
      expect.objectContaining({ code: "occupation/unknown", severity: "error", path: [], message: expect.stringContaining("no O*NET occupation matches an empty code or title") }),
    ]);
  });

  it("throws a TypeError when codeOrTitle is not a string", () => {
    expect(() => occupationSkills(undefined as unknown as string)).toThrow(new TypeError("occupationSkills: codeOrTitle must be a string, got undefined"));
  });

  it("throws a RangeError when top is not a positive integer", () => {
    expect(() => occupationSkills("29-1141.00", { top: -1 })).toThrow(new RangeError("occupationSkills: top must be a positive integer, got -1"));
  });

  it("returns equal results on repeated calls and does not mutate its options", () => {
    const options = frozenCopy({ top: 5, minImportance: 2 });
    expect(occupationSkills("15-1252.00", options)).toEqual(occupationSkills("15-1252.00", options));
  });
});
