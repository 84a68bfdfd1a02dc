// Check a handful of goal statements against the SMART criteria, the way a
// coaching app would before saving them, and print each verdict.
import { checkSmart, parseDeadline } from "careerplan";

const asOf = "2026-11-22";
const statements = [
  "Get better at public speaking",
  "Become an expert in Kubernetes someday",
  "Complete an introductory Python course in 8 weeks",
  "Improve sales by 20% in the next 6 months",
  "Lead one feature end-to-end at work, from planning to rollout, by December 31, 2026",
  "Write 3 competitive analysis reports within 6 months",
  "Develop my leadership skills (confidence 7/10)",
  "Earn a certificate by the end of 2027",
  "Earn the CKA certification by 3/31/2027",
  "Land a summer internship in hospital data analytics before Christmas",
];

const marks = { pass: "✓", fail: "✗", unknown: "?" } as const;
for (const statement of statements) {
  const report = checkSmart(statement, { asOf });
  console.log(`${statement}`);
  console.log(`  score ${report.score}/5${report.deadline ? `, due ${report.deadline}` : ""}`);
  for (const [criterion, verdict] of Object.entries(report.criteria)) {
    const evidence = verdict.evidence.length > 0 ? ` [${verdict.evidence.join("; ")}]` : "";
    console.log(`  ${marks[verdict.status]} ${criterion}: ${verdict.reason}${evidence}`);
  }
  for (const issue of report.issues) console.log(`  → ${issue.code}: ${issue.hint}`);
  console.log("");
}

// Deadlines alone, the way a form would pre-fill a due date. Numeric dates are
// month first unless the user's locale says otherwise.
for (const text of ["by next Friday", "by 31/03/2027", "the third quarter of 2027", "before 2029", "in the coming weeks"]) {
  console.log(`${text} → ${parseDeadline(text, { asOf, dateOrder: "DMY" }) ?? "no deadline"}`);
}
