// Generates large, valid, well-linked plans for the benchmarks: `goals` goals
// spread over milestones, each with `tasksPerGoal` micro-tasks.
import { addDays } from "../src/_lib/dates.ts";
import type { PlanInput } from "../src/index.ts";

const BUCKETS = ["core", "core", "core", "core", "core", "core", "core", "auxiliary", "auxiliary", "exploratory"] as const;

export function generatePlan(goals: number, tasksPerGoal = 2): PlanInput {
  const start = "2026-01-05";
  const milestoneCount = Math.max(4, Math.ceil(goals / 25));
  const capabilityCount = Math.max(4, Math.ceil(goals / 10));
  const capabilities = Array.from({ length: capabilityCount }, (_, index) => ({
    id: `c${index}`,
    name: `Capability ${index}`,
    kind: index % 5 === 4 ? ("auxiliary" as const) : ("core" as const),
    effortHours: 10,
    ...(index > 0 && index % 3 === 0 ? { requires: [`c${index - 1}`] } : {}),
  }));
  const milestones = Array.from({ length: milestoneCount }, (_, index) => ({
    id: `m${index}`,
    title: `Milestone ${index}`,
    dueDate: addDays(start, 30 + Math.floor((index * 1700) / milestoneCount)),
    capabilityIds: [`c${index % capabilityCount}`],
  }));
  const goalList = Array.from({ length: goals }, (_, index) => {
    const milestone = milestones[index % milestoneCount]!;
    return {
      id: `g${index}`,
      title: `Publish ${1 + (index % 5)} reports on capability ${index % capabilityCount} by ${milestone.dueDate}`,
      milestoneId: milestone.id,
      bucket: BUCKETS[index % BUCKETS.length]!,
      capabilityIds: [`c${index % capabilityCount}`],
      startDate: start,
      dueDate: milestone.dueDate,
      effortHours: 1 + (index % 7),
      status: "active" as const,
    };
  });
  const tasks = goalList.flatMap((goal) =>
    Array.from({ length: tasksPerGoal }, (_, step) => ({ id: `${goal.id}-t${step}`, goalId: goal.id, title: `Step ${step + 1}`, minutes: 45, done: step === 0 })),
  );
  return {
    vision: { id: "v", statement: "Become a staff engineer in 5 years", startDate: start, targetDate: "2030-12-31", capabilities },
    milestones,
    goals: goalList,
    tasks,
    reviews: [{ id: "r1", date: "2026-10-01", kind: "quarterly" }],
    hoursPerWeek: 10,
    ratios: { core: 0.7, auxiliary: 0.2, exploratory: 0.1 },
  };
}
