import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { capabilitiesForRole, findOccupations } from "careerplan/occupations";

const words = fc.array(fc.constantFrom("software", "Nurses", "manager", "data", "of", "TECHNICIAN", "xyzzy", "Project", "5", ""), { maxLength: 6 }).map((parts) => parts.join(" "));

describe("findOccupations (properties)", () => {
  test.prop([fc.oneof(words, fc.string())])("returns sorted scores in (0, 1] and the same result twice", (query) => {
    const first = findOccupations(query, { limit: 20 });
    expect(findOccupations(query, { limit: 20 })).toEqual(first);
    const scores = first.map((match) => match.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(scores.every((score) => score > 0 && score <= 1)).toBe(true);
  });

  test.prop([fc.oneof(words, fc.string())])("never throws on any string, for occupationSkills through capabilitiesForRole", (query) => {
    const result = capabilitiesForRole(query, { top: 3 });
    expect(result.capabilities.length === 0 || result.source !== undefined).toBe(true);
  });

  test.prop([fc.dictionary(fc.constantFrom("writing", "speaking", "coordination", "critical thinking"), fc.double({ min: 0, max: 7, noNaN: true }))])(
    "returns only positive gaps and non-negative efforts for any profile",
    (profile) => {
      const { gaps, capabilities } = capabilitiesForRole("15-1299.09", { top: 8, profile });
      expect(gaps.every((gap) => gap.gap > 0)).toBe(true);
      expect(capabilities.every((capability) => (capability.effortHours ?? 0) >= 0)).toBe(true);
    },
  );
});
