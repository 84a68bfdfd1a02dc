import { isIsoDate } from "../_lib/dates.ts";
import { createIssue } from "../_lib/issues.ts";
import type { CapabilityInput, Issue, MilestoneInput, PlanInput } from "../model/index.ts";
import { deconstructionOf, flexibilityExample, visionAnchorOf } from "./answerFrame.ts";
import { clause, horizonLabel, monthYear, oneLine, sentence } from "./phrasing.ts";

/**
 * A recent achievement to tell in an interview.
 *
 * @category Narrative
 */
export interface Achievement {
  /** A short label for the achievement ("Dashboard load time"); told when `result` is blank. */
  title: string;
  /** What was achieved, as you would say it ("I improved our main dashboard's load time by 40%"). */
  result: string;
  /** The vision capability the achievement built. */
  capabilityId?: string;
  /** The skill or insight it taught ("efficient data retrieval patterns and microservice orchestration"). */
  learned?: string;
}

/**
 * Options of {@link interviewNarrative}.
 *
 * @category Narrative
 */
export interface InterviewNarrativeOptions {
  /** When given, the future step skips milestones due before this day. */
  asOf?: string;
}

/**
 * The three-step story of an achievement and the interview answer frame.
 *
 * @category Narrative
 */
export interface InterviewNarrativeResult {
  /** Past/present: the result. */
  pastPresent: string;
  /** Bridge: the capability (and insight) the result built. */
  bridge: string;
  /** Future: the milestone and the vision it serves. */
  future: string;
  /** The three steps as one paragraph. */
  text: string;
  /** The answer frame for "How do you balance short-term goals with your long-term vision?". */
  frame: {
    /** The vision, its target date, why it matters and where. */
    visionAnchor: string;
    /** The milestones in date order as a chain ("6-month: … → 1-year: … → 3-year: …"). */
    deconstruction: string;
    /** The latest goal tweaked or replaced in a review, and why; or an honest note that none was. */
    flexibility: string;
  };
  /** `ref/unknown` when `capabilityId` names no vision capability; empty otherwise. */
  issues: Issue[];
}

/**
 * Frames an achievement for an interview in three steps: what you achieved
 * (past/present), the capability it built (bridge), and the milestone and
 * vision it serves (future); plus the answer frame: vision anchor,
 * deconstruction logic and a demonstration of flexibility from the plan's
 * review history.
 *
 * The future step names the earliest milestone (from `options.asOf` on, when
 * given) that lists the capability or holds a goal building it. Without a
 * known capability the bridge tells only what was learned, and the future
 * points at the vision. A `capabilityId` the vision does not list gives a
 * `ref/unknown` warning and is otherwise ignored.
 *
 * @param plan - The plan the achievement belongs to.
 * @param achievement - The result, the capability it built and what it taught.
 * @param options - `asOf` to skip milestones already past.
 * @returns The three steps, the paragraph, the answer frame and any issues.
 * @throws {TypeError} `plan` has no vision, or `achievement` is not an object.
 * @throws {RangeError} `options.asOf` is given and is not a `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * const plan: PlanInput = {
 *   vision: {
 *     id: "v",
 *     statement: "Become a senior software engineer designing fault-tolerant systems",
 *     startDate: "2026-01-05",
 *     targetDate: "2030-12-31",
 *     capabilities: [{ id: "reliability", name: "Reliability engineering" }],
 *   },
 *   milestones: [{ id: "m-3y", title: "Drive a reliability initiative", dueDate: "2029-01-05", horizon: "3y", capabilityIds: ["reliability"] }],
 * };
 * const story = interviewNarrative(plan, {
 *   title: "Dashboard load time",
 *   result: "I improved the load time of our main dashboard by 40%",
 *   capabilityId: "reliability",
 *   learned: "efficient data retrieval patterns",
 * });
 * story.bridge; //=> "That work built my reliability engineering: I learned efficient data retrieval patterns."
 * story.frame.deconstruction; //=> "I broke the vision into milestones: 3-year: Drive a reliability initiative."
 * ```
 *
 * @category Narrative
 */
export function interviewNarrative(
  plan: Readonly<PlanInput>,
  achievement: Readonly<Achievement>,
  options: Readonly<InterviewNarrativeOptions> = {},
): InterviewNarrativeResult {
  if (typeof plan !== "object" || plan === null || typeof plan.vision !== "object" || plan.vision === null) {
    throw new TypeError(`interviewNarrative: plan must be an object with a vision, got ${plan === null ? "null" : typeof plan}`);
  }
  if (typeof achievement !== "object" || achievement === null) {
    throw new TypeError(`interviewNarrative: achievement must be an object, got ${achievement === null ? "null" : typeof achievement}`);
  }
  if (options.asOf !== undefined && !isIsoDate(options.asOf)) {
    throw new RangeError(`interviewNarrative: options.asOf must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(String(options.asOf).slice(0, 40))}`);
  }
  const { vision } = plan;
  const issues: Issue[] = [];
  const capabilityId = achievement.capabilityId;
  const capability = capabilityId === undefined ? undefined : vision.capabilities?.find((candidate) => candidate.id === capabilityId);
  if (capabilityId !== undefined && !capability) {
    issues.push(createIssue("ref/unknown", "warning", ["achievement", "capabilityId"], `"${capabilityId}" names no capability of the vision`, "Use the id of one of plan.vision.capabilities."));
  }
  const pastPresent = sentence(String(achievement.result ?? "").trim() === "" ? achievement.title : achievement.result);
  const bridge = bridgeOf(capability, achievement.learned);
  const milestone = capability ? servingMilestone(plan, capability.id, options.asOf) : undefined;
  const future = futureOf(milestone, vision.statement);
  return {
    pastPresent,
    bridge,
    future,
    text: [pastPresent, bridge, future].filter((part) => part !== "").join(" "),
    frame: { visionAnchor: visionAnchorOf(vision), deconstruction: deconstructionOf(plan.milestones ?? []), flexibility: flexibilityExample(plan) },
    issues,
  };
}

function bridgeOf(capability: CapabilityInput | undefined, learned: string | undefined): string {
  const insight = learned === undefined || learned.trim() === "" ? undefined : clause(learned);
  if (!capability) return insight ? `That work taught me ${insight}.` : "";
  const built = `That work built my ${clause(capability.name)}${insight ? `: I learned ${insight}` : ""}.`;
  const evidence = capability.evidence?.trim() ? ` It adds to the evidence for it: ${clause(capability.evidence)}.` : "";
  return built + evidence;
}

function servingMilestone(plan: Readonly<PlanInput>, capabilityId: string, asOf: string | undefined): MilestoneInput | undefined {
  const viaGoals = new Set<string>();
  for (const goal of plan.goals ?? []) if (goal.milestoneId !== undefined && goal.capabilityIds?.includes(capabilityId)) viaGoals.add(goal.milestoneId);
  let best: MilestoneInput | undefined;
  for (const milestone of plan.milestones ?? []) {
    if (!isIsoDate(milestone.dueDate) || (asOf !== undefined && milestone.dueDate < asOf)) continue;
    if (!milestone.capabilityIds?.includes(capabilityId) && !viaGoals.has(milestone.id)) continue;
    if (!best || milestone.dueDate < best.dueDate) best = milestone;
  }
  return best;
}

function futureOf(milestone: MilestoneInput | undefined, statement: string): string {
  const vision = clause(statement);
  if (!milestone) return vision === "" ? "" : `Next, I will build on it toward my vision: ${vision}.`;
  const label = horizonLabel(milestone.horizon);
  const target = `${label ? `my ${label} milestone` : "the milestone"}, "${oneLine(milestone.title) || milestone.id}" (due ${monthYear(milestone.dueDate)})`;
  return `Next, I will build on it toward ${target}${vision === "" ? "" : `, on the way to my vision: ${vision}`}.`;
}
