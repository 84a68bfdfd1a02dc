// Private: how every draft ends, "by July 5, 2026" (checkSmart reads it back as the date).
import { dateParts, monthName } from "../_lib/dates.ts";

/** "by July 5, 2026" for 2026-07-05. */
export function deadlineWords(dueDate: string): string {
  const { year, day } = dateParts(dueDate);
  return `by ${monthName(dueDate)} ${day}, ${year}`;
}
