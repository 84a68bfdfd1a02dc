// A nurse moving into health-data analytics in 4 years, drawn three ways: the
// Mermaid gantt and effort-mix pie to paste into a README, an issue or a
// Notion page, and the standalone SVG roadmap an app shows or prints.
import { renderPlanMermaid, renderRoadmapSvg, type PlanInput } from "careerplan";

const plan: PlanInput = {
  vision: {
    id: "health-data-analyst",
    statement: "Move from ward nursing into health-data analytics at a hospital trust within 4 years",
    startDate: "2026-02-01",
    targetDate: "2029-12-31",
  },
  milestones: [
    { id: "m-6m", title: "Finish a SQL and statistics certificate", dueDate: "2026-08-01", horizon: "6m" },
    { id: "m-1y", title: "Build a falls-risk dashboard for my ward", dueDate: "2027-02-01", horizon: "1y" },
    { id: "m-3y", title: "Join the trust's analytics team as a junior analyst", dueDate: "2029-02-01", horizon: "3y" },
  ],
  goals: [
    {
      id: "g-certificate",
      title: "Complete the data analytics certificate: 8 courses by July 31, 2026",
      milestoneId: "m-6m",
      bucket: "core",
      startDate: "2026-02-01",
      dueDate: "2026-07-31",
      effortHours: 120,
      metric: { metric: "courses", target: 8, current: 8 },
      status: "done",
    },
    { id: "g-dashboard", title: "Ship a falls-risk dashboard used at 2 shift handovers a day", milestoneId: "m-1y", bucket: "core", startDate: "2026-08-01", dueDate: "2027-01-31", effortHours: 80 },
    { id: "g-shadow", title: "Shadow the trust's analytics team for 5 days", milestoneId: "m-3y", bucket: "auxiliary", startDate: "2026-10-01", dueDate: "2027-03-31", effortHours: 40 },
    { id: "g-python", title: "Try a Python course on time series", bucket: "exploratory", startDate: "2026-11-01", dueDate: "2027-04-30", effortHours: 20 },
  ],
};
// The time logged so far this month: the pie shows where it went.
const logged = {
  ...plan,
  log: [
    { date: "2026-11-03", minutes: 240, goalId: "g-dashboard" },
    { date: "2026-11-10", minutes: 60, goalId: "g-shadow" },
    { date: "2026-11-17", minutes: 45, goalId: "g-python" },
  ],
} as PlanInput;
const asOf = "2026-11-22";

console.log("```mermaid");
console.log(renderPlanMermaid(plan, { asOf }).trimEnd());
console.log("```\n");
console.log("```mermaid");
console.log(renderPlanMermaid(logged, { asOf, kind: "mix" }).trimEnd());
console.log("```\n");

const svg = renderRoadmapSvg(plan, { asOf, width: 960 });
console.log(`SVG roadmap: ${svg.split("\n")[0]!.match(/width="\d+" height="\d+"/)![0]}, ${svg.length} characters`);
console.log(svg.match(/<desc [^>]*>(.*)<\/desc>/)![1]);
