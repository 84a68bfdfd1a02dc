// A review applies whole or not at all: the decisions are checked while they
// are applied to a copy of the goals, and any error hands back the plan as it was.
import { shown } from "../_lib/args.ts";
import { isIsoDate } from "../_lib/dates.ts";
import { createIssue, sortIssues } from "../_lib/issues.ts";
import type { GoalInput, Issue, PlanInput, ReviewInput } from "../model/index.ts";
import { BAD_DECISION, checkDecisionFields, checkReviewFields, goalFieldsFit, INVALID, isRecord, type Report, wholeGoalFits } from "./decisionFields.ts";
import { isId, NOT_AN_ID } from "./goalFields.ts";
import { reviewTasks } from "./reviewTasks.ts";
import { smartWarnings, type TitleCheck } from "./reviewSmart.ts";
import { firstIndexById } from "../_lib/ids.ts";

/**
 * What {@link applyReview} gives back: the updated plan, or the original plan
 * and the problems that stopped the review.
 *
 * @category Reviews
 */
export interface ApplyReviewResult {
  /** The plan with the review applied; the very object passed in when an issue is an error. */
  plan: PlanInput;
  /** Errors that stopped the review, or SMART warnings on the goal titles it wrote; sorted by path. Empty when all is well. */
  issues: Issue[];
}

/**
 * Applies a review's decisions to the plan's goals and tasks and records the review.
 *
 * For each decision, in order: `keep` leaves the goal as it is; `tweak`
 * merges `changes` onto the goal (shallowly: a new `metric` replaces the old
 * one); `replace` marks the goal `status: "replaced"` and appends
 * `replacement` with `replaces` set to the old goal's id (and
 * `status: "active"` unless it has one) — with `useBackup: true` the
 * replacement is drafted from the goal's `backup` (its title; the old goal's
 * milestone, bucket, capabilities, due date and effort; an id
 * `<goal>-backup` unless `replacement` gives fields to use instead);
 * `drop` marks the goal `status: "dropped"`. A decision acts on the first
 * goal with its `goalId` and may name a goal another decision of the same
 * review has just added. The review is appended to `plan.reviews`.
 *
 * No stale work is left: a replacement or tweaked goal starts on the review
 * date unless it gives its own `startDate` (a tweak leaves the start alone
 * when the goal is due before the review); the open micro-tasks of a replaced
 * or dropped goal get `closedOn` (kept as history, no longer next steps); a
 * tweak of `effortHours` or `dueDate` re-splits the goal's open tasks into
 * 30–60-minute tasks of the effort left, unless they already add up to it.
 * Each title the review writes is checked with {@link checkSmart} on the
 * review date: its `smart/*` warnings come back with paths into the review
 * (the review still applies).
 *
 * The review applies whole or not at all: on any error the plan comes back
 * unchanged, with issues whose paths point into the review — `ref/unknown`
 * (a decision names no goal), `ref/duplicate-id` (the review id is already
 * recorded, or a replacement reuses a goal id), `review/invalid-decision` (a
 * tweak without changes or changing the id, a replace without a replacement
 * or a backup) and `schema/invalid` (any field the review would store that
 * the model refuses: a bad date, kind, outcome, note or notes, missing id,
 * goal fields that break the Goal schema on any outcome). So a plan parsePlan
 * accepts still parses after the review. The input plan and review are never
 * modified; goals and tasks the review does not touch are shared with the input.
 *
 * @param plan - The plan to update.
 * @param review - The review held, with its decisions.
 * @returns The new plan and any SMART warnings, or the input plan and the errors.
 *
 * @example
 * ```ts
 * const plan: PlanInput = {
 *   vision: { id: "v", statement: "Become a senior engineer", startDate: "2026-01-05", targetDate: "2030-12-31" },
 *   goals: [{ id: "g1", title: "Complete one advanced course in system design by June 2026" }],
 * };
 * const { plan: next, issues } = applyReview(plan, {
 *   id: "r1",
 *   date: "2026-04-05",
 *   kind: "quarterly",
 *   decisions: [{ goalId: "g1", outcome: "replace", replacement: { id: "g2", title: "Lead one feature end to end by December 31, 2026" } }],
 * });
 * issues.map((issue) => issue.code); //=> ["smart/not-relevant"]: g2 supports no milestone or capability yet; the review applies
 * next.goals?.map((goal) => [goal.id, goal.status, goal.startDate]);
 * //=> [["g1", "replaced", undefined], ["g2", "active", "2026-04-05"]]
 * ```
 *
 * @category Reviews
 */
export function applyReview(plan: PlanInput, review: ReviewInput): ApplyReviewResult {
  const issues: Issue[] = [];
  // Every problem here stops the review, so every one is an error.
  const report: Report = (code, path, message, hint) => {
    issues.push(createIssue(code, "error", path, message, hint));
  };
  if (!isRecord(review)) {
    report(INVALID, [], "the review must be an object { id, date, kind, decisions }");
    return { plan, issues };
  }
  checkReviewFields(review as unknown as Record<string, unknown>, (plan.reviews ?? []).map((held) => held.id), report);
  const state: ReviewState = {
    goals: [...(plan.goals ?? [])],
    positions: firstIndexById(plan.goals ?? []),
    date: isIsoDate(review.date) ? review.date : undefined,
    closing: new Set(),
    resplitting: new Set(),
    titles: [],
  };
  const decisions: unknown = review.decisions === undefined ? [] : review.decisions;
  if (!Array.isArray(decisions)) report(INVALID, ["decisions"], "must be an array");
  else decisions.forEach((decision: unknown, index) => applyDecision(decision, ["decisions", index], state, report));
  if (issues.length > 0) return { plan, issues: sortIssues(issues) };

  const next: PlanInput = { ...plan, reviews: [...(plan.reviews ?? []), review] };
  if (plan.goals !== undefined || state.goals.length > 0) next.goals = state.goals;
  if (plan.tasks !== undefined) {
    const finalGoal = (id: string) => state.goals[state.positions.get(id)!]!;
    const closing = new Set([...state.closing].filter((id) => ["replaced", "dropped"].includes(finalGoal(id).status ?? "active")));
    const resplitting = new Map([...state.resplitting].filter((id) => (finalGoal(id).status ?? "active") === "active").map((id) => [id, finalGoal(id)]));
    const tasks = reviewTasks(plan.tasks, state.date!, closing, resplitting);
    if (tasks !== plan.tasks) next.tasks = [...tasks];
  }
  return { plan: next, issues: smartWarnings(state.titles, state.goals, next, state.date!) };
}

type Path = (string | number)[];

/** The copy of the goals being rewritten, and what the review leaves to do once every decision is in. */
interface ReviewState {
  goals: GoalInput[];
  /** Where each goal id first appears, so every decision finds its goal without a scan. */
  positions: Map<string, number>;
  /** The review date, when it is one. */
  date: string | undefined;
  /** Goals replaced or dropped: their open tasks close. */
  closing: Set<string>;
  /** Goals whose effort or due date a tweak changed: their open tasks are re-split. */
  resplitting: Set<string>;
  /** Titles the review wrote, for the SMART check. */
  titles: TitleCheck[];
}

/** Checks one decision and, when it is sound, rewrites the goals as it says; a replacement is appended. */
function applyDecision(value: unknown, path: Path, state: ReviewState, report: Report): void {
  if (!isRecord(value)) return report(INVALID, path, "must be an object");
  const { goalId, outcome, changes, replacement, useBackup } = value;
  const index = typeof goalId === "string" ? state.positions.get(goalId) : undefined;
  const goal = index === undefined ? undefined : state.goals[index];
  // Without a goal there is nothing to change: its ref/unknown issue discards the copy anyway.
  const update = (changed: Partial<GoalInput>) => {
    if (goal !== undefined) state.goals[index!] = { ...goal, ...changed };
  };
  if (goal === undefined) report("ref/unknown", [...path, "goalId"], `no goal has the id ${shown(goalId)}`, "Use the id of a goal in plan.goals.");
  if (!checkDecisionFields(value, path, report) || goal === undefined) return;
  if (outcome === "drop") {
    update({ status: "dropped" });
    state.closing.add(goal.id);
  }
  if (outcome === "tweak") {
    if (!isRecord(changes) || Object.keys(changes).length === 0) {
      report(BAD_DECISION, [...path, "changes"], "a tweak must list the fields to change", 'Add e.g. { dueDate: "2027-04-30" }, or use "keep".');
    } else if ("id" in changes) {
      report(BAD_DECISION, [...path, "changes", "id"], "a tweak cannot change the id", 'Use "replace" instead.');
    } else if (goalFieldsFit(changes, [...path, "changes"], report)) {
      const tweaked: GoalInput = { ...goal, ...(changes as Partial<GoalInput>) };
      // The tweaked goal is measured from the review on, unless it says when it starts or was due before the review.
      if (changes.startDate === undefined && state.date !== undefined && !(isIsoDate(tweaked.dueDate) && tweaked.dueDate < state.date)) tweaked.startDate = state.date as never;
      state.goals[index!] = tweaked;
      if ("effortHours" in changes || "dueDate" in changes) state.resplitting.add(goal.id);
      // A tweak that drops the goal leaves no open work either (only a final replaced or dropped status closes tasks).
      if ("status" in changes) state.closing.add(goal.id);
      if ("title" in changes || "dueDate" in changes) state.titles.push({ goalId: goal.id, path: [...path, "changes"] });
    }
  }
  if (outcome === "replace") replaceGoal(goal, replacement, useBackup === true, path, state, report);
}

/** A replace decision: checks the replacement (or drafts it from the backup) and appends it. */
function replaceGoal(goal: GoalInput, replacement: unknown, useBackup: boolean, path: Path, state: ReviewState, report: Report): void {
  const at = [...path, "replacement"];
  if (replacement !== undefined && !isRecord(replacement)) return report(INVALID, at, "must be a goal { id, title, … }");
  if (useBackup && !goal.backup?.trim()) {
    return report(BAD_DECISION, [...path, "useBackup"], "the goal has no backup to use", "Write the backup plan in the goal's backup field, or give a replacement.");
  }
  if (!useBackup && replacement === undefined) return report(BAD_DECISION, at, "a replace needs the new goal", 'Add replacement: { id, title }, or use "drop".');
  const drafted = useBackup ? { ...backupDraft(goal, state.positions), ...(replacement as Record<string, unknown> | undefined) } : (replacement as Record<string, unknown>);
  if (!isId(drafted.id)) return report(INVALID, [...at, "id"], NOT_AN_ID);
  if (state.positions.has(drafted.id)) return report("ref/duplicate-id", [...at, "id"], `${shown(drafted.id)} is already a goal's id`, "Use a new id.");
  if (!wholeGoalFits(drafted, at, report)) return;
  const index = state.positions.get(goal.id)!;
  state.goals[index] = { ...goal, status: "replaced" };
  state.closing.add(goal.id);
  // Later decisions of the same review may name the new goal.
  state.positions.set(drafted.id, state.goals.length);
  const added = { ...drafted, replaces: goal.id, status: drafted.status ?? "active" } as GoalInput;
  if (added.startDate === undefined && state.date !== undefined) added.startDate = state.date as never;
  state.goals.push(added);
  state.titles.push({ goalId: added.id, path: at });
}

/** The replacement a goal's backup plan becomes: its text as the title, the rest of the goal's frame kept. */
function backupDraft(goal: GoalInput, positions: ReadonlyMap<string, number>): Record<string, unknown> {
  let id = `${goal.id}-backup`;
  for (let number = 2; positions.has(id); number++) id = `${goal.id}-backup-${number}`;
  const { milestoneId, bucket, capabilityIds, dueDate, effortHours } = goal;
  const draft: Record<string, unknown> = { id, title: goal.backup!.trim() };
  for (const [field, value] of Object.entries({ milestoneId, bucket, capabilityIds, dueDate, effortHours })) if (value !== undefined) draft[field] = value;
  return draft;
}
