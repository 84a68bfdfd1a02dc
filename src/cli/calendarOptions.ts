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

/**
 * `<readable slug>-<hash>.careerplan.invalid`: the slug (the vision id in
 * lower-case letters and digits, at most 40 characters) is for people; the
 * hash (FNV-1a, 32 bits, of the exact id) keeps ids apart that the slug
 * merges: "Senior Engineer", "senior_engineer" and "senior-engineer", ids in
 * a script without Latin letters, ids that share their first 40 characters.
 * Stable for one plan, so exporting again updates the events.
 */
export function uidDomain(visionId: string): string {
  const slug = visionId.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40).replace(/-+$/, "");
  return `${slug || "plan"}-${fnv1a(visionId).toString(36).padStart(7, "0")}.careerplan.invalid`;
}

/** FNV-1a over the id's UTF-16 code units: a small, well-known, stable hash (not for security). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < text.length; at++) {
    hash ^= text.charCodeAt(at);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
