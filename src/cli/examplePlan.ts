// The built-in example plan that `careerplan demo` runs end to end: the seeds'
// "Become a senior software engineer in 5 years". It lives in
// examples/senior-engineer.plan.json so the examples, the demo and the tests
// share one copy, and a user can run `careerplan check` on it.
import type { PlanInput } from "../index.ts";
import plan from "../../examples/senior-engineer.plan.json";

/** The date the example plan is checked on (its "today"). */
export const SENIOR_ENGINEER_AS_OF = "2026-11-22";

/** The plan; the test suite checks that parsePlan accepts it unchanged. */
export const seniorEngineerPlan: PlanInput = plan as PlanInput;
