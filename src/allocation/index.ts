// Public functions of this area are re-exported here.
export { allocateEffort, type AllocateEffortOptions, type AllocateEffortResult } from "./allocateEffort.ts";
export { classifyGoal } from "./classifyGoal.ts";
export {
  measureAllocation,
  type MeasureAllocationOptions,
  type MeasureAllocationResult,
  type RebalanceMove,
} from "./measureAllocation.ts";
