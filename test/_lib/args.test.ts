import { describe, expect, it } from "vitest";
import { fail, shown } from "../../src/_lib/args.ts";

describe("shown", () => {
  it("quotes strings and cuts them at 40 characters", () => {
    expect(shown("weekly")).toBe('"weekly"');
    expect(shown("x".repeat(50))).toBe(JSON.stringify("x".repeat(40)));
  });

  it("tells arrays by length, so 'must be a non-empty array' reads sensibly", () => {
    expect(shown([])).toBe("an empty array");
    expect(shown([1, 2, 3])).toBe("an array of 3");
  });

  it("names a Date, the usual mix-up for a YYYY-MM-DD string", () => {
    expect(shown(new Date(0))).toBe("a Date");
  });

  it("names other objects and functions by kind, not by content", () => {
    expect(shown({ secret: "x" })).toBe("an object");
    expect(shown(() => 1)).toBe("a function");
  });

  it("prints numbers, booleans, null, undefined and symbols as JavaScript does", () => {
    expect([NaN, -Infinity, 0, true, null, undefined].map(shown)).toEqual(["NaN", "-Infinity", "0", "true", "null", "undefined"]);
    expect(shown(Symbol("s"))).toBe("Symbol(s)");
  });
});

describe("fail", () => {
  it("throws a RangeError naming the function, the field and the value", () => {
    expect(() => fail("allocateEffort", "hoursPerWeek", "a number from 0 to 168", 200)).toThrow(
      new RangeError("allocateEffort: hoursPerWeek must be a number from 0 to 168, got 200"),
    );
  });
});
