import { requireObject, requirePlan } from "../_lib/args.ts";
import { assertIsoDate, isIsoDate } from "../_lib/dates.ts";
import { createIssue } from "../_lib/issues.ts";
import { oneLine } from "../_lib/markdown.ts";
import { horizonLabel } from "../_lib/horizon.ts";
import { byDueDate } from "../_lib/order.ts";
import type { CapabilityInput, Issue, MilestoneInput, PlanInput } from "../model/index.ts";
import { bonusDetailsOf, deconstructionOf, flexibilityExample, reachedMilestones, visionAnchorOf } from "./answerFrame.ts";
import { type Earned, earnedEvidence } from "./evidence.ts";
import { clause, monthYear, sentence, told, withoutFinalStops } from "./phrasing.ts";
import { listWords } from "../_lib/wording.ts";

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
    /** The seeds' bonus details: the review practice (quarterly reviews, OKR-style grades, the canvas) and the mentors or sponsors named in the vision's "who". */
    bonusDetails: string;
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
 * The story claims only what is earned: the bridge cites as evidence the
 * capability's done goals and the `evidence` logged (on or before `asOf`) on
 * goals building it, and speaks of the evidence the plan still expects in the
 * future tense ("I plan to prove it with …"); the deconstruction marks a
 * milestone "(done)" only when all its goals are done. The frame adds the
 * seeds' bonus details: the review practice with the reviews held so far,
 * and the mentors or sponsors the vision's `who` names.
 *
 * The future step names the earliest milestone not yet reached (from
 * `options.asOf` on, when given) that lists the capability or holds a goal building it. Without a
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
 * story.bridge; //=> "That work developed my skills in reliability engineering: I learned efficient data retrieval patterns."
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
  const where = "interviewNarrative";
  requirePlan(where, plan);
  requireObject(where, "achievement", achievement);
  const { asOf } = options;
  if (asOf !== undefined) assertIsoDate(asOf, `${where}: options.asOf`);
  const { vision } = plan;
  const { capabilityId } = achievement;
  const capability = capabilityId === undefined ? undefined : vision.capabilities?.find((candidate) => candidate.id === capabilityId);
  const issues: Issue[] =
    capability || capabilityId === undefined
      ? []
      : [createIssue("ref/unknown", "warning", ["achievement", "capabilityId"], `"${capabilityId}" is not a vision capability`, "Use an id from plan.vision.capabilities.")];
  const pastPresent = sentence(achievement.result) || sentence(achievement.title);
  const bridge = bridgeOf(capability, achievement.learned, capability && earnedEvidence(plan, asOf ?? LAST_DAY).get(capability.id));
  const future = futureOf(capability && servingMilestone(plan, capability.id, asOf), vision.statement);
  return {
    pastPresent,
    bridge,
    future,
    text: [pastPresent, bridge, future].filter(Boolean).join(" "),
    frame: {
      visionAnchor: visionAnchorOf(vision),
      deconstruction: deconstructionOf(plan.milestones ?? [], plan.goals ?? []),
      flexibility: flexibilityExample(plan),
      bonusDetails: bonusDetailsOf(plan),
    },
    issues,
  };
}

/** The last day a log entry can have: without asOf, all logged evidence counts. */
const LAST_DAY = "9999-12-31";

// Only earned evidence is told as done: done goals and logged evidence. The evidence the plan still expects is told as a plan.
function bridgeOf(capability: CapabilityInput | undefined, learned: string | undefined, earned: Earned | undefined): string {
  const insight = clause(learned);
  if (!capability) return insight && `That work taught me ${insight}.`;
  const doneGoals = earned?.doneGoals ?? [];
  // Logged evidence is the person's own words: kept as written (names keep their capitals), final stops dropped.
  const logged = (earned?.logged ?? []).map(withoutFinalStops).filter(Boolean);
  const proof =
    doneGoals.length > 0 || logged.length > 0
      ? (doneGoals.length > 0 ? ` It builds on ${doneGoals.length === 1 ? "a goal" : "goals"} I have completed: ${listWords(doneGoals.map((title) => `"${oneLine(title).replace(/\.$/, "")}"`))}.` : "") +
        (logged.length > 0 ? ` My evidence so far: ${listWords(logged)}.` : "")
      : told(" I plan to prove it with ", capability.evidence);
  return `That work developed my skills in ${clause(capability.name)}${insight && `: I learned ${insight}`}.${proof}`;
}

// The earliest milestone not yet reached, from asOf on, that lists the capability or holds a goal building it: the future is what is still ahead.
function servingMilestone(plan: Readonly<PlanInput>, capabilityId: string, asOf = ""): MilestoneInput | undefined {
  const reached = reachedMilestones(plan.goals ?? []);
  // Milestones that goals building the capability name (a goal without a milestoneId names none).
  const viaGoals = new Set(plan.goals?.filter((goal) => goal.milestoneId !== undefined && goal.capabilityIds?.includes(capabilityId)).map((goal) => goal.milestoneId));
  const serving = plan.milestones?.filter(
    (milestone) =>
      isIsoDate(milestone.dueDate) && milestone.dueDate >= asOf && !reached.has(milestone.id) && (milestone.capabilityIds?.includes(capabilityId) || viaGoals.has(milestone.id)),
  );
  return serving?.sort(byDueDate)[0];
}

function futureOf(milestone: MilestoneInput | undefined, statement: string): string {
  const vision = clause(statement);
  const label = horizonLabel(milestone?.horizon);
  const target = milestone && `${label ? `my ${label}` : "the"} milestone, "${oneLine(milestone.title) || milestone.id}" (due ${monthYear(milestone.dueDate)})`;
  // "toward the milestone, on the way to my vision", or toward whichever of the two there is.
  const toward = [target, vision && `my vision: ${vision}`].filter(Boolean).join(", on the way to ");
  return toward && `Next, I will build on it toward ${toward}.`;
}
