import { fail, requireObject } from "../_lib/args.ts";
import { addDays, assertIsoDate, isIsoDate } from "../_lib/dates.ts";
import type { ReviewKind } from "../model/index.ts";
import { escapeText, foldLine } from "./icalText.ts";
import { requireKind } from "./kinds.ts";
import type { ReviewEvent } from "./types.ts";

/**
 * How {@link toICalendar} stamps and names the calendar.
 *
 * @category Reviews
 */
export interface ToICalendarOptions {
  /** When the file was made, in UTC as `YYYYMMDDTHHMMSSZ` (e.g. `20261122T000000Z`); required so the output never depends on the clock. */
  dtstamp: string;
  /** The domain after `@` in each event's UID; `careerplan.invalid` when left out. */
  uidDomain?: string;
  /** A calendar name shown by calendar apps (`X-WR-CALNAME`). */
  calendarName?: string;
  /** Event titles per review kind, e.g. in another language; the English defaults fill the gaps. */
  labels?: Partial<Record<ReviewKind, string>>;
}

const DEFAULT_LABELS: Readonly<Record<ReviewKind, string>> = {
  quarterly: "Quarterly review",
  canvas: "Career canvas update",
  vision: "Vision review",
};

const DTSTAMP = /^(\d{4})(\d\d)(\d\d)T([01]\d|2[0-3])[0-5]\d[0-5]\dZ$/;
const WHERE = "toICalendar";
const DOMAIN = /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/;

/**
 * Writes review events as an iCalendar (RFC 5545) file that calendar apps
 * import: one all-day `VEVENT` per event.
 *
 * Each event's `UID` is `<date>-<kinds>@<uidDomain>`, so exporting again
 * updates the same events instead of duplicating them. The `SUMMARY` joins
 * the kinds' labels with " + ", the `DESCRIPTION` lists the questions one per
 * line. Lines end with CRLF and are folded at 75 octets without cutting a
 * UTF-8 character; text is escaped (`\\`, `\;`, `\,`, `\n`). The same input
 * always gives the same text.
 *
 * @param events - Review days shaped like {@link ReviewEvent}, e.g. from {@link scheduleReviews} or {@link dueReviews}; dates may be plain strings.
 * @param options - The `DTSTAMP`, the UID domain, the calendar name and the labels.
 * @returns The calendar text, ending with CRLF.
 * @throws {RangeError} `dtstamp` is not `YYYYMMDDTHHMMSSZ`, `uidDomain` is not a domain name, or an event has a bad date, no kinds or an unknown kind.
 * @throws {TypeError} `events` or an event's `questions` is not an array, or `options` is not an object.
 *
 * @example
 * ```ts
 * const ics = toICalendar(scheduleReviews({ start: "2026-01-05", until: "2026-04-05" }), { dtstamp: "20261122T000000Z" });
 * ics.split("\r\n").filter((line) => /^(UID|DTSTART|SUMMARY)/.test(line));
 * //=> ["UID:2026-04-05-quarterly@careerplan.invalid", "DTSTART;VALUE=DATE:20260405", "SUMMARY:Quarterly review"]
 * ```
 *
 * @category Reviews
 */
export function toICalendar(
  events: readonly { readonly date: string; readonly kinds: readonly ReviewKind[]; readonly questions: readonly string[] }[],
  options: ToICalendarOptions,
): string {
  if (!Array.isArray(events as unknown)) fail(WHERE, "events", "an array", events, TypeError);
  requireObject(WHERE, "options", options);
  const { dtstamp, uidDomain = "careerplan.invalid", calendarName, labels } = options;
  const stamp = typeof dtstamp === "string" && DTSTAMP.exec(dtstamp);
  if (!stamp || !isIsoDate(`${stamp[1]}-${stamp[2]}-${stamp[3]}`)) fail(WHERE, "dtstamp", "a UTC date-time written YYYYMMDDTHHMMSSZ", dtstamp);
  if (typeof uidDomain !== "string" || !DOMAIN.test(uidDomain)) fail(WHERE, "uidDomain", "a domain name", uidDomain);
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//careerplan//Review schedule//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"];
  if (calendarName !== undefined) lines.push(`X-WR-CALNAME:${escapeText(String(calendarName))}`);
  events.forEach(({ date, kinds, questions }, index) => {
    checkEvent(date, kinds, questions, `events[${index}]`);
    lines.push("BEGIN:VEVENT", `UID:${date}-${kinds.join("-")}@${uidDomain}`, `DTSTAMP:${dtstamp}`, `DTSTART;VALUE=DATE:${compact(date)}`);
    const end = addDays(date, 1);
    // An all-day event without DTEND lasts one day (RFC 5545 3.6.1); needed only after 9999-12-31.
    if (end.length === 10) lines.push(`DTEND;VALUE=DATE:${compact(end)}`);
    lines.push(
      `SUMMARY:${escapeText(kinds.map((kind) => labels?.[kind] ?? DEFAULT_LABELS[kind]).join(" + "))}`,
      `DESCRIPTION:${escapeText(questions.map((question) => `- ${question}`).join("\n"))}`,
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  });
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}

/** Throws, naming the event, unless it has a real date, at least one known kind and a list of questions. */
function checkEvent(date: string, kinds: unknown, questions: unknown, name: string): void {
  assertIsoDate(date, `${WHERE}: ${name}.date`);
  if (!Array.isArray(kinds) || kinds.length === 0) fail(WHERE, `${name}.kinds`, "a non-empty array", kinds);
  kinds.forEach((kind, position) => requireKind(WHERE, `${name}.kinds[${position}]`, kind));
  if (!Array.isArray(questions)) fail(WHERE, `${name}.questions`, "an array", questions, TypeError);
}

/** `YYYY-MM-DD` as iCalendar writes a DATE: `YYYYMMDD`. */
function compact(date: string): string {
  return date.replaceAll("-", "");
}
