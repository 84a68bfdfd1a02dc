import type { IssueCode } from "../model/issueCode.ts";
import type { Issue, Severity } from "../model/issue.ts";

/** Where an issue points: keys and indices from the root of what was checked. */
export type Path = readonly (string | number)[];

/** Builds an Issue. The message says what is wrong, never where: the path is data (see `formatIssue`). */
export function createIssue(code: IssueCode, severity: Severity, path: Path, message: string, hint?: string): Issue {
  const issue: Issue = { code, severity, path: [...path], message };
  if (hint !== undefined) issue.hint = hint;
  return issue;
}

/** `issue` under `prefix`: the same issue, its path prefixed (an issue of a goal moved into the plan's `["goals", 3]`). */
export function underPath(prefix: Path, issue: Issue): Issue {
  return { ...issue, path: [...prefix, ...issue.path] };
}

/** Sorts issues in place by path (numbers in numeric order), then code; returns the array. */
export function sortIssues(issues: Issue[]): Issue[] {
  return issues.sort(compareIssues);
}

function compareIssues(a: Issue, b: Issue): number {
  const length = Math.min(a.path.length, b.path.length);
  for (let index = 0; index < length; index++) {
    const order = compareKeys(a.path[index]!, b.path[index]!);
    if (order !== 0) return order;
  }
  if (a.path.length !== b.path.length) return a.path.length - b.path.length;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

function compareKeys(a: string | number, b: string | number): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
