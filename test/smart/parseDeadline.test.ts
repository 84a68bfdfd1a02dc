import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/index.ts";

describe("parseDeadline", () => {
  it.each([
    ["Submit the proposal by 2027-03-31", "2027-03-31"],
    ["Pass the exam by December 31, 2027", "2027-12-31"],
    ["Pass the exam by 31 December 2027", "2027-12-31"],
    ["Pass the exam by the 31st of December, 2027", "2027-12-31"],
    ["Publish 3 articles by March 2027", "2027-03-31"],
    ["Publish 3 articles by February 2028", "2028-02-29"],
    ["Ship the feature in Q3 2027", "2027-09-30"],
    ["Ship the feature in H1 2027", "2027-06-30"],
    ["Found a company by end of 2027", "2027-12-31"],
    ["Found a company by 2027", "2027-12-31"],
    ["Close the deal by the end of March 2027", "2027-03-31"],
  ])("returns the date %j names", (text, expected) => {
    expect(parseDeadline(text)).toBe(expected);
  });

  it.each([
    ["in 8 weeks", "2026-11-22", "2027-01-17"],
    ["within six months", "2026-08-31", "2027-02-28"],
    ["within the next 2 weeks", "2026-11-22", "2026-12-06"],
    ["next 3 months", "2026-11-30", "2027-02-28"],
    ["in a month", "2027-01-31", "2027-02-28"],
    ["over the next two years", "2028-02-29", "2030-02-28"],
    ["by the end of next quarter", "2026-11-22", "2027-03-31"],
    ["by the end of the year", "2026-11-22", "2026-12-31"],
    ["by the end of this month", "2026-11-22", "2026-11-30"],
    ["by next Friday", "2026-11-22", "2026-11-27"],
    ["by tomorrow", "2026-11-22", "2026-11-23"],
  ])("counts %j from asOf with calendar arithmetic", (text, asOf, expected) => {
    expect(parseDeadline(text, { asOf })).toBe(expected);
  });

  it.each([
    ["Finish the AWS course by June 30", "2026-11-22", "2027-06-30"],
    ["Finish the AWS course by June 30", "2026-06-30", "2026-06-30"],
    ["Finish the AWS course by June 30", "2026-07-01", "2027-06-30"],
    ["Ship the portfolio by 15 March", "2026-11-22", "2027-03-15"],
    ["Ship the portfolio by the 15th of March", "2026-11-22", "2027-03-15"],
    ["Write two posts due 30 June", "2026-11-22", "2027-06-30"],
    ["Give the talk on December 3rd", "2026-11-22", "2026-12-03"],
    ["Ship it by June", "2026-11-22", "2027-06-30"],
    ["Ship it by the end of February", "2026-11-22", "2027-02-28"],
    ["Publish by Feb 29", "2026-11-22", "2028-02-29"],
    ["Complete 3 mock interviews by end of Q1", "2026-11-22", "2027-03-31"],
    ["Hit my Q4 targets", "2026-11-22", "2026-12-31"],
    ["Launch in H1", "2026-11-22", "2027-06-30"],
  ])("reads %j without a year as its next occurrence from asOf %s", (text, asOf, expected) => {
    expect(parseDeadline(text, { asOf })).toBe(expected);
  });

  it("takes no date from a day without a year unless a word such as 'by' comes before it", () => {
    expect(parseDeadline("Read 3 chapters, June 30 pages", { asOf: "2026-11-22" })).toBeUndefined();
  });

  it("reads 'in March' as the month's end and leaves the number after it alone", () => {
    expect(parseDeadline("Run in March 5 times", { asOf: "2026-11-22" })).toBe("2027-03-31");
  });

  it("returns undefined for a day without a year when asOf is absent, or when no year has that day", () => {
    expect(parseDeadline("Finish by June 30")).toBeUndefined();
    expect(parseDeadline("Finish by June 31", { asOf: "2026-11-22" })).toBeUndefined();
  });

  it("finds no next occurrence past year 9999 instead of looping", () => {
    expect(parseDeadline("Finish by June 30", { asOf: "9999-12-31" })).toBeUndefined();
  });

  it("returns undefined for a relative phrase when asOf is absent", () => {
    expect(parseDeadline("Finish the course in 8 weeks")).toBeUndefined();
  });

  it.each(["Finish by 2027-02-30", "Finish by February 30, 2027", "Finish by 31 April 2027"])("returns undefined for the impossible date in %j", (text) => {
    expect(parseDeadline(text)).toBeUndefined();
  });

  it.each(["Get better at SQL soon", "Learn Rust someday", "Be a manager one day", "Improve eventually", ""])("returns undefined for the vague %j", (text) => {
    expect(parseDeadline(text, { asOf: "2026-11-22" })).toBeUndefined();
  });

  it("returns the latest date when the text names several", () => {
    expect(parseDeadline("Draft the plan by March 2027 and ship it by Q3 2027")).toBe("2027-09-30");
  });

  it("throws a RangeError naming the parameter when asOf is not a date", () => {
    expect(() => parseDeadline("in 8 weeks", { asOf: "2026-02-30" })).toThrow(/parseDeadline: options\.asOf/);
  });

  it("reads numeric dates in the dateOrder asked for, and never swaps an impossible reading", () => {
    expect(parseDeadline("by 3/31/2027")).toBe("2027-03-31");
    expect(parseDeadline("on 5/6/2027")).toBe("2027-05-06");
    expect(parseDeadline("on 5/6/2027", { dateOrder: "DMY" })).toBe("2027-06-05");
    expect(parseDeadline("by 13/01/2027")).toBeUndefined();
    expect(parseDeadline("by 13/01/2027", { dateOrder: "DMY" })).toBe("2027-01-13");
    expect(parseDeadline("by 2027/03/31", { dateOrder: "DMY" })).toBe("2027-03-31");
    expect(parseDeadline("by 31/03/2027", { dateOrder: "YMD" })).toBeUndefined();
    expect(parseDeadline("by 31.03.2027")).toBe("2027-03-31");
  });

  it("produces no date outside 0001-9999", () => {
    expect(parseDeadline("by the end of next quarter", { asOf: "9999-12-31" })).toBeUndefined();
    expect(parseDeadline("within 6 months", { asOf: "9999-09-01" })).toBeUndefined();
    expect(parseDeadline("next week", { asOf: "9999-12-30" })).toBeUndefined();
    expect(parseDeadline("by the end of this year", { asOf: "9999-06-01" })).toBe("9999-12-31");
    expect(parseDeadline("by tomorrow", { asOf: "9999-12-31" })).toBeUndefined();
    expect(parseDeadline("before Christmas", { asOf: "9999-12-26" })).toBeUndefined();
  });

  it("throws a TypeError naming options when asOf is passed the 0.1 way, and a RangeError for an unknown dateOrder", () => {
    expect(() => parseDeadline("in 8 weeks", "2026-11-22" as never)).toThrow(/parseDeadline: options must be an object/);
    expect(() => parseDeadline("by 3/31/2027", { dateOrder: "DDMM" as never })).toThrow(/parseDeadline: options\.dateOrder/);
  });

  it("throws a TypeError when text is not a string", () => {
    expect(() => parseDeadline(42 as unknown as string)).toThrow(TypeError);
  });
});
