import { describe, expect, it } from "vitest";
import { byDueDate } from "../../src/_lib/order.ts";

describe("byDueDate", () => {
  it("puts the soonest first and undated items last, keeping ties in their order", () => {
    const items = [{ id: "a" }, { id: "b", dueDate: "2027-01-05" }, { id: "c", dueDate: "2026-07-05" }, { id: "d", dueDate: "2026-07-05" }];
    expect([...items].sort(byDueDate).map((item) => item.id)).toEqual(["c", "d", "b", "a"]);
  });
});
