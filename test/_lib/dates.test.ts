import { describe, expect, it } from "vitest";
import { addDays, addMonths, assertIsoDate, daysBetween, endOfMonth, fromDayNumber, isIsoDate, isoWeekday, monthName, toDayNumber } from "../../src/_lib/dates.ts";

describe("isIsoDate", () => {
  it("accepts real calendar dates including leap days", () => {
    expect(isIsoDate("2026-11-22")).toBe(true);
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2000-02-29")).toBe(true);
  });

  it("rejects impossible dates and other shapes", () => {
    for (const value of ["2027-02-30", "2026-13-01", "2027-02-29", "1900-02-29", "2026-04-31", "2026-1-01", "2026-01-01T00:00", "", 20260101, null]) {
      expect(isIsoDate(value)).toBe(false);
    }
  });
});

describe("addMonths", () => {
  it("clamps to the end of a shorter month", () => {
    expect(addMonths("2027-01-31", 1)).toBe("2027-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-08-31", 6)).toBe("2027-02-28");
  });

  it("crosses years both ways", () => {
    expect(addMonths("2026-11-22", 3)).toBe("2027-02-22");
    expect(addMonths("2026-01-15", -2)).toBe("2025-11-15");
  });

  it("keeps years below 100 as written", () => {
    expect(addMonths("0050-01-31", 1)).toBe("0050-02-28");
  });
});

describe("addDays and daysBetween", () => {
  it("counts calendar days across daylight-saving changes", () => {
    expect(addDays("2026-03-07", 2)).toBe("2026-03-09");
    expect(daysBetween("2026-03-01", "2026-04-01")).toBe(31);
    expect(daysBetween("2026-10-01", "2026-11-15")).toBe(45);
    expect(daysBetween("2027-01-01", "2026-01-01")).toBe(-365);
  });
});

describe("endOfMonth and isoWeekday", () => {
  it("returns the last day and the ISO weekday", () => {
    expect(endOfMonth(2027, 2)).toBe("2027-02-28");
    expect(endOfMonth(2028, 2)).toBe("2028-02-29");
    expect(isoWeekday("2026-11-22")).toBe(7);
    expect(isoWeekday("2026-11-23")).toBe(1);
  });
});

describe("assertIsoDate", () => {
  it("throws a RangeError naming the parameter", () => {
    expect(() => assertIsoDate("2027-02-30", "checkAlignment: options.asOf")).toThrow(
      new RangeError('checkAlignment: options.asOf must be a calendar date written YYYY-MM-DD, got "2027-02-30"'),
    );
  });

  it("shows a number or a Date as the library shows every bad value", () => {
    expect(() => assertIsoDate(20270330, "scheduleReviews: start")).toThrow(
      new RangeError("scheduleReviews: start must be a calendar date written YYYY-MM-DD, got 20270330"),
    );
    expect(() => assertIsoDate(new Date(0), "scheduleReviews: start")).toThrow(
      new RangeError("scheduleReviews: start must be a calendar date written YYYY-MM-DD, got a Date"),
    );
  });
});

describe("day numbers", () => {
  it("counts from 1970-01-01 and inverts exactly", () => {
    expect(toDayNumber("1970-01-01")).toBe(0);
    expect(toDayNumber("1969-12-31")).toBe(-1);
    expect(toDayNumber("2000-03-01")).toBe(11_017);
    expect(fromDayNumber(11_017)).toBe("2000-03-01");
  });
});

describe("monthName", () => {
  it("names the month of the date itself, not of the host's local day", () => {
    const firsts = Array.from({ length: 12 }, (_, index) => monthName(`2026-${String(index + 1).padStart(2, "0")}-01`));
    expect(firsts).toEqual(["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]);
    expect(monthName("2026-12-31")).toBe("December");
    expect(monthName("0000-01-01")).toBe("January");
    expect(monthName("9999-12-31")).toBe("December");
  });
});
