import type { Issue, Severity } from "../model/issue.ts";

type Path = readonly (string | number)[];

/** Builds an Issue; `message` gets the path written in front ("goals[2].dueDate: …"). */
export function createIssue(
  code: string,
  severity: Severity,
  path: Path,
  message: string,
  hint?: string,
): Issue {
  const where = formatPath(path);
  const issue: Issue = { code, severity, path: [...path], message: where ? `${where}: ${message}` : message };
  if (hint !== undefined) issue.hint = hint;
  return issue;
}

/** Writes a path the way a JavaScript reader expects: `goals[2].dueDate`. */
export function formatPath(path: Path): string {
  let text = "";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else text += text === "" ? key : `.${key}`;
  }
  return text;
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
