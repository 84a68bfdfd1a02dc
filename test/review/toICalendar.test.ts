import { spawnSync } from "node:child_process";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { scheduleReviews, toICalendar } from "../../src/index.ts";
import { deepFreeze } from "../fixtures/deepFreeze.ts";

const DTSTAMP = "20261122T000000Z";
const seedsYear = scheduleReviews({ start: "2026-01-05", until: "2027-01-05" });
const tricky = "Review, then decide; keep\\tweak\nor replace — café, naïve, 日本語の振り返り, 🚀👩‍💻 done";

// Calendar apps read X-WR-CALNAME as TEXT; ical.js leaves unknown X- properties raw unless told.
ICAL.design.defaultSet.property["x-wr-calname"] = { defaultType: "text" };
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents("vevent") };
}

function octets(line: string): number {
  return new TextEncoder().encode(line).length;
}

describe("toICalendar", () => {
  it("returns a VCALENDAR with one all-day VEVENT per review day", () => {
    const { calendar, events } = parse(toICalendar(seedsYear, { dtstamp: DTSTAMP }));
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("calscale")).toBe("GREGORIAN");
    expect(events.map((event) => event.getFirstPropertyValue("dtstart")?.toString())).toEqual(["2026-04-05", "2026-07-05", "2026-10-05", "2027-01-05"]);
    expect(events.map((event) => event.getFirstPropertyValue("dtend")?.toString())).toEqual(["2026-04-06", "2026-07-06", "2026-10-06", "2027-01-06"]);
    expect(events.every((event) => event.getFirstProperty("dtstart")?.type === "date")).toBe(true);
  });

  it("returns stable UIDs made of the date, the kinds and the domain", () => {
    const { events } = parse(toICalendar(seedsYear, { dtstamp: DTSTAMP, uidDomain: "example.com" }));
    expect(events.map((event) => event.getFirstPropertyValue("uid"))).toEqual([
      "2026-04-05-quarterly@example.com",
      "2026-07-05-quarterly-canvas@example.com",
      "2026-10-05-quarterly@example.com",
      "2027-01-05-quarterly-canvas-vision@example.com",
    ]);
  });

  it("returns summaries joining the labels and descriptions listing the questions", () => {
    const { events } = parse(toICalendar(seedsYear, { dtstamp: DTSTAMP }));
    expect(events[1]?.getFirstPropertyValue("summary")).toBe("Quarterly review + Career canvas update");
    expect(events[3]?.getFirstPropertyValue("summary")).toBe("Quarterly review + Career canvas update + Vision review");
    expect(events[0]?.getFirstPropertyValue("description")).toBe(seedsYear[0]?.questions.map((question) => `- ${question}`).join("\n"));
  });

  it("returns summaries, descriptions and the calendar name with commas, semicolons, newlines, accents, CJK and emoji intact", () => {
    const event = { date: "2026-04-05", kinds: ["quarterly" as const], questions: [tricky, "Is there a better path? 更好的路径？"] };
    const text = toICalendar([event], { dtstamp: DTSTAMP, calendarName: tricky, labels: { quarterly: tricky } });
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe(tricky);
    expect(events[0]?.getFirstPropertyValue("summary")).toBe(tricky);
    expect(events[0]?.getFirstPropertyValue("description")).toBe(`- ${tricky}\n- Is there a better path? 更好的路径？`);
  });

  it("escapes backslash, semicolon, comma and every kind of line break", () => {
    const text = toICalendar([{ date: "2026-04-05", kinds: ["vision"], questions: [] }], { dtstamp: DTSTAMP, labels: { vision: "a\\b;c,d\r\ne\rf\ng" } });
    expect(text).toContain("SUMMARY:a\\\\b\\;c\\,d\\ne\\nf\\ng\r\n");
  });

  it("drops control characters TEXT does not allow and keeps tabs", () => {
    const text = toICalendar([{ date: "2026-04-05", kinds: ["vision"], questions: [] }], { dtstamp: DTSTAMP, labels: { vision: "a\u0000b\u0007c\td\u007f" } });
    expect(text).toContain("SUMMARY:abc\td\r\n");
  });

  it("returns CRLF line ends only, ending with CRLF", () => {
    const text = toICalendar(seedsYear, { dtstamp: DTSTAMP });
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("folds lines at 75 octets without splitting a UTF-8 character", () => {
    const question = "振り返り😀é".repeat(40);
    const text = toICalendar([{ date: "2026-04-05", kinds: ["quarterly"], questions: [question] }], { dtstamp: DTSTAMP });
    const lines = text.split("\r\n").slice(0, -1);
    for (const line of lines) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(line).not.toContain("\uFFFD");
      expect(line).not.toMatch(LONE_SURROGATE);
    }
    expect(lines.filter((line) => line.startsWith(" ")).length).toBeGreaterThanOrEqual(9);
    expect(parse(text).events[0]?.getFirstPropertyValue("description")).toBe(`- ${question}`);
  });

  it("returns byte-identical text for the same input", () => {
    expect(toICalendar(seedsYear, { dtstamp: DTSTAMP })).toBe(toICalendar(structuredClone(seedsYear), { dtstamp: DTSTAMP }));
  });

  it("returns the exact text for one review day", () => {
    const text = toICalendar([{ date: "2026-04-05", kinds: ["quarterly"], questions: ["Keep, tweak or replace?"] }], { dtstamp: DTSTAMP, calendarName: "Career reviews" });
    expect(text.split("\r\n")).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//careerplan//Review schedule//EN",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "X-WR-CALNAME:Career reviews",
      "BEGIN:VEVENT",
      "UID:2026-04-05-quarterly@careerplan.invalid",
      "DTSTAMP:20261122T000000Z",
      "DTSTART;VALUE=DATE:20260405",
      "DTEND;VALUE=DATE:20260406",
      "SUMMARY:Quarterly review",
      "DESCRIPTION:- Keep\\, tweak or replace?",
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ]);
  });

  it("returns an empty calendar for no events", () => {
    const { events } = parse(toICalendar([], { dtstamp: DTSTAMP }));
    expect(events).toEqual([]);
  });

  it("leaves out DTEND on 9999-12-31, the one day without a next day", () => {
    const text = toICalendar([{ date: "9999-12-31", kinds: ["vision"], questions: [] }], { dtstamp: DTSTAMP });
    expect(text).toContain("DTSTART;VALUE=DATE:99991231\r\n");
    expect(text).not.toContain("DTEND");
  });

  it("does not mutate its input", () => {
    const events = deepFreeze(structuredClone(seedsYear));
    const options = deepFreeze({ dtstamp: DTSTAMP, calendarName: "Reviews", labels: { canvas: "Canvas" } });
    expect(() => toICalendar(events, options)).not.toThrow();
    expect(events).toEqual(seedsYear);
  });

  it("throws a RangeError when dtstamp is not a UTC date-time", () => {
    for (const dtstamp of ["2026-11-22T00:00:00Z", "20261122T000000", "20261131T000000Z", "20261122T240000Z"]) {
      expect(() => toICalendar(seedsYear, { dtstamp })).toThrow(
        new RangeError(`toICalendar: dtstamp must be a UTC date-time written YYYYMMDDTHHMMSSZ, got ${JSON.stringify(dtstamp)}`),
      );
    }
  });

  it("throws a RangeError when uidDomain is not a domain name", () => {
    expect(() => toICalendar(seedsYear, { dtstamp: DTSTAMP, uidDomain: "bad domain\r\nX:1" })).toThrow(
      new RangeError('toICalendar: uidDomain must be a domain name, got "bad domain\\r\\nX:1"'),
    );
  });

  it("throws a RangeError naming the event with a bad date", () => {
    expect(() => toICalendar([{ date: "2026-02-30" as never, kinds: ["quarterly"], questions: [] }], { dtstamp: DTSTAMP })).toThrow(
      new RangeError('toICalendar: events[0].date must be a calendar date written YYYY-MM-DD, got "2026-02-30"'),
    );
  });

  it("throws a RangeError for an event without kinds or with an unknown kind", () => {
    expect(() => toICalendar([{ date: "2026-04-05", kinds: [], questions: [] }], { dtstamp: DTSTAMP })).toThrow(
      new RangeError("toICalendar: events[0].kinds must be a non-empty array, got an empty array"),
    );
    expect(() => toICalendar([{ date: "2026-04-05", kinds: ["weekly" as never], questions: [] }], { dtstamp: DTSTAMP })).toThrow(
      new RangeError('toICalendar: events[0].kinds[0] must be "quarterly", "canvas" or "vision", got "weekly"'),
    );
  });

  it("throws a TypeError when events is not an array", () => {
    expect(() => toICalendar({} as never, { dtstamp: DTSTAMP })).toThrow(new TypeError("toICalendar: events must be an array, got an object"));
  });

  const python = spawnSync("/usr/bin/python3", ["-c", "import icalendar"]).status === 0;
  it.skipIf(!python)("parses cleanly in Python's icalendar with the text intact", () => {
    const event = { date: "2026-04-05", kinds: ["quarterly" as const, "canvas" as const], questions: [tricky] };
    const text = toICalendar([event], { dtstamp: DTSTAMP, labels: { quarterly: tricky } });
    const script = "import sys, json, icalendar\ncal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())\nev = cal.walk('VEVENT')[0]\nassert not cal.errors and not ev.errors, (cal.errors, ev.errors)\nprint(json.dumps([str(ev['SUMMARY']), str(ev['DESCRIPTION']), ev['DTSTART'].dt.isoformat()]))";
    const result = spawnSync("/usr/bin/python3", ["-c", script], { input: Buffer.from(text, "utf8") });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout.toString("utf8"))).toEqual([`${tricky} + Career canvas update`, `- ${tricky}`, "2026-04-05"]);
  });
});
