import { check } from "recheck";
import { describe, expect, it } from "vitest";
import { HORIZON, horizonLabel, horizonMonths } from "../../src/_lib/horizon.ts";

// Every spelling both readers must agree on: [label as written, months, label as said].
const READABLE = [
  ["6m", 6, "6-month"],
  ["3y", 36, "3-year"],
  ["1y", 12, "1-year"],
  ["1 year", 12, "1-year"],
  ["18 months", 18, "18-month"],
  ["2 quarters", 6, "2-quarter"],
  ["8 weeks", (8 * 12) / 52, "8-week"],
  [" 18 M ", 18, "18-month"],
  ["6mo", 6, "6-month"],
  ["2 yrs", 24, "2-year"],
  ["1q", 3, "1-quarter"],
  ["52 wk", 12, "52-week"],
] as const;
const UNREADABLE = ["next year", "6", "m", "1.5y", "6 m y", "12345m", "6 monthly", "-1y"];

describe("horizonMonths", () => {
  it.each(READABLE)("reads %j as %d months", (label, months) => {
    expect(horizonMonths(label)).toBeCloseTo(months, 12);
  });

  it("reads final as after every other horizon", () => {
    expect(horizonMonths("final")).toBe(Infinity);
    expect(horizonMonths(" Final ")).toBe(Infinity);
  });

  it("gives undefined for a missing, blank or unreadable horizon", () => {
    expect([undefined, "", "   ", ...UNREADABLE].map(horizonMonths)).toEqual(Array(UNREADABLE.length + 3).fill(undefined));
  });
});

describe("horizonLabel", () => {
  it.each(READABLE)("says %j as %j", (label, _months, said) => {
    expect(horizonLabel(label)).toBe(said);
  });

  it("keeps final and unreadable horizons as written, trimmed", () => {
    expect(horizonLabel(" final ")).toBe("final");
    expect(UNREADABLE.map((label) => horizonLabel(` ${label} `))).toEqual(UNREADABLE);
  });

  it("gives undefined for a missing or blank horizon", () => {
    expect(horizonLabel("   ")).toBeUndefined();
    expect(horizonLabel("")).toBeUndefined();
    expect(horizonLabel(undefined)).toBeUndefined();
  });
});

describe("HORIZON", () => {
  it("is vetted by recheck", async () => {
    const diagnostics = await check(HORIZON.source, HORIZON.flags);
    expect(diagnostics.status).toBe("safe");
  }, 120_000);

  it("reads an adversarial label of 100,000 characters in linear time", () => {
    const started = performance.now();
    for (const label of ["1".repeat(100_000), `1${" ".repeat(100_000)}x`, `${" ".repeat(100_000)}1`]) {
      expect(horizonMonths(label)).toBeUndefined();
      expect(horizonLabel(label)).toBe(label.trim());
    }
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
