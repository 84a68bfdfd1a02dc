import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { checkAlignment, dueReviews, type PlanInput, type ReviewKind } from "../../src/index.ts";
import { cadenceDate, latestCadenceDate } from "../../src/rules/reviewsOwed.ts";
import { seniorEngineerPlan } from "../fixtures/seniorEngineerPlan.ts";

describe("reviews owed (src/rules/reviewsOwed.ts)", () => {
  it("counts every date from the anchor, clamping the day to the month's end without drifting", () => {
    expect([1, 2, 3, 4].map((count) => cadenceDate("2026-01-31", 1, count))).toEqual(["2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31"]);
  });

  it("gives the latest date on or before asOf, none before the first", () => {
    expect(latestCadenceDate("2026-01-31", 3, "2026-04-29")).toBeUndefined();
    expect(latestCadenceDate("2026-01-31", 3, "2026-04-30")).toBe("2026-04-30");
    expect(latestCadenceDate("2026-01-31", 3, "2026-10-30")).toBe("2026-07-31");
  });

  it("gives no date past 9999-12-31", () => {
    expect(cadenceDate("9999-11-30", 3, 1)).toBeUndefined();
  });

  const kind = fc.constantFrom<ReviewKind>("quarterly", "canvas", "vision");
  const date = fc.date({ min: new Date("2026-01-01T00:00:00Z"), max: new Date("2029-12-31T00:00:00Z"), noInvalidDate: true }).map((value) => value.toISOString().slice(0, 10));
  const reviews = fc.array(fc.record({ date, kind }), { maxLength: 8 });

  test.prop([reviews, date])("checkAlignment flags review/overdue for exactly the kinds whose latest date dueReviews lists", (held, asOf) => {
    const plan: PlanInput = { ...seniorEngineerPlan, reviews: held.map((review, index) => ({ id: `r${index}`, ...review })) };
    const overdue = checkAlignment(plan, { asOf })
      .issues.filter((issue) => issue.code === "review/overdue")
      .map((issue) => /^a (\w+) review was due (\S+);/.exec(issue.message)!.slice(1, 3).join(" "))
      .sort();
    // The latest listed date of each kind, as checkAlignment reports one issue per kind.
    const latest = new Map<string, string>();
    for (const event of dueReviews(plan, { asOf })) for (const owed of event.kinds) latest.set(owed, event.date);
    // dueReviews lists a kind only while owed; its latest date must be the cadence's latest date for it to be the one flagged.
    const expected = [...latest].filter(([owed, at]) => latestCadenceDate(plan.vision.startDate, { quarterly: 3, canvas: 6, vision: 12 }[owed as ReviewKind], asOf) === at);
    expect(overdue).toEqual(expected.map(([owed, at]) => `${owed} ${at}`).sort());
  });
});
