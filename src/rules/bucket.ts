// The 70/20/10 bucket of a goal: one rule for classifyGoal, checkAlignment,
// the SMART "achievable" verdict and the plan page's effort mix.
import type { Bucket, CapabilityInput, GoalInput } from "../model/index.ts";
import { firstById } from "../_lib/ids.ts";
import { BUCKETS } from "./defaults.ts";

/** Per capability id, whether it is core (its `kind` missing or "core"); the first capability with an id decides, like every lookup by id. */
export type CapabilityKinds = ReadonlyMap<string, boolean>;

/** The kinds of a vision's capabilities, looked up by id. */
export function capabilityKinds(capabilities: readonly CapabilityInput[] | undefined): CapabilityKinds {
  return firstById(capabilities ?? [], (capability) => capability.kind !== "auxiliary");
}

/** Whether `value` names a bucket. */
export function isBucket(value: unknown): value is Bucket {
  return BUCKETS.includes(value as Bucket);
}

/**
 * The bucket of a goal. A valid explicit `bucket` wins; otherwise a goal that
 * builds a core capability is core, one that builds only auxiliary ones is
 * auxiliary, and anything else (no capabilities, or ids naming nothing) is
 * exploratory. A `bucket` outside the three is ignored here (classified by
 * capabilities): the plan's checks report it, the plain `classifyGoal` throws.
 */
export function goalBucket(goal: Pick<GoalInput, "bucket" | "capabilityIds">, kinds: CapabilityKinds): Bucket {
  if (isBucket(goal.bucket)) return goal.bucket;
  let auxiliary = false;
  for (const id of goal.capabilityIds ?? []) {
    const core = kinds.get(id);
    if (core === true) return "core";
    if (core === false) auxiliary = true;
  }
  return auxiliary ? "auxiliary" : "exploratory";
}

/** {@link goalBucket} for the many goals of one vision: the kinds are looked up once. */
export function goalClassifier(vision: { readonly capabilities?: readonly CapabilityInput[] | undefined }): (goal: Pick<GoalInput, "bucket" | "capabilityIds">) => Bucket {
  const kinds = capabilityKinds(vision.capabilities);
  return (goal) => goalBucket(goal, kinds);
}
