// A calendar button: the first year's reviews as an .ics file to download.
import { scheduleReviews, toICalendar } from "careerplan";

export default function reviewCalendar() {
  const events = scheduleReviews({ start: "2026-01-05", until: "2027-01-05" });
  const ics = toICalendar(events, { dtstamp: "20261122T000000Z", uidDomain: "example.com", calendarName: "Career reviews" });
  const lines = ics.split("\r\n");
  const encoder = new TextEncoder();
  return {
    events: events.map((event) => ({ date: event.date, kinds: event.kinds })),
    endsWithCrlf: ics.endsWith("\r\n"),
    bareLineFeeds: ics.replace(/\r\n/g, "").includes("\n"),
    longestLineOctets: Math.max(...lines.map((line) => encoder.encode(line).length)),
    vevents: lines.filter((line) => line === "BEGIN:VEVENT").length,
    firstLine: lines[0],
    startDates: lines.filter((line) => line.startsWith("DTSTART")),
  };
}
