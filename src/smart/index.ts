// Public functions of this area are re-exported here.
export * from "./checkSmart.ts";
export * from "./checkSmartPlan.ts";
export * from "./parseDeadline.ts";
export type * from "./types.ts";
