import { assertIsoDate, dateParts, monthName } from "../_lib/dates.ts";
import type { CapabilityInput, Goal, IsoDate, MilestoneInput, VisionInput } from "../model/index.ts";

/**
 * Options of {@link draftGoals}.
 *
 * @example
 * ```ts
 * const options: DraftGoalsOptions = { asOf: "2026-11-22" };
 * ```
 *
 * @category Vision
 */
export interface DraftGoalsOptions {
  /** The day the goals start; default the vision's `startDate`. */
  asOf?: IsoDate | string;
}

/**
 * Drafts one SMART goal per capability of a milestone. Each draft is
 * measurable (its title states the hours of focused work and the evidence to
 * show, and `metric` counts the hours) and time-bound (its title ends with
 * "by <Month D, YYYY>", the milestone's date).
 *
 * A draft has the id `g-<capabilityId>`, the milestone's id, the bucket of the
 * capability's kind (default core), `startDate` = `asOf` or the vision's start,
 * `dueDate` = the milestone's date and the capability's `effortHours`. Ids the
 * vision does not know, and repeated ids, are skipped.
 *
 * @param milestone - The milestone whose `capabilityIds` become goals.
 * @param vision - The vision holding the capabilities.
 * @param options - `asOf`, the day the goals start.
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
 * draftGoals({ id: "m-6m", title: "6 months", dueDate: "2026-07-05", capabilityIds: ["system-design"] }, vision)[0]?.title;
 * //=> "Complete 60 hours of focused work on System design and show a side project applying the course by July 5, 2026"
 * ```
 *
 * @category Vision
 */
export function draftGoals(milestone: MilestoneInput, vision: VisionInput, options: DraftGoalsOptions = {}): Goal[] {
  const { id: milestoneId, dueDate } = milestone;
  assertIsoDate(dueDate, "draftGoals: milestone.dueDate");
  const startDate = options.asOf ?? vision.startDate;
  assertIsoDate(startDate, options.asOf === undefined ? "draftGoals: vision.startDate" : "draftGoals: options.asOf");
  const { year, day } = dateParts(dueDate);
  const deadline = `by ${monthName(dueDate)} ${day}, ${year}`;
  // Capabilities not yet drafted, first of each id; taken out once drafted, so repeated ids are skipped.
  const undrafted = new Map<string, CapabilityInput>();
  for (const capability of vision.capabilities ?? []) if (!undrafted.has(capability.id)) undrafted.set(capability.id, capability);

  const goals: Goal[] = [];
  for (const capabilityId of milestone.capabilityIds ?? []) {
    const capability = undrafted.get(capabilityId);
    if (capability === undefined) continue;
    undrafted.delete(capabilityId);
    const name = capability.name.trim() || capabilityId;
    const effort = capability.effortHours ?? 0;
    const goal: Goal = {
      id: `g-${capabilityId}`,
      title: titleOf(name, effort, evidenceOf(capability.evidence), deadline),
      milestoneId,
      bucket: capability.kind ?? "core",
      capabilityIds: [capabilityId],
      startDate,
      dueDate,
    };
    if (effort > 0) {
      goal.effortHours = effort;
      goal.metric = { metric: `hours of focused work on ${name}`, unit: "h", baseline: 0, target: effort };
    }
    goals.push(goal);
  }
  return goals;
}

// Measurable (hours, or one piece of work) and time-bound, so checkSmart accepts the draft.
function titleOf(name: string, effort: number, evidence: string | undefined, deadline: string): string {
  if (!(effort > 0)) return `Show 1 piece of work that proves ${name}${evidence === undefined ? "" : ` (${evidence})`} ${deadline}`;
  return `Complete ${effort} ${effort === 1 ? "hour" : "hours"} of focused work on ${name} and show ${evidence ?? "1 result that proves it"} ${deadline}`;
}

// "A side project." reads as "a side project" mid-sentence; "API design" keeps its capitals.
function evidenceOf(evidence: string | undefined): string | undefined {
  let text = evidence?.trim() ?? "";
  while (text !== "" && ".!;,".includes(text[text.length - 1]!)) text = text.slice(0, -1).trimEnd();
  if (text === "") return undefined;
  const [first = "", second = ""] = text;
  return second !== "" && second === second.toLowerCase() && first !== first.toLowerCase() ? first.toLowerCase() + text.slice(1) : text;
}
