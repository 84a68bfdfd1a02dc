// ReDoS and linear-time guarantees: every regular expression of the SMART check
// (and of its benchmark baseline) is vetted by recheck, and adversarial inputs of
// 100,000 characters finish in time proportional to their length.
import { check } from "recheck";
import { describe, expect, it } from "vitest";
import { checkSmart, parseDeadline } from "../../src/index.ts";
import { BASELINE_PATTERN } from "../../bench/smart.bench.ts";
import { SMART_PATTERNS } from "../../src/smart/lexicon.ts";

const LENGTH = 100_000;
const ADVERSARIAL = [
  "1".repeat(LENGTH),
  "1,".repeat(LENGTH / 2),
  "1/".repeat(LENGTH / 2),
  "2027-".repeat(LENGTH / 5),
  "by the next ".repeat(LENGTH / 12),
  "in the next the next ".repeat(LENGTH / 21),
  "end of end of ".repeat(LENGTH / 14),
  "get better at ".repeat(LENGTH / 14),
  "complete the ".repeat(LENGTH / 13),
  "a".repeat(LENGTH),
  "é".repeat(LENGTH),
  "- ".repeat(LENGTH / 2),
  "3-3-".repeat(LENGTH / 4),
  "December 31, ".repeat(LENGTH / 13),
  "one one day ".repeat(LENGTH / 12),
];

describe("SMART check safety", () => {
  it("vets every regular expression with recheck", async () => {
    for (const pattern of [...SMART_PATTERNS, BASELINE_PATTERN]) {
      const diagnostics = await check(pattern.source, pattern.flags);
      expect(diagnostics.status, pattern.source).toBe("safe");
    }
  }, 120_000);

  it.each(ADVERSARIAL.map((text, index) => [index, text] as const))("checks adversarial string %i of 100,000 characters in linear time", (_index, text) => {
    const started = performance.now();
    checkSmart(text, { asOf: "2026-11-22" });
    parseDeadline(text, { asOf: "2026-11-22" });
    // Linear work on 100k characters takes milliseconds; backtracking would take minutes.
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
