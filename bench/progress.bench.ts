import { careerCanvas, measureProgress, renderPlanMarkdown, renderPlanMermaid, renderRoadmapSvg } from "../src/index.ts";
import { generatePlan } from "./generatePlan.ts";
import type { BenchSuite } from "./suite.ts";

// 100,000 goals, 200,000 micro-tasks (half done), 4,000 milestones, 10,000 capabilities.
const plan = generatePlan(100_000, 2);
const asOf = "2027-06-30";

export const suite: BenchSuite = {
  name: "progress",
  iterations: 5,
  time: 0,
  tasks: [
    { name: "measureProgress (100k goals, 200k tasks)", fn: () => measureProgress(plan, { asOf }), itemsPerCall: 100_000 },
    { name: "renderPlanMarkdown (100k goals, no diagrams)", fn: () => renderPlanMarkdown(plan, { asOf, diagrams: false }), itemsPerCall: 100_000 },
    { name: "renderPlanMarkdown (100k goals, with diagrams)", fn: () => renderPlanMarkdown(plan, { asOf }), itemsPerCall: 100_000 },
    { name: "renderPlanMermaid gantt (100k goals)", fn: () => renderPlanMermaid(plan, { asOf }), itemsPerCall: 100_000 },
    { name: "renderRoadmapSvg (100k goals)", fn: () => renderRoadmapSvg(plan, { asOf }), itemsPerCall: 100_000 },
    { name: "careerCanvas (100k goals, 10k capabilities)", fn: () => careerCanvas(plan, { capabilities: ["c0", "Capability 1"] }, { asOf }), itemsPerCall: 100_000 },
  ],
};
