// Check a career plan for breaks between this week's work and the long-term
// vision, and print them like a linter, followed by the review checklist.
import { readFileSync } from "node:fs";
import { checkAlignment, formatIssue, keyQuestions, parsePlan, type PlanInput } from "careerplan";

const asOf = "2026-11-22";

// The seeds' senior-engineer plan (the one `careerplan demo` runs), aligned…
const parsed = parsePlan(JSON.parse(readFileSync(new URL("./senior-engineer.plan.json", import.meta.url), "utf8")));
if (!parsed.ok) throw new Error(parsed.issues.map(formatIssue).join("\n"));
const plan: PlanInput = parsed.plan;

// …then broken in three ways that happen in real plans.
const broken: PlanInput = {
  ...plan,
  goals: [
    ...plan.goals!.map((goal) => {
      if (goal.id === "g-load-time") return { ...goal, milestoneId: "m-2y" }; // a milestone that does not exist
      if (goal.id === "g-lead-feature") return { ...goal, dueDate: "2027-02-28" }; // due after its milestone
      return goal;
    }),
    { id: "g-speaking", title: "Get better at public speaking someday", bucket: "auxiliary", milestoneId: "m-3y" },
  ],
};

for (const [name, subject] of [["aligned plan", plan], ["broken plan", broken]] as const) {
  const report = checkAlignment(subject, { asOf });
  console.log(`${name} (as of ${asOf})`);
  for (const issue of report.issues) {
    console.log(`  ${issue.severity.padEnd(7)} ${issue.code.padEnd(30)} ${formatIssue(issue)}`);
    if (issue.hint) console.log(`  ${"".padEnd(38)} hint: ${issue.hint}`);
  }
  const errors = report.issues.filter((issue) => issue.severity === "error").length;
  const { capabilities, milestones, goals } = report.coverage;
  console.log(`  ${count(errors, "error")}, ${count(report.issues.length - errors, "warning")}; ok: ${report.ok}; score: ${report.score}`);
  console.log(`  coverage: capabilities ${percent(capabilities)}, milestones ${percent(milestones)}, goals ${percent(goals)}\n`);
}

console.log("Key questions for the next review:");
for (const question of keyQuestions(broken, { asOf })) console.log(`  - ${question}`);

function count(amount: number, noun: string): string {
  return `${amount} ${noun}${amount === 1 ? "" : "s"}`;
}

function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}
