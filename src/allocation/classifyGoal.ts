import { fail } from "../_lib/args.ts";
import { capabilityKinds, goalBucket, isBucket } from "../rules/bucket.ts";
import type { Bucket, GoalInput, VisionInput } from "../model/index.ts";

/**
 * Puts a goal into its 70/20/10 bucket.
 *
 * An explicit `goal.bucket` wins. Otherwise a goal that builds a core
 * capability of the vision (a capability's `kind` defaults to core) is core,
 * one that builds only auxiliary capabilities is auxiliary, and anything else
 * (no capabilities, or ids the vision doesn't list) is exploratory. Unknown
 * ids are ignored here; `checkAlignment` reports them as `ref/unknown`. With
 * repeated capability ids, the first capability decides (as in every lookup by
 * id). checkAlignment and checkSmart classify goals by this same rule.
 *
 * Runs in O(goal capabilities + vision capabilities).
 *
 * @param goal - The goal to classify.
 * @param vision - The vision whose capabilities decide the bucket.
 * @returns `"core"`, `"auxiliary"` or `"exploratory"`.
 * @throws {TypeError} `goal.bucket` is set to something other than a bucket name.
 *
 * @example
 * ```ts
 * import { classifyGoal, type VisionInput } from "careerplan";
 *
 * const vision: VisionInput = {
 *   id: "senior-engineer",
 *   statement: "Become a senior software engineer in 5 years",
 *   startDate: "2026-01-05",
 *   targetDate: "2030-12-31",
 *   capabilities: [
 *     { id: "system-design", name: "System design" },
 *     { id: "mentoring", name: "Mentoring", kind: "auxiliary" },
 *   ],
 * };
 * classifyGoal({ id: "g1", title: "Finish a system design course", capabilityIds: ["system-design"] }, vision);
 * //=> "core"
 * classifyGoal({ id: "g2", title: "Mentor a junior engineer", capabilityIds: ["mentoring"] }, vision);
 * //=> "auxiliary"
 * classifyGoal({ id: "g3", title: "Build 2 prototypes with an AI assistant" }, vision);
 * //=> "exploratory"
 * ```
 *
 * @category Allocation
 */
export function classifyGoal(goal: Readonly<GoalInput>, vision: Readonly<VisionInput>): Bucket {
  if (goal.bucket !== undefined && !isBucket(goal.bucket)) fail("classifyGoal", "goal.bucket", '"core", "auxiliary" or "exploratory"', goal.bucket, TypeError);
  return goalBucket(goal, capabilityKinds(vision.capabilities));
}
