// A nurse moving into health-data analytics in 4 years: a whole plan in one
// createPlan call, read the way a coach would write it.
import { checkAlignment, createPlan, type VisionInput } from "careerplan";

const asOf = "2026-12-07";
const vision: VisionInput = {
  id: "health-data-analyst", statement: "Move from bedside nursing into health-data analytics within 4 years, using data to make wards safer",
  startDate: asOf, targetDate: "2030-12-07",
  why: "I have seen how much avoidable harm better data could prevent", what: "SQL, statistics, dashboards and clinical data standards",
  where: "Health-data analytics in a hospital", who: "The clinical informatics team, the ward managers I work with, and a data analyst mentor",
  targetRole: "Health data analyst", industry: "Healthcare",
  capabilities: [
    { id: "sql", name: "SQL", effortHours: 60, evidence: "10 queries answering real ward questions, reviewed by an analyst" },
    { id: "statistics", name: "Statistics for healthcare", source: "knowledge", effortHours: 80 },
    { id: "dashboards", name: "Power BI dashboards", source: "technology", effortHours: 60, requires: ["sql"], evidence: "A falls-risk dashboard used by my ward" },
    { id: "fhir", name: "Clinical data standards (HL7 FHIR)", source: "knowledge", effortHours: 40 },
    { id: "stakeholders", name: "Stakeholder management", kind: "auxiliary", effortHours: 30 },
    { id: "analyst-role", name: "Land a health data analyst role", source: "custom", effortHours: 40, requires: ["dashboards", "statistics"] },
  ],
};

const { plan, issues } = createPlan(vision, { asOf: "2026-12-07", hoursPerWeek: 6 });
console.log(`${vision.statement}\n${plan.hoursPerWeek} hours a week, 70/20/10, planned on 2026-12-07\n`);
for (const issue of issues) console.log(`Note (${issue.code}): ${issue.message}`);
for (const milestone of plan.milestones ?? []) {
  console.log(`\n${milestone.dueDate}  ${milestone.title}`);
  for (const goal of (plan.goals ?? []).filter((candidate) => candidate.milestoneId === milestone.id)) {
    const hours = goal.effortHours === undefined ? "" : `, ${Math.round(goal.effortHours * 10) / 10} h`;
    console.log(`  [${goal.bucket}] ${goal.title} (from ${goal.startDate}${hours})`);
  }
}
console.log("\nThe next 4 weeks:");
for (const task of plan.tasks ?? []) console.log(`  [ ] ${task.title} (${task.minutes} min)`);
const report = checkAlignment(plan, { asOf: "2026-12-07" });
console.log(`\nAlignment check: ${report.issues.length} issues, score ${report.score}`);
