// A coaching app's "new plan" button: a hand-written vision from the seeds
// (a marketing coordinator aiming at product manager in 3 years) becomes a
// whole plan in one call, which the app then checks before saving it.
import { checkAlignment, createPlan, parsePlan } from "careerplan";

const vision = {
  id: "pm-2029",
  statement: "Become a product manager at a B2B software company within 3 years",
  startDate: "2026-11-23",
  targetDate: "2029-11-23",
  why: "I want to decide what gets built, not only how it is announced",
  what: "Product discovery, roadmap prioritisation and SQL for product analytics",
  where: "B2B software",
  who: "The product managers I shadow and a mentor from the product team",
  targetRole: "Product manager",
  capabilities: [
    { id: "discovery", name: "Product discovery", kind: "core" as const, effortHours: 60, evidence: "30 customer interviews synthesised into a problem brief" },
    { id: "sql", name: "SQL", kind: "core" as const, effortHours: 40, source: "technology" as const },
    { id: "roadmap", name: "Roadmap prioritisation", kind: "core" as const, effortHours: 50, requires: ["discovery"] },
    { id: "stakeholders", name: "Stakeholder management", kind: "auxiliary" as const, effortHours: 30 },
  ],
};

export default function newPlan() {
  const { plan, issues } = createPlan(vision, { asOf: "2026-11-23", hoursPerWeek: 5 });
  const parsed = parsePlan(plan);
  const report = checkAlignment(plan, { asOf: "2026-11-23" });
  return {
    parses: parsed.ok,
    errors: issues.filter((issue) => issue.severity === "error").length,
    alignment: { ok: report.ok, warnings: report.issues.filter((issue) => issue.severity !== "info").map((issue) => issue.code) },
    milestones: (plan.milestones ?? []).map((milestone) => ({ dueDate: milestone.dueDate, title: milestone.title })),
    buckets: [...new Set((plan.goals ?? []).map((goal) => goal.bucket))].sort(),
    tasks: (plan.tasks ?? []).length,
    longestTask: Math.max(...(plan.tasks ?? []).map((task) => task.minutes)),
  };
}
