import { addDays, assertIsoDate, isIsoDate } from "../_lib/dates.ts";
import type { ReviewKind } from "../model/index.ts";
import { escapeText, foldLine } from "./icalText.ts";
import { KIND_ORDER } from "./questions.ts";
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

const DTSTAMP = /^(\d{8})T([01]\d|2[0-3])[0-5]\d[0-5]\dZ$/;
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
 * @throws {TypeError} `events` is not an array or `options` is not an object.
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
  if (!Array.isArray(events as unknown)) throw new TypeError(`toICalendar: events must be an array, got ${typeof events}`);
  if (typeof options !== "object" || options === null) throw new TypeError("toICalendar: options must be an object with a dtstamp");
  const { dtstamp, uidDomain = "careerplan.invalid", calendarName } = options;
  const stamp = typeof dtstamp === "string" ? DTSTAMP.exec(dtstamp) : null;
  if (stamp === null || !isIsoDate(`${stamp[1]!.slice(0, 4)}-${stamp[1]!.slice(4, 6)}-${stamp[1]!.slice(6)}`)) {
    throw new RangeError(`toICalendar: dtstamp must be a UTC date-time written YYYYMMDDTHHMMSSZ, got ${JSON.stringify(String(dtstamp).slice(0, 40))}`);
  }
  if (typeof uidDomain !== "string" || !DOMAIN.test(uidDomain)) {
    throw new RangeError(`toICalendar: uidDomain must be a domain name such as "example.com", got ${JSON.stringify(String(uidDomain).slice(0, 40))}`);
  }
  const labels = options.labels ?? {};
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//careerplan//Review schedule//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"];
  if (calendarName !== undefined) lines.push(`X-WR-CALNAME:${escapeText(String(calendarName))}`);
  events.forEach((event, index) => {
    checkEvent(event, index);
    lines.push(
      "BEGIN:VEVENT",
      `UID:${event.date}-${event.kinds.join("-")}@${uidDomain}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${compact(event.date)}`,
    );
    const end = addDays(event.date, 1);
    // An all-day event without DTEND lasts one day (RFC 5545 3.6.1); needed only after 9999-12-31.
    if (end.length === 10) lines.push(`DTEND;VALUE=DATE:${compact(end)}`);
    lines.push(
      `SUMMARY:${escapeText(event.kinds.map((kind) => String(labels[kind] ?? DEFAULT_LABELS[kind])).join(" + "))}`,
      `DESCRIPTION:${escapeText(event.questions.map((question) => `- ${String(question)}`).join("\n"))}`,
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  });
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}

function checkEvent(event: Parameters<typeof toICalendar>[0][number], index: number): void {
  assertIsoDate(event.date, `toICalendar: events[${index}].date`);
  if (!Array.isArray(event.kinds) || event.kinds.length === 0) {
    throw new RangeError(`toICalendar: events[${index}].kinds must list at least one review kind`);
  }
  for (const kind of event.kinds) {
    if (!KIND_ORDER.includes(kind)) {
      throw new RangeError(`toICalendar: events[${index}].kinds has an unknown kind ${JSON.stringify(String(kind).slice(0, 40))}`);
    }
  }
  if (!Array.isArray(event.questions)) throw new TypeError(`toICalendar: events[${index}].questions must be an array of strings`);
}

function compact(date: string): string {
  return date.slice(0, 4) + date.slice(5, 7) + date.slice(8, 10);
}
