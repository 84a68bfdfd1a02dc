// The iCalendar options `careerplan schedule` derives from a plan, so that each
// plan's calendar has its own name and its own event UIDs: two plans imported
// into one calendar app must not overwrite each other's reviews.
import type { IsoDate, ToICalendarOptions, Vision } from "../index.ts";

/** Calendar apps cut long names; the vision statement can run to a paragraph. */
const MAX_NAME = 60;

export function calendarOptions(vision: Vision, asOf: IsoDate): ToICalendarOptions {
  return { dtstamp: `${asOf.replaceAll("-", "")}T000000Z`, calendarName: calendarName(vision), uidDomain: uidDomain(vision.id) };
}

/** "Career reviews: Senior Software Engineer", or the start of the vision statement when it names no role. */
function calendarName(vision: Vision): string {
  const subject = vision.targetRole?.trim() || vision.statement.trim();
  if (subject.length <= MAX_NAME) return `Career reviews: ${subject}`;
  // At the last whole word that fits.
  const space = subject.lastIndexOf(" ", MAX_NAME);
  return `Career reviews: ${subject.slice(0, space > 0 ? space : MAX_NAME)}…`;
}

/** `<vision id as a DNS label>.careerplan.invalid`: stable for one plan (exporting again updates), distinct between plans. */
function uidDomain(visionId: string): string {
  const label = visionId.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60);
  return `${label || "plan"}.careerplan.invalid`;
}
