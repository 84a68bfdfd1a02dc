import { describe, expect, it } from "vitest";
import { listWords } from "../../src/_lib/wording.ts";

describe("listWords", () => {
  it("writes one, two and more items as a sentence does", () => {
    expect([[], ["quarterly"], ["quarterly", "vision"], ["quarterly", "career canvas", "vision"]].map((items) => listWords(items))).toEqual([
      "",
      "quarterly",
      "quarterly and vision",
      "quarterly, career canvas and vision",
    ]);
  });

  it("takes another conjunction", () => {
    expect(listWords(['"keep"', '"tweak"', '"drop"'], "or")).toBe('"keep", "tweak" or "drop"');
  });
});
