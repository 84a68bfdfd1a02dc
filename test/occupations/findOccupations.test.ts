import { describe, expect, it } from "vitest";
import { findOccupations } from "careerplan/occupations";
import { frozenCopy } from "../fixtures/deepFreeze.ts";
import { JOB_TITLES } from "./fixtures/jobTitles.ts";

const first = (query: string) => findOccupations(query, { limit: 1 })[0];
const codes = (query: string, limit = 5) => findOccupations(query, { limit }).map((match) => match.code);

describe("findOccupations", () => {
  it(`puts the right occupation first, as a real match, for ${JOB_TITLES.length} job titles people use`, () => {
    expect(JOB_TITLES.length).toBeGreaterThanOrEqual(60);
    const misses = JOB_TITLES.filter(([title, expected]) => {
      const match = first(title);
      return !match || match.weak || ![expected].flat().includes(match.code);
    }).map(([title]) => `${title} → ${first(title)?.title ?? "nothing"}`);
    expect(misses).toEqual([]);
  });

  it("returns code, title, the title that matched, score, weak and rated", () => {
    expect(first("technical product manager")).toEqual({
      code: "11-2021.00",
      title: "Marketing Managers",
      matchedTitle: "Technical Product Manager",
      score: 1,
      weak: false,
      rated: true,
    });
  });

  it("ranks an exact alternate title first with score 1, above titles that add words", () => {
    const [exact, longer] = findOccupations("product manager", { limit: 2 });
    expect(exact).toMatchObject({ code: "11-2021.00", matchedTitle: "Product Manager", score: 1, weak: false });
    expect(longer!.score).toBeLessThan(1);
  });

  it("ranks an exact reported title first (29.3 sample of reported titles)", () => {
    // "Health Data Analyst" is what incumbents of Health Information Technologists reported.
    expect(first("health data analyst")).toMatchObject({ code: "29-9021.00", matchedTitle: "Health Data Analyst", score: 1 });
  });

  it("never gives a confident chef for head of product: the generic level word alone is weak", () => {
    const matches = findOccupations("head of product", { limit: 50 });
    expect(matches[0]?.code).toBe("11-2021.00");
    for (const match of matches.filter((match) => match.code === "35-1011.00")) expect(match.weak).toBe(true);
  });

  it("flags a match on one generic word, or on a small part of the query, as weak", () => {
    expect(first("teacher")).toMatchObject({ weak: true });
    expect(first("manager")).toMatchObject({ weak: true });
    expect(first("product owner")).toMatchObject({ weak: true });
    expect(first("staff engineer")).toMatchObject({ weak: true });
  });

  it("never ranks a weak match above a real one", () => {
    for (const query of ["head of product", "senior data analyst", "nurse", "chief of marketing", "junior accountant"]) {
      const weak = findOccupations(query, { limit: 100 }).map((match) => match.weak);
      expect(weak).toEqual([...weak].sort((a, b) => Number(a) - Number(b)));
    }
  });

  it("resolves abbreviations and variants people type where O*NET's short titles allow", () => {
    expect(first("RN")?.code).toBe("29-1141.00");
    expect(first("UX designer")?.matchedTitle).toBe("User Experience Designer");
    expect(first("devops engineer")).toMatchObject({ code: "15-1252.00", matchedTitle: "Development Operations Engineer" });
    expect(first("sr software engineer")).toMatchObject({ code: "15-1252.00", matchedTitle: "Software Engineer", weak: false });
    expect(codes("PM", 4)).toContain("13-1082.00");
    expect(first("PM")?.matchedTitle).toBe("Project Manager");
  });

  it("lets a level word change the wording, not the occupation", () => {
    expect(first("senior accountant")?.code).toBe(first("accountant")?.code);
    expect(first("lead electrician")?.code).toBe("47-2111.00");
  });

  it("returns the role named in a whole sentence, ignoring the words around it", () => {
    const match = first("I want to become an Information Technology Project Manager in 5 years");
    expect(match).toMatchObject({ code: "15-1299.09", matchedTitle: "Information Technology Project Managers", weak: false });
    expect(match!.score).toBeGreaterThan(0.95);
  });

  it("prefers the title that also has a sentence word ('career coach' is a Career Coach, not any coach)", () => {
    expect(first("career coach")).toMatchObject({ code: "21-1012.00", matchedTitle: "Career Coach" });
  });

  it("does not let part of a compound O*NET abbreviates match alone", () => {
    // "Business Developer" shares two words with the query but not "business intelligence".
    expect(first("business intelligence developer")?.code).toBe("15-2051.01");
  });

  it("returns the same matches whatever the case and number of the words", () => {
    expect(codes("NURSES")).toEqual(codes("nurse"));
    expect(codes("Software Developers")).toEqual(codes("software developer"));
  });

  it("returns byte-identical results on repeated calls", () => {
    const once = JSON.stringify(findOccupations("engineer", { limit: 50 }));
    expect(JSON.stringify(findOccupations("engineer", { limit: 50 }))).toBe(once);
  });

  it("returns at most limit matches, 10 by default", () => {
    expect(findOccupations("technician")).toHaveLength(10);
    expect(findOccupations("technician", { limit: 3 })).toHaveLength(3);
  });

  it("returns [] when the query is empty, whitespace, punctuation or only filler words", () => {
    for (const query of ["", "   \n\t", "!!! ??? ...", "—", "I want to", "I want to work"]) expect(findOccupations(query)).toEqual([]);
  });

  it("returns only weak matches, or none, when no title has the query's words", () => {
    expect(findOccupations("xyzzy wizard").every((match) => match.weak)).toBe(true);
    expect(findOccupations("qwxz")).toEqual([]);
  });

  it("answers a 10,000-character query in time linear in its length", () => {
    const words = "nurse data analyst senior product manager electrician teacher of the ".repeat(200);
    const query = words.slice(0, 10_000);
    const started = performance.now();
    const matches = findOccupations(query);
    expect(performance.now() - started).toBeLessThan(500);
    expect(matches.length).toBeGreaterThan(0);
    const noise = "x".repeat(10_000);
    expect(findOccupations(noise)).toEqual([]);
  });

  it("throws a TypeError naming the function when the query is not a string", () => {
    expect(() => findOccupations(42 as unknown as string)).toThrow(new TypeError("findOccupations: query must be a string, got number"));
  });

  it("throws a RangeError when limit is not a positive integer", () => {
    expect(() => findOccupations("nurse", { limit: 0 })).toThrow(new RangeError("findOccupations: limit must be a positive integer, got 0"));
    expect(() => findOccupations("nurse", { limit: 2.5 })).toThrow(RangeError);
  });

  it("does not mutate its options", () => {
    const options = frozenCopy({ limit: 2 });
    expect(findOccupations("nurse", options)).toHaveLength(2);
  });
});
