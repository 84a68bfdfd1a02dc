import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { addMonths, dateParts, isoWeekday } from "../../src/_lib/dates.ts";
import { scheduleReviews, type IsoDate } from "../../src/index.ts";
import { isoDate } from "../property/arbitraries.ts";

const kind = fc.constantFrom("quarterly" as const, "canvas" as const, "vision" as const);
const cadences = fc.array(fc.record({ kind, everyMonths: fc.integer({ min: 1, max: 24 }) }), { maxLength: 4 });
const range = fc.tuple(isoDate, isoDate).map(([a, b]): [IsoDate, IsoDate] => (a <= b ? [a, b] : [b, a]));

describe("scheduleReviews properties", () => {
  test.prop([range, cadences])("returns dates sorted, unique and within (start, until]", ([start, until], cadenceList) => {
    const dates = scheduleReviews({ start, until, cadences: cadenceList }).map((event) => event.date);
    for (let index = 1; index < dates.length; index++) expect(dates[index - 1]! < dates[index]!).toBe(true);
    for (const date of dates) expect(date > start && date <= until).toBe(true);
  });

  test.prop([range, cadences])("returns each date equal to the anchor plus k × everyMonths months for every kind it lists", ([start, until], cadenceList) => {
    const anchor = dateParts(start);
    for (const event of scheduleReviews({ start, until, cadences: cadenceList })) {
      const { year, month } = dateParts(event.date);
      const months = (year - anchor.year) * 12 + (month - anchor.month);
      for (const listed of event.kinds) {
        const fits = cadenceList.some((cadence) => cadence.kind === listed && months % cadence.everyMonths === 0);
        expect(fits).toBe(true);
        expect(addMonths(start, months)).toBe(event.date);
      }
    }
  });

  test.prop([range, cadences])("returns every anchor date up to until, none left out", ([start, until], cadenceList) => {
    const byDate = new Map(scheduleReviews({ start, until, cadences: cadenceList }).map((event) => [event.date, event.kinds] as const));
    for (const cadence of cadenceList) {
      for (let step = 1; ; step++) {
        const date = addMonths(start, step * cadence.everyMonths);
        if (date > until) break;
        expect(byDate.get(date)).toContain(cadence.kind);
      }
    }
  });

  test.prop([range, cadences])("returns kinds in the order quarterly, canvas, vision without repeats", ([start, until], cadenceList) => {
    const order = ["quarterly", "canvas", "vision"];
    for (const event of scheduleReviews({ start, until, cadences: cadenceList })) {
      const positions = event.kinds.map((listed) => order.indexOf(listed));
      expect(positions).toEqual([...new Set(positions)].sort((a, b) => a - b));
      expect(event.questions.length).toBeGreaterThan(0);
    }
  });

  test.prop([range, cadences])("returns weekdays only, each at most two days after an anchor date, with next-monday", ([start, until], cadenceList) => {
    const kept = scheduleReviews({ start, until, cadences: cadenceList }).map((event) => event.date);
    const moved = scheduleReviews({ start, until, cadences: cadenceList, weekends: "next-monday" });
    for (const event of moved) {
      expect(isoWeekday(event.date)).toBeLessThanOrEqual(5);
      expect(event.date <= until).toBe(true);
    }
    const movedDates = new Set(moved.map((event) => event.date));
    expect(kept.filter((date) => isoWeekday(date) <= 5 && !movedDates.has(date))).toEqual([]);
  });
});
