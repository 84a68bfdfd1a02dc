import { formatPath, type Issue } from "../index.ts";

/** Writes issues the way a linter does: one line each, then a summary line. */
export function formatIssues(file: string, issues: readonly Issue[]): string {
  const lines = issues.map((issue) => {
    // The path goes in the location column, so the message follows as it is.
    const where = formatPath(issue.path) || "(plan)";
    const message = issue.message;
    const hint = issue.hint ? `\n    hint: ${issue.hint}` : "";
    return `${file}:${where}  ${issue.severity.padEnd(7)}  ${issue.code}  ${message}${hint}`;
  });
  lines.push(summarize(issues));
  return `${lines.join("\n")}\n`;
}

function summarize(issues: readonly Issue[]): string {
  const count = (severity: Issue["severity"]) => issues.filter((issue) => issue.severity === severity).length;
  if (issues.length === 0) return "✔ no problems";
  const errors = count("error");
  const warnings = count("warning");
  const infos = count("info");
  const parts = [plural(errors, "error"), plural(warnings, "warning")];
  if (infos > 0) parts.push(plural(infos, "note"));
  return `${errors > 0 ? "✖" : "⚠"} ${plural(issues.length, "problem")} (${parts.join(", ")})`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
