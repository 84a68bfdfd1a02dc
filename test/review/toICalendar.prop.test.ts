import { fc, test } from "@fast-check/vitest";
import ICAL from "ical.js";
import { describe, expect } from "vitest";
import { toICalendar } from "../../src/index.ts";
import { isoDate } from "../property/arbitraries.ts";

// Text mixing ASCII, the characters TEXT escapes, accents, CJK, emoji and ZWJ sequences.
const piece = fc.constantFrom("a", " ", ",", ";", "\\", "\n", "é", "ñ", "日", "本", "😀", "👩‍💻", "\u00a0", ":", '"');
const text = fc.array(fc.oneof(piece, fc.string({ unit: "grapheme", maxLength: 3 })), { maxLength: 120 }).map((parts) => parts.join(""));
const printable = text.map((value) => value.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "").replace(/\r\n?/g, "\n"));
const events = fc.array(
  fc.record({ date: isoDate, kinds: fc.constantFrom(["quarterly" as const], ["canvas" as const], ["quarterly" as const, "vision" as const]), questions: fc.array(printable, { maxLength: 3 }) }),
  { maxLength: 4 },
);

describe("toICalendar properties", () => {
  test.prop([events, printable])("returns physical lines of at most 75 octets that unfold to whole content lines", (list, name) => {
    const ics = toICalendar(list, { dtstamp: "20261122T000000Z", calendarName: name });
    const encoder = new TextEncoder();
    const physical = ics.split("\r\n").slice(0, -1);
    for (const line of physical) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, "").split("\r\n").slice(0, -1);
    expect(unfolded.every((line) => /^[A-Z-]+[;:]/.test(line))).toBe(true);
    // Folding never cuts a character: re-encoding the whole text loses nothing.
    expect(new TextDecoder().decode(encoder.encode(ics))).toBe(ics);
  });

  test.prop([events, printable])("returns summaries and descriptions that ical.js reads back intact", (list, label) => {
    const ics = toICalendar(list, { dtstamp: "20261122T000000Z", labels: { quarterly: label } });
    const parsed = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent");
    expect(parsed).toHaveLength(list.length);
    parsed.forEach((vevent, index) => {
      const event = list[index]!;
      const labels = event.kinds.map((kind) => (kind === "quarterly" ? label : kind === "canvas" ? "Career canvas update" : "Vision review"));
      expect(vevent.getFirstPropertyValue("summary")).toBe(labels.join(" + "));
      expect(vevent.getFirstPropertyValue("description")).toBe(event.questions.map((question) => `- ${question}`).join("\n"));
      expect(vevent.getFirstPropertyValue("dtstart")?.toString()).toBe(event.date);
    });
  });
});
