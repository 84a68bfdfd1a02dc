import { fail } from "../_lib/args.ts";
import { BUCKETS } from "../_lib/defaults.ts";
import type { Bucket, GoalInput, VisionInput } from "../model/index.ts";

/**
 * Puts a goal into its 70/20/10 bucket.
 *
 * An explicit `goal.bucket` wins. Otherwise a goal that builds a core
 * capability of the vision (a capability's `kind` defaults to core) is core,
 * one that builds only auxiliary capabilities is auxiliary, and anything else
 * (no capabilities, or ids the vision doesn't list) is exploratory. Unknown
 * ids are ignored here; `checkAlignment` reports them as `ref/unknown`.
 *
 * Runs in O(goal capabilities × vision capabilities).
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
  return goalClassifier(vision)(goal);
}

/**
 * {@link classifyGoal} for the many goals of one vision: the capabilities'
 * kinds are looked up in a map built once (on the first goal that needs it),
 * so n goals take O(n) rather than a scan of the vision per capability id.
 * Not re-exported.
 */
export function goalClassifier(vision: Readonly<VisionInput>): (goal: Readonly<GoalInput>) => Bucket {
  // Whether an id names a core capability (kind missing or "core"); with repeated ids, any core one counts.
  let isCore: Map<string, boolean> | undefined;
  return (goal) => {
    const explicit = goal.bucket;
    if (explicit !== undefined) {
      if (BUCKETS.includes(explicit)) return explicit;
      fail("classifyGoal", "goal.bucket", '"core", "auxiliary" or "exploratory"', explicit, TypeError);
    }
    isCore ??= coreByCapabilityId(vision);
    let auxiliary = false;
    for (const id of goal.capabilityIds ?? []) {
      const core = isCore.get(id);
      if (core === true) return "core";
      if (core === false) auxiliary = true;
    }
    return auxiliary ? "auxiliary" : "exploratory";
  };
}

function coreByCapabilityId(vision: Readonly<VisionInput>): Map<string, boolean> {
  const isCore = new Map<string, boolean>();
  for (const { id, kind } of vision.capabilities ?? []) {
    if (typeof id === "string") isCore.set(id, isCore.get(id) === true || kind !== "auxiliary");
  }
  return isCore;
}
