export * from "./isoDate.ts";
export * from "./issue.ts";
export * from "./plan.ts";
export * from "./parsePlan.ts";
export * from "./planJsonSchema.ts";
