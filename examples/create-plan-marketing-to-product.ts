// A marketing coordinator aiming at product manager in 3 years and head of
// product in 10: the product manager role is pinned as an intermediate destination.
import { checkAlignment, createPlan, type VisionInput } from "careerplan";

const asOf = "2026-12-07";
const vision: VisionInput = {
  id: "head-of-product", statement: "Become a product manager within 3 years and head of product within 10 years at a consumer software company",
  startDate: asOf, targetDate: "2036-12-07",
  why: "I want to decide what gets built, not only how it is sold", what: "Product discovery, analytics, roadmapping and leading a product team",
  where: "Consumer software product management", who: "The product managers I shadow, my marketing director as sponsor, and the customers I interview",
  targetRole: "Head of product", industry: "Consumer software",
  capabilities: [
    { id: "discovery", name: "Product discovery", effortHours: 80, evidence: "60 customer interviews synthesised into 3 opportunity briefs" },
    { id: "analytics", name: "Product analytics with Amplitude", source: "technology", effortHours: 50 },
    { id: "pm-role", name: "Land a product manager role", source: "custom", effortHours: 40, requires: ["discovery", "analytics"], by: "2029-12-07" },
    { id: "roadmapping", name: "Roadmapping and prioritisation", effortHours: 100, requires: ["pm-role"], evidence: "A roadmap my team ships against for 2 quarters" },
    { id: "stakeholders", name: "Stakeholder management", kind: "auxiliary", effortHours: 60 },
    { id: "leadership", name: "Leading a product team", effortHours: 200, requires: ["roadmapping"], evidence: "A team of 3 product managers I lead" },
    { id: "head-role", name: "Become head of product", source: "custom", effortHours: 60, requires: ["leadership"] },
  ],
};

const { plan, issues } = createPlan(vision, { asOf: "2026-12-07", hoursPerWeek: 4 });
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
