// A backend developer aiming at staff engineer in 7 years, with a promotion to
// senior engineer pinned on the way: a whole plan in one createPlan call.
import { checkAlignment, createPlan, type VisionInput } from "careerplan";

const asOf = "2026-12-07";
const vision: VisionInput = {
  id: "staff-engineer", statement: "Become a staff engineer at a product company within 7 years, leading the architecture of systems millions rely on",
  startDate: asOf, targetDate: "2033-12-07",
  why: "I want to build systems people can rely on and help other engineers grow", what: "Distributed systems design, technical strategy, cross-team influence and mentoring",
  where: "Platform engineering at a product company", who: "The junior engineers I mentor, my engineering manager as sponsor, and the staff engineers I learn from",
  targetRole: "Staff engineer", industry: "Software",
  capabilities: [
    { id: "distributed-systems", name: "Distributed systems design", effortHours: 120, source: "skill", evidence: "A design doc for a sharded service, reviewed by 2 senior engineers" },
    { id: "observability", name: "OpenTelemetry", source: "technology", effortHours: 40 },
    { id: "tech-strategy", name: "Technical strategy", effortHours: 150, requires: ["distributed-systems"], evidence: "A 12-month technical roadmap adopted by my org" },
    { id: "influence", name: "Cross-team influence", kind: "auxiliary", effortHours: 80, requires: ["distributed-systems"] },
    { id: "senior-role", name: "Get promoted to senior engineer", source: "custom", effortHours: 30, requires: ["distributed-systems"], by: "2029-06-30" },
    { id: "staff-role", name: "Hold a staff engineer role", source: "custom", effortHours: 40, requires: ["tech-strategy", "influence", "senior-role"] },
  ],
};

const { plan, issues } = createPlan(vision, { asOf: "2026-12-07", hoursPerWeek: 5 });
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
