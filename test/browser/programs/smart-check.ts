// A goal form in a coaching app: check what the user typed before saving it.
import { checkSmart } from "careerplan";

export default function smartCheck() {
  const asOf = "2026-11-22";
  return ["Get better at public speaking", "Complete one advanced course in system design by March 2027"].map((statement) => {
    const report = checkSmart(statement, { asOf });
    return {
      statement,
      ok: report.ok,
      deadline: report.deadline ?? null,
      verdicts: Object.fromEntries(Object.entries(report.criteria).map(([criterion, verdict]) => [criterion, verdict.status])),
      codes: report.issues.map((issue) => issue.code),
    };
  });
}
