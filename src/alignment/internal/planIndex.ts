// Private: the lookups every alignment rule needs, built once per check so each
// rule stays a single linear pass (no rule scans another collection per item).
import { goalClassifier } from "../../allocation/classifyGoal.ts";
import { goalStatus } from "../../_lib/defaults.ts";
import { firstById } from "../../_lib/ids.ts";
import { createIssue, formatPath } from "../../_lib/issues.ts";
import type { Bucket, CapabilityInput, GoalInput, Issue, MilestoneInput, PlanInput, ReviewInput } from "../../model/index.ts";

/** Where an issue points, as `createIssue` takes it. */
export type Path = readonly (string | number)[];

/** Index of the first item with each id (later duplicates are reported, never looked up); an absent id finds nothing. */
export type IdIndex = ReadonlyMap<string | undefined, number>;

/** The plan's collections (empty when absent) and id lookups. */
export interface PlanIndex {
  /** The plan as given; never written to. */
  readonly plan: PlanInput;
  /** The date the check is made on. */
  readonly asOf: string;
  readonly capabilities: readonly CapabilityInput[];
  readonly milestones: readonly MilestoneInput[];
  readonly goals: readonly GoalInput[];
  readonly tasks: NonNullable<PlanInput["tasks"]>;
  readonly reviews: readonly ReviewInput[];
  readonly capabilityAt: IdIndex;
  readonly milestoneAt: IdIndex;
  readonly goalAt: IdIndex;
  /** Per goal, the index of the milestone its milestoneId names, if any. Looked up once: big maps are slow to probe. */
  readonly goalMilestone: readonly (number | undefined)[];
  /** Per task, the index of the goal its goalId names, if any. */
  readonly taskGoal: readonly (number | undefined)[];
  /** Per goal, its 70/20/10 bucket when it is active (a missing status is active); `undefined` marks the others. */
  readonly buckets: readonly (Bucket | undefined)[];
}

/** Builds the lookups of `plan` in O(size of the plan). */
export function indexPlan(plan: PlanInput, asOf: string): PlanIndex {
  const capabilities = plan.vision.capabilities ?? [];
  const milestones = plan.milestones ?? [];
  const goals = plan.goals ?? [];
  const tasks = plan.tasks ?? [];
  const milestoneAt = firstIndexById(milestones);
  const goalAt = firstIndexById(goals);
  const bucketOf = goalClassifier(plan.vision);
  return {
    plan,
    asOf,
    capabilities,
    milestones,
    goals,
    tasks,
    reviews: plan.reviews ?? [],
    capabilityAt: firstIndexById(capabilities),
    milestoneAt,
    goalAt,
    goalMilestone: goals.map((goal) => milestoneAt.get(goal.milestoneId)),
    taskGoal: tasks.map((task) => goalAt.get(task.goalId)),
    buckets: goals.map((goal) => (goalStatus(goal) === "active" ? bucketOf(goal) : undefined)),
  };
}

/** Maps each id to the index of its first item (see {@link firstById}). */
export function firstIndexById(items: readonly { readonly id: string }[]): IdIndex {
  return firstById(items, (_, index) => index);
}

/** Pushes a warning; most alignment rules raise nothing else. */
export function warn(issues: Issue[], code: string, path: Path, message: string, hint: string): void {
  issues.push(createIssue(code, "warning", path, message, hint));
}

/** `issue` moved to `path`, its message's old path replaced by `lead` (createIssue writes the new one). */
export function moveIssue(issue: Issue, path: Path, lead = ""): Issue {
  const oldPrefix = `${formatPath(issue.path)}: `;
  const message = issue.message.startsWith(oldPrefix) ? issue.message.slice(oldPrefix.length) : issue.message;
  return createIssue(issue.code, issue.severity, path, lead + message, issue.hint);
}
