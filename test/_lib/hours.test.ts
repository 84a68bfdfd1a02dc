import { describe, expect, it } from "vitest";
import { formatHours } from "../../src/_lib/hours.ts";

describe("formatHours", () => {
  it.each([
    [77.14, "77.1"],
    [2, "2"],
    [0.75, "0.8"],
    [0.04, "0"],
    [-0.04, "0"],
    [1.5, "1.5"],
    [1e21, "1000000000000000000000"],
  ])("writes %s hours as %s", (hours, text) => {
    expect(formatHours(hours)).toBe(text);
  });
});
