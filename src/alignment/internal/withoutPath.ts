// Private: issues from another area's function carry paths relative to what
// it was given; to re-path them, their message loses the old path first.
import { formatPath } from "../../_lib/issues.ts";

/** `message` without the "path: " that createIssue wrote in front of it. */
export function withoutPath(message: string, path: readonly (string | number)[]): string {
  const prefix = `${formatPath(path)}: `;
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}
