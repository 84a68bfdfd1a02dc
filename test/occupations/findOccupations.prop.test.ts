import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { capabilitiesForRole, findOccupations } from "careerplan/occupations";
import { TITLE_TABLE } from "../../src/occupations/data.ts";
import { unmark } from "../../src/occupations/encoding.ts";

const words = fc.array(fc.constantFrom("software", "Nurses", "manager", "data", "of", "TECHNICIAN", "xyzzy", "Project", "5", "", "RN", "sr", "head", "UX", "business", "intelligence", "!!"), { maxLength: 6 }).map((parts) => parts.join(" "));

describe("findOccupations (properties)", () => {
  test.prop([fc.oneof(words, fc.string())])("returns real matches before weak ones, each sorted by score in (0, 1], and the same result twice", (query) => {
    const first = findOccupations(query, { limit: 20 });
    expect(findOccupations(query, { limit: 20 })).toEqual(first);
    for (const weak of [false, true]) {
      const scores = first.filter((match) => match.weak === weak).map((match) => match.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    }
    expect(first.findIndex((match) => match.weak) === -1 || first.slice(first.findIndex((match) => match.weak)).every((match) => match.weak)).toBe(true);
    expect(first.every((match) => match.score > 0 && match.score <= 1 && match.matchedTitle.length > 0)).toBe(true);
  });

  test.prop([fc.oneof(words, fc.string())])("never throws on any string, for occupationSkills through capabilitiesForRole", (query) => {
    const result = capabilitiesForRole(query, { top: 3 });
    expect(result.capabilities.length === 0 || result.source !== undefined).toBe(true);
  });

  test.prop([fc.dictionary(fc.constantFrom("writing", "speaking", "coordination", "critical thinking"), fc.double({ min: 0, max: 7, noNaN: true }))])(
    "returns only positive gaps and non-negative efforts for any profile",
    (profile) => {
      const { gaps, capabilities } = capabilitiesForRole("15-1299.09", { top: 8, profile, from: "29-1141.00" });
      expect(gaps.every((gap) => gap.gap > 0)).toBe(true);
      expect(capabilities.every((capability) => (capability.effortHours ?? 0) >= 0)).toBe(true);
    },
  );
});

// Every title people use, as the data holds it: typed as a query, it is an exact match.
const TITLES = TITLE_TABLE.split("\n").flatMap((line) => (line === "" ? [] : unmark(line).split("|")));

describe("findOccupations on the titles people use (properties)", () => {
  test.prop([fc.integer({ min: 0, max: TITLES.length - 1 })], { numRuns: 300 })("finds any alternate or reported title with score 1, as a real match unless it is one generic word", (at) => {
    const title = TITLES[at]!;
    const [first] = findOccupations(title, { limit: 1 });
    if (!first) return; // a title of sentence words alone ("Work") names no job
    expect(first.score).toBeGreaterThanOrEqual(0.99);
  });
});
