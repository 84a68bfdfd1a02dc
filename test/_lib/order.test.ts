import { describe, expect, it } from "vitest";
import { byDueDate, horizonLabel } from "../../src/_lib/order.ts";

describe("byDueDate", () => {
  it("puts the soonest first and undated items last, keeping ties in their order", () => {
    const items = [{ id: "a" }, { id: "b", dueDate: "2027-01-05" }, { id: "c", dueDate: "2026-07-05" }, { id: "d", dueDate: "2026-07-05" }];
    expect([...items].sort(byDueDate).map((item) => item.id)).toEqual(["c", "d", "b", "a"]);
  });
});

describe("horizonLabel", () => {
  it("says the seeds' horizons as people do", () => {
    expect(["6m", "1y", "3y", " 18 M ", "12m"].map(horizonLabel)).toEqual(["6-month", "1-year", "3-year", "18-month", "12-month"]);
  });

  it("keeps any other horizon as written, trimmed, and gives undefined for none", () => {
    expect(horizonLabel(" final ")).toBe("final");
    expect(horizonLabel("6 months")).toBe("6 months");
    expect(horizonLabel("   ")).toBeUndefined();
    expect(horizonLabel(undefined)).toBeUndefined();
  });
});
