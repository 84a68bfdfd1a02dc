import { formatPath, type Issue } from "../index.ts";
import { terminalText } from "./terminalText.ts";

/** Writes issues the way a linter does: one line each, then a summary line. */
export function formatIssues(file: string, issues: readonly Issue[]): string {
  const lines = issues.map((issue) => {
    const where = formatPath(issue.path) || "(plan)";
    // The path goes in the location column; the message never repeats it.
    const { message } = issue;
    const hint = issue.hint ? `\n    hint: ${terminalText(issue.hint)}` : "";
    // One issue, one line: nothing from the plan may add lines or reach the terminal as a control sequence.
    return `${terminalText(file)}:${terminalText(where)}  ${issue.severity.padEnd(7)}  ${terminalText(issue.code)}  ${terminalText(message)}${hint}`;
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
