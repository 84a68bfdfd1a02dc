// Public functions of the vision area: from a long-term vision to this week's tasks.
export * from "./checkVisionClarity.ts";
export * from "./decomposeVision.ts";
export * from "./interpolateTargets.ts";
export * from "./draftGoals.ts";
export * from "./splitIntoMicroTasks.ts";
export * from "./createPlan.ts";
