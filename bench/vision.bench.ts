import { decomposeVision, splitIntoMicroTasks, type VisionInput } from "../src/index.ts";
import type { BenchSuite } from "./suite.ts";

// 10,000 capabilities, one in three requiring the one before and one in five
// auxiliary; their 12,500 hours fit 40 h/week over 10 years, spread over all milestones.
const wide: VisionInput = {
  id: "wide",
  statement: "Lead an engineering organisation in 10 years",
  startDate: "2026-01-05",
  targetDate: "2035-12-31",
  capabilities: Array.from({ length: 10_000 }, (_, index) => ({
    id: `c${index}`,
    name: `Capability ${index}`,
    kind: index % 5 === 4 ? ("auxiliary" as const) : ("core" as const),
    effortHours: 0.5 + (index % 4) * 0.5,
    ...(index > 0 && index % 3 === 0 ? { requires: [`c${index - 1}`] } : {}),
  })),
};

// A chain of 50,000: each capability requires the one before.
const chain: VisionInput = {
  ...wide,
  id: "chain",
  capabilities: Array.from({ length: 50_000 }, (_, index) => ({ id: `c${index}`, name: `Capability ${index}`, effortHours: 0.1, ...(index > 0 ? { requires: [`c${index - 1}`] } : {}) })),
};

export const suite: BenchSuite = {
  name: "vision",
  iterations: 10,
  time: 0,
  tasks: [
    { name: "decomposeVision (10k capabilities)", fn: () => decomposeVision(wide, { hoursPerWeek: 40 }), itemsPerCall: 10_000 },
    { name: "decomposeVision (50k chain)", fn: () => decomposeVision(chain, { hoursPerWeek: 40 }), itemsPerCall: 50_000 },
    { name: "splitIntoMicroTasks (100 h goal)", fn: () => splitIntoMicroTasks({ id: "g", title: "Goal", effortHours: 100 }) },
  ],
};
