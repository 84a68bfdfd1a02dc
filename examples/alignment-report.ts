// Check a career plan for breaks between this week's work and the long-term
// vision, and print them like a linter, followed by the review checklist.
import { checkAlignment, keyQuestions, type PlanInput } from "careerplan";

const asOf = "2026-11-22";

// The seeds' senior-engineer plan, aligned…
const plan: PlanInput = {
  vision: {
    id: "senior-engineer",
    statement: "Become a senior software engineer at a product company within 5 years",
    startDate: "2026-01-05",
    targetDate: "2030-12-31",
    industry: "software",
    capabilities: [
      { id: "system-design", name: "system design", kind: "core", effortHours: 60 },
      { id: "feature-ownership", name: "end-to-end feature ownership", kind: "core", effortHours: 120, requires: ["system-design"] },
      { id: "mentoring", name: "mentoring", kind: "auxiliary", effortHours: 40 },
      { id: "technical-leadership", name: "technical leadership", kind: "core", effortHours: 150, requires: ["feature-ownership"] },
    ],
  },
  milestones: [
    { id: "m-6m", title: "Complete an advanced system design course", dueDate: "2026-07-05", horizon: "6m", capabilityIds: ["system-design"] },
    { id: "m-1y", title: "Lead one feature end to end", dueDate: "2027-01-05", horizon: "1y", capabilityIds: ["feature-ownership"] },
    { id: "m-3y", title: "Mentor a junior engineer and drive a reliability initiative", dueDate: "2029-01-05", horizon: "3y", capabilityIds: ["mentoring", "technical-leadership"] },
    { id: "m-final", title: "Senior software engineer", dueDate: "2030-12-31", horizon: "final" },
  ],
  goals: [
    { id: "g-system-design", title: "Complete one advanced course in system design by June 30, 2026", milestoneId: "m-6m", bucket: "core", capabilityIds: ["system-design"], startDate: "2026-01-05", dueDate: "2026-06-30", effortHours: 60, status: "done" },
    { id: "g-lead-feature", title: "Lead one feature end-to-end at work, from planning to rollout, by December 31, 2026", milestoneId: "m-1y", bucket: "core", capabilityIds: ["feature-ownership"], startDate: "2026-07-01", dueDate: "2026-12-31", effortHours: 100 },
    { id: "g-mentor", title: "Mentor one junior engineer every week and document 5 team best practices by June 30, 2027", milestoneId: "m-3y", bucket: "auxiliary", capabilityIds: ["mentoring"], startDate: "2026-07-01", dueDate: "2027-06-30", effortHours: 60 },
    { id: "g-load-time", title: "Cut the dashboard load time from 5 s to 3 s and present the results by December 31, 2027", milestoneId: "m-3y", bucket: "core", capabilityIds: ["technical-leadership"], startDate: "2026-10-01", dueDate: "2027-12-31", effortHours: 110 },
    { id: "g-explore-ai", title: "Build 2 prototypes with an AI coding assistant by March 31, 2027", bucket: "exploratory", startDate: "2026-04-01", dueDate: "2027-03-31", effortHours: 30 },
    { id: "g-promotion", title: "Present a promotion case with 3 design documents to my manager by December 31, 2030", milestoneId: "m-final", bucket: "core", capabilityIds: ["technical-leadership"], startDate: "2029-01-06", dueDate: "2030-12-31", effortHours: 20 },
  ],
  reviews: [{ id: "r-2026-10", date: "2026-10-05", kind: "quarterly" }],
  hoursPerWeek: 6,
};

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
    console.log(`  ${issue.severity.padEnd(7)} ${issue.code.padEnd(30)} ${issue.message}`);
    if (issue.hint) console.log(`  ${"".padEnd(38)} hint: ${issue.hint}`);
  }
  const errors = report.issues.filter((issue) => issue.severity === "error").length;
  const { capabilities, milestones, goals } = report.coverage;
  console.log(`  ${count(errors, "error")}, ${count(report.issues.length - errors, "warning")}; ok: ${report.ok}; score: ${report.score}`);
  console.log(`  coverage: capabilities ${percent(capabilities)}, milestones ${percent(milestones)}, goals ${percent(goals)}\n`);
}

console.log("Key questions for the next review:");
for (const question of keyQuestions(broken, asOf)) console.log(`  - ${question}`);

function count(amount: number, noun: string): string {
  return `${amount} ${noun}${amount === 1 ? "" : "s"}`;
}

function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}
