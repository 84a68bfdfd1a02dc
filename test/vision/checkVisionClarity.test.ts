import { describe, expect, it } from "vitest";
import { checkVisionClarity, type VisionInput } from "../../src/index.ts";
import { frozenCopy, medicalAiProductLead, seniorEngineer, sustainableEnergyFounder } from "./fixtures.ts";

// Every W answered; each test removes one answer.
const complete: VisionInput = {
  id: "v",
  statement: "Lead data platform teams in fintech by 2030",
  startDate: "2026-01-05",
  targetDate: "2030-12-31",
  why: "Reliable data lets people trust their money",
  what: "Platform architecture and team leadership",
  where: "Fintech",
  who: "My manager as sponsor and the platform team",
};

describe("checkVisionClarity", () => {
  it("returns a score of 1 and no issues for the senior-engineer vision", () => {
    expect(checkVisionClarity(seniorEngineer)).toEqual({
      score: 1,
      answered: { why: true, what: true, when: true, where: true, who: true },
      issues: [],
    });
  });

  it("returns a score of 1 for the medical-AI product lead with the seed's 5W answers", () => {
    expect(checkVisionClarity(medicalAiProductLead).score).toBe(1);
  });

  it("returns a score of 1 for the sustainable-energy founder", () => {
    expect(checkVisionClarity(sustainableEnergyFounder).score).toBe(1);
  });

  it("returns vision/missing-why when no value or purpose is given", () => {
    const { why: _, ...vision } = complete;
    expect(checkVisionClarity(vision).issues).toEqual([
      {
        code: "vision/missing-why",
        severity: "warning",
        path: ["vision", "why"],
        message: 'the vision does not say why it matters',
        hint: 'Say why it matters to you, e.g. "democratizing medical resources".',
      },
    ]);
  });

  it("returns vision/missing-what when no role, what or capability is given", () => {
    const { what: _, ...vision } = complete;
    expect(checkVisionClarity(vision).issues).toEqual([
      {
        code: "vision/missing-what",
        severity: "warning",
        path: ["vision", "what"],
        message: 'the vision names no target role or capabilities',
        hint: "Name the target role or the capabilities it takes.",
      },
    ]);
  });

  it("returns vision/missing-when when the target date is not after the start date", () => {
    expect(checkVisionClarity({ ...complete, targetDate: "2026-01-05" }).issues).toEqual([
      {
        code: "vision/missing-when",
        severity: "warning",
        path: ["vision", "targetDate"],
        message: 'the vision has no target date after a valid start date',
        hint: "Write both dates as YYYY-MM-DD, the target date after the start date.",
      },
    ]);
  });

  it("returns vision/missing-when when the target date is not a calendar date", () => {
    expect(checkVisionClarity({ ...complete, targetDate: "2030-02-30" }).answered.when).toBe(false);
  });

  it("returns vision/missing-where when no field or industry is given", () => {
    const { where: _, ...vision } = complete;
    expect(checkVisionClarity(vision).issues).toEqual([
      {
        code: "vision/missing-where",
        severity: "warning",
        path: ["vision", "where"],
        message: 'the vision names no field or industry',
        hint: 'Name the field or industry, e.g. "medical AI".',
      },
    ]);
  });

  it("returns vision/missing-who when no people are named", () => {
    const { who: _, ...vision } = complete;
    expect(checkVisionClarity(vision).issues).toEqual([
      {
        code: "vision/missing-who",
        severity: "warning",
        path: ["vision", "who"],
        message: 'the vision names no people',
        hint: "Name the people involved: sponsors, mentors, team, users.",
      },
    ]);
  });

  it("returns vision/vague when the statement is 'become an expert'", () => {
    expect(checkVisionClarity({ ...complete, statement: "Become an expert" }).issues).toEqual([
      {
        code: "vision/vague",
        severity: "warning",
        path: ["vision", "statement"],
        message: '"become an expert" names a wish, not a destination',
        hint: 'Name a role, a field and a date, e.g. "Product lead in medical AI within 5 years".',
      },
    ]);
  });

  it("returns vision/vague for 'get promoted' whatever the case", () => {
    expect(checkVisionClarity({ ...complete, statement: "Get PROMOTED to management" }).issues[0]?.message).toBe(
      '"get promoted" names a wish, not a destination',
    );
  });

  it("returns vision/vague for 'be successful'", () => {
    expect(checkVisionClarity({ ...complete, statement: "Be successful in tech" }).issues.map((issue) => issue.code)).toEqual(["vision/vague"]);
  });

  it("returns vision/vague when the statement is empty", () => {
    expect(checkVisionClarity({ ...complete, statement: "  " }).issues[0]?.message).toBe("the statement is empty");
  });

  it("returns no vision/vague when a vague word is only part of a concrete phrase", () => {
    expect(checkVisionClarity({ ...complete, statement: "Become a recognized expertise lead in fintech" }).issues).toEqual([]);
  });

  it("returns why answered when the statement gives a purpose", () => {
    const { why: _, ...vision } = complete;
    expect(checkVisionClarity({ ...vision, statement: "Lead data platform teams in fintech so that people can trust their money" }).answered.why).toBe(true);
  });

  it("returns what answered by the target role or by capabilities", () => {
    const { what: _, ...vision } = complete;
    expect(checkVisionClarity({ ...vision, targetRole: "Staff Engineer" }).answered.what).toBe(true);
    expect(checkVisionClarity({ ...vision, capabilities: [{ id: "c", name: "Architecture" }] }).answered.what).toBe(true);
  });

  it("returns where answered by the industry", () => {
    const { where: _, ...vision } = complete;
    expect(checkVisionClarity({ ...vision, industry: "Finance" }).answered.where).toBe(true);
  });

  it("returns a score of 0.2 per answered W, less 0.2 for a vague statement", () => {
    const bare = { id: "v", statement: "Lead data platform teams", startDate: "2026-01-05", targetDate: "2030-12-31" };
    expect(checkVisionClarity({ ...bare, where: "Fintech", who: "The team" }).score).toBeCloseTo(0.6, 10);
    expect(checkVisionClarity({ ...bare, statement: "Become an expert", where: "Fintech", who: "The team" }).score).toBeCloseTo(0.4, 10);
    expect(checkVisionClarity({ ...bare, statement: "Become an expert" }).score).toBe(0);
  });

  it("returns the issues sorted by path", () => {
    const codes = checkVisionClarity({ id: "v", statement: "Get promoted", startDate: "2026-01-05", targetDate: "2030-12-31" }).issues.map((issue) => issue.code);
    expect(codes).toEqual(["vision/vague", "vision/missing-what", "vision/missing-where", "vision/missing-who", "vision/missing-why"]);
  });

  it("does not mutate its input", () => {
    const vision = frozenCopy(medicalAiProductLead);
    checkVisionClarity(vision);
    expect(vision).toEqual(medicalAiProductLead);
  });
});
