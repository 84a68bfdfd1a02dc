// The shared senior-engineer plan is fully aligned on SENIOR_ENGINEER_AS_OF;
// tests get a fresh deep copy to vary.
import type { PlanInput } from "../../src/index.ts";
import { SENIOR_ENGINEER_AS_OF, seniorEngineerPlan } from "../fixtures/seniorEngineerPlan.ts";

export const AS_OF = SENIOR_ENGINEER_AS_OF;

/** The aligned plan; a fresh deep copy on every call, so tests can vary it freely. */
export function alignedPlan(): PlanInput {
  return structuredClone(seniorEngineerPlan);
}
