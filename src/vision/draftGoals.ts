import { assertIsoDate } from "../_lib/dates.ts";
import { deadlineWords } from "./deadlineWords.ts";
import type { CapabilityInput, Goal, IsoDate, MilestoneInput, VisionInput } from "../model/index.ts";
import type { CapabilitySchedule } from "./decomposeVision.ts";
import { freeId } from "./freeId.ts";
import { goalWording } from "./goalPhrasing.ts";
import { firstById } from "../_lib/ids.ts";

/**
 * Options of {@link draftGoals}.
 *
 * @example
 * ```ts
 * const options: DraftGoalsOptions = { asOf: "2026-11-22", takenIds: ["g-system-design"] };
 * ```
 *
 * @category Vision
 */
export interface DraftGoalsOptions {
  /** The day the goals start at the earliest; default the vision's `startDate`. */
  asOf?: IsoDate | string;
  /** `decomposeVision`'s schedule: a goal starts when its capability's prerequisites are scheduled to be ready. */
  schedule?: readonly CapabilitySchedule[];
  /** Ids already in use (the plan's goals): a draft never reuses one. */
  takenIds?: Iterable<string>;
}

/**
 * Drafts one SMART goal per capability of a milestone, worded as a coach would:
 * the title names an observable result and ends with "by <Month D, YYYY>",
 * the milestone's date, and `metric` counts that result.
 *
 * The result depends on what the capability is (its `source`, else read from
 * its name): a skill is practised on work projects with written feedback,
 * knowledge is studied into a written summary, a technology is used to build
 * small projects on real questions, an outcome ("Land a PM role") is the goal itself. The
 * capability's `evidence` is the result to show when it has some (ratings and
 * codes, as occupation data carries, are left out).
 *
 * A draft has the id `g-<capabilityId>` (then `-<milestone>`, `-2`… when taken
 * by `takenIds` or an earlier draft), the milestone's id, the bucket of the
 * capability's kind (default core), `startDate` = the later of `asOf` (or the
 * vision's start) and the day its prerequisites are ready in `schedule`,
 * `dueDate` = the milestone's date and the capability's `effortHours`. Ids the
 * vision does not know, and repeated ids, are skipped.
 *
 * @param milestone - The milestone whose `capabilityIds` become goals.
 * @param vision - The vision holding the capabilities.
 * @param options - `asOf`, the `schedule` from decomposeVision and the ids in use.
 * @returns The drafts, in the milestone's `capabilityIds` order.
 * @throws {RangeError} `asOf`, `milestone.dueDate` or (without `asOf`) the
 *   vision's `startDate` is not a `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * const vision = {
 *   id: "senior-engineer",
 *   statement: "Become a senior software engineer in 5 years",
 *   startDate: "2026-01-05",
 *   targetDate: "2030-12-31",
 *   capabilities: [{ id: "system-design", name: "System design", effortHours: 60, evidence: "A side project applying the course" }],
 * };
 * draftGoals({ id: "m-6m", title: "System design practice in place", dueDate: "2026-07-05", capabilityIds: ["system-design"] }, vision)[0]?.title;
 * //=> "Practise system design and show it through a side project applying the course by July 5, 2026"
 * ```
 *
 * @category Vision
 */
export function draftGoals(milestone: MilestoneInput, vision: VisionInput, options: DraftGoalsOptions = {}): Goal[] {
  const { id: milestoneId, dueDate } = milestone;
  assertIsoDate(dueDate, "draftGoals: milestone.dueDate");
  const earliest = options.asOf ?? vision.startDate;
  assertIsoDate(earliest, options.asOf === undefined ? "draftGoals: vision.startDate" : "draftGoals: options.asOf");
  const deadline = deadlineWords(dueDate);
  const readyOn = new Map((options.schedule ?? []).map((entry) => [entry.capabilityId, entry.startDate]));
  const taken = new Set(options.takenIds ?? []);
  // Capabilities not yet drafted, first of each id; taken out once drafted, so repeated ids are skipped.
  const undrafted = firstById(vision.capabilities ?? [], (capability) => capability);

  const goals: Goal[] = [];
  for (const capabilityId of milestone.capabilityIds ?? []) {
    const capability = undrafted.get(capabilityId);
    if (capability === undefined) continue;
    undrafted.delete(capabilityId);
    const { statement, metric, backup } = goalWording(capability);
    const ready = readyOn.get(capabilityId);
    const startDate = ready !== undefined && ready > earliest && ready <= dueDate ? ready : earliest;
    const goal: Goal = {
      id: freeId(`g-${capabilityId}`, milestoneId, taken),
      title: `${statement} ${deadline}`,
      milestoneId,
      bucket: capability.kind ?? "core",
      capabilityIds: [capabilityId],
      startDate,
      dueDate,
      metric,
      backup,
    };
    const effort = capability.effortHours ?? 0;
    if (effort > 0) goal.effortHours = effort;
    goals.push(goal);
  }
  return goals;
}
