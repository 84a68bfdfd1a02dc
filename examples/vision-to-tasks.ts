// From a 5-year vision to this week's 45-minute task: check the vision with
// the 5W method, back-calculate milestones, draft SMART goals for the first
// milestone, and split one goal into micro-tasks.
import { checkVisionClarity, decomposeVision, draftGoals, formatIssue, interpolateTargets, splitIntoMicroTasks, type VisionInput } from "careerplan";

const vision: VisionInput = {
  id: "senior-engineer",
  statement: "Become a senior software engineer at a product company within 5 years, designing fault-tolerant systems for global users",
  startDate: "2026-01-05",
  targetDate: "2030-12-31",
  why: "I value building systems people can rely on and helping colleagues grow",
  what: "System design, end-to-end feature ownership, mentoring and technical leadership",
  where: "Software engineering at a product company with global users",
  who: "My team lead as sponsor, a senior mentor, and the junior engineers I coach",
  capabilities: [
    { id: "system-design", name: "System design", kind: "core", effortHours: 60, evidence: "A side project applying the course" },
    { id: "feature-ownership", name: "End-to-end feature ownership", kind: "core", effortHours: 120, requires: ["system-design"] },
    { id: "mentoring", name: "Mentoring", kind: "auxiliary", effortHours: 20, evidence: "Weekly sessions with one junior engineer" },
    { id: "technical-leadership", name: "Technical leadership", kind: "core", effortHours: 150, requires: ["feature-ownership"] },
  ],
};

// 1. Is the vision clear? A vague one ("become an expert") would be flagged too.
const clarity = checkVisionClarity(vision);
console.log(`Vision clarity: ${clarity.score * 100}% (${Object.entries(clarity.answered).filter(([, yes]) => yes).map(([question]) => question).join(", ")} answered)`);
const { why: _why, who: _who, ...withoutWhyAndWho } = vision;
const vague = checkVisionClarity({ ...withoutWhyAndWho, statement: "Become an expert and get promoted" });
console.log(`A vaguer version scores ${Math.round(vague.score * 100)}%:`);
for (const issue of vague.issues) console.log(`  ${issue.code}  ${formatIssue(issue)}`);

// 2. Back-calculate the milestones from 6 hours a week (70% core, 20% auxiliary).
const { milestones, issues } = decomposeVision(vision, { hoursPerWeek: 6 });
console.log(`\nMilestones (${issues.length} issues):`);
for (const milestone of milestones) console.log(`  ${milestone.dueDate}  ${milestone.id.padEnd(8)} ${milestone.title}`);

// Intermediate targets for one indicator, linear in time: 5 s today, 3 s at the target date.
const loadTime = interpolateTargets({ metric: "dashboard load time", unit: "s", baseline: 5, target: 3 }, milestones, { start: vision.startDate, decimals: 1 });
console.log(`  dashboard load time: ${loadTime.map((milestone) => `${milestone.indicators[0]!.target} s by ${milestone.id}`).join(", ")}`);

// 3. Draft SMART goals for the first milestone.
const first = milestones[0]!;
const goals = draftGoals(first, vision);
console.log(`\nGoals for ${first.id}:`);
for (const goal of goals) console.log(`  [${goal.bucket}] ${goal.title}`);

// 4. This week's micro-tasks for the first goal, 30 to 45 minutes each: three named steps, the rest planned later.
const { tasks, unplannedMinutes } = splitIntoMicroTasks(goals[0]!, {
  maxMinutes: 45,
  steps: ["Pick the system design course and book the first session", { title: "Watch and take notes on module 1", minutes: 90 }, "Sketch the side project's first design"],
});
console.log(`\nThis week (${unplannedMinutes} minutes left to plan later):`);
for (const task of tasks) console.log(`  ${task.id}  ${task.title} (${task.minutes} min)`);
