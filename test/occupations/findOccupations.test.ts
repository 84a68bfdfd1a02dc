import { describe, expect, it } from "vitest";
import { findOccupations } from "careerplan/occupations";
import { frozenCopy } from "../fixtures/deepFreeze.ts";

const codes = (query: string, limit = 5) => findOccupations(query, { limit }).map((match) => match.code);

describe("findOccupations", () => {
  it("returns the exact title first with score 1 when the query names it", () => {
    expect(findOccupations("software developer", { limit: 3 })).toEqual([
      { code: "15-1252.00", title: "Software Developers", score: 1, rated: false },
      { code: "15-1254.00", title: "Web Developers", score: 0.375, rated: true },
      { code: "15-1253.00", title: "Software Quality Assurance Analysts and Testers", score: 0.3, rated: true },
    ]);
  });

  it("returns the two-word nurse titles first, in code order, when the query is one word", () => {
    expect(codes("nurse", 4)).toEqual(["29-1141.00", "29-1151.00", "29-1161.00", "29-1171.00"]);
    expect(findOccupations("nurse", { limit: 1 })[0]).toEqual({ code: "29-1141.00", title: "Registered Nurses", score: 0.75, rated: true });
  });

  it("returns the titles holding both words first when no title is the query", () => {
    expect(findOccupations("product manager", { limit: 1 })[0]?.title).toBe("Biofuels/Biodiesel Technology and Product Development Managers");
  });

  it("returns Data Scientists for a data scientist", () => {
    expect(findOccupations("data scientist", { limit: 1 })[0]).toEqual({ code: "15-2051.00", title: "Data Scientists", score: 1, rated: false });
  });

  it("returns the role named in a whole sentence, ignoring words no title uses", () => {
    const [first] = findOccupations("I want to become an Information Technology Project Manager in 5 years");
    expect(first).toEqual({ code: "15-1299.09", title: "Information Technology Project Managers", score: 1, rated: true });
  });

  it("returns the same matches whatever the case and number of the words", () => {
    expect(codes("NURSES")).toEqual(codes("nurse"));
    expect(codes("Software Developers")).toEqual(codes("software developer"));
    expect(codes("accountants")).toEqual(["13-2011.00"]);
  });

  it("returns byte-identical results on repeated calls", () => {
    const first = JSON.stringify(findOccupations("engineer", { limit: 50 }));
    expect(JSON.stringify(findOccupations("engineer", { limit: 50 }))).toBe(first);
  });

  it("returns scores in descending order, each within 0..1", () => {
    const scores = findOccupations("manager", { limit: 100 }).map((match) => match.score);
    expect(scores.length).toBe(52);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(scores.every((score) => score > 0 && score <= 1)).toBe(true);
  });

  it("returns at most limit matches, 10 by default", () => {
    expect(findOccupations("technician")).toHaveLength(10);
    expect(findOccupations("technician", { limit: 3 })).toHaveLength(3);
  });

  it("returns [] when the query is empty or whitespace", () => {
    expect(findOccupations("")).toEqual([]);
    expect(findOccupations("   \n\t")).toEqual([]);
  });

  it("returns [] when no title has a word of the query", () => {
    expect(findOccupations("xyzzy wizard")).toEqual([]);
    expect(findOccupations("and of the")).toEqual([]);
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
