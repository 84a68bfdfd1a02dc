// Verdicts that need the plan: achievable (effort against the capacity of the
// goal's bucket) and relevant (a link to a milestone, a capability or the
// vision's words). They read the plan through PlanFacts: checkSmart looks up
// the few facts one goal needs in the plan as it is now (no cache, so a plan
// changed in place is read afresh), while checkAlignment indexes the plan once
// and judges every goal against that index.
import { daysBetween, isIsoDate } from "../_lib/dates.ts";
import { formatHours } from "../_lib/hours.ts";
import { percent } from "../_lib/percent.ts";
import { stem } from "../_lib/words.ts";
import { type CapabilityKinds, capabilityKinds, goalBucket, isBucket } from "../rules/bucket.ts";
import { bucketCapacityHours, DEFAULT_RATIOS } from "../rules/defaults.ts";
import { indexById, type PlanLists } from "../rules/planIndex.ts";
import type { GoalInput, PlanInput } from "../model/index.ts";
import { ROLE_CHANGE_VERBS, TOPIC_FREE_WORDS } from "./lexicon.ts";
import { failed, passed, unknown } from "./textCriteria.ts";
import { tokenize } from "./tokens.ts";
import type { CriterionResult } from "./types.ts";

/** A capability's name and kind. */
interface CapabilityFacts {
  readonly name: string;
  readonly kind: "core" | "auxiliary";
}

/** What the plan-based verdicts need to know about a plan. */
export interface PlanFacts {
  readonly plan: PlanInput;
  /** The title of the first milestone with this id; undefined when none has it. */
  milestoneTitle(id: string): string | undefined;
  /** The first vision capability with this id. */
  capability(id: string): CapabilityFacts | undefined;
  /** The stemmed topic words of the vision and its capabilities. */
  visionWords(): ReadonlySet<string>;
  /** Whether each capability id is core: what a goal's bucket follows. */
  kinds(): CapabilityKinds;
}

const SHOWN_WORDS = 3;
/** Stems of the verbs that frame a change of role ("becoming" a lead shares no topic with "Become a staff engineer"). */
const ROLE_CHANGE_STEMS: ReadonlySet<string> = new Set([...ROLE_CHANGE_VERBS].map(stem));

/** Facts read straight from `plan` for one goal: each lookup scans the plan as it is now. */
export function lookUpFacts(plan: PlanInput): PlanFacts {
  let words: ReadonlySet<string> | undefined;
  let kinds: CapabilityKinds | undefined;
  return {
    plan,
    milestoneTitle: (id) => plan.milestones?.find((milestone) => milestone.id === id)?.title,
    capability: (id) => capabilityFacts(plan.vision.capabilities?.find((capability) => capability.id === id)),
    // Built at most once per call of checkSmart, from the plan as it is then.
    visionWords: () => (words ??= visionWordsOf(plan)),
    kinds: () => (kinds ??= capabilityKinds(plan.vision.capabilities)),
  };
}

/** Facts over a plan's lists, for many goals of one plan (checkSmartPlan): the maps a goal's links need, O(1) per lookup. */
export function indexFacts(lists: PlanLists): PlanFacts {
  const { plan, milestones, capabilities } = lists;
  const milestoneAt = indexById(milestones);
  const capabilityAt = indexById(capabilities);
  const kinds = capabilityKinds(capabilities);
  // Read only for a goal linked to nothing: most plans never pay for the vision's words.
  let words: ReadonlySet<string> | undefined;
  return {
    plan,
    milestoneTitle: (id) => milestones[milestoneAt.get(id) ?? -1]?.title,
    capability: (id) => capabilityFacts(capabilities[capabilityAt.get(id) ?? -1]),
    visionWords: () => (words ??= visionWordsOf(plan)),
    kinds: () => kinds,
  };
}

function capabilityFacts(capability: { name: string; kind?: "core" | "auxiliary" } | undefined): CapabilityFacts | undefined {
  return capability === undefined ? undefined : { name: capability.name, kind: capability.kind ?? "core" };
}

function visionWordsOf(plan: PlanInput): ReadonlySet<string> {
  const vision = plan.vision;
  const texts = [vision.statement, vision.what, vision.targetRole, vision.industry];
  for (const capability of vision.capabilities ?? []) texts.push(capability.name);
  const stems = texts.flatMap((text) => topicWords(text ?? "").map(stem));
  return new Set(stems.filter((key) => !ROLE_CHANGE_STEMS.has(key)));
}

/** Effort against the hours of the goal's bucket from its start to its deadline. */
export function judgeAchievable(goal: GoalInput, deadline: string | undefined, asOf: string | undefined, facts: PlanFacts): CriterionResult {
  const plan = facts.plan;
  const start = isIsoDate(goal.startDate) ? goal.startDate : asOf;
  const { effortHours: effort } = goal;
  const { hoursPerWeek } = plan;
  const missing =
    effort === undefined ? "effortHours" : deadline === undefined ? "a deadline" : start === undefined ? "a startDate (or asOf)" : hoursPerWeek === undefined ? "the plan's hoursPerWeek" : undefined;
  if (missing !== undefined) return unknown(`it has no ${missing} to weigh the effort against`);
  // A goal's own bucket decides without the capabilities' kinds (a map of every capability, for one goal).
  const bucket = isBucket(goal.bucket) ? goal.bucket : goalBucket(goal, facts.kinds());
  // A bucket outside the three (unvalidated input) has no ratio: its capacity and share read NaN.
  const ratio = (plan.ratios ?? DEFAULT_RATIOS)[bucket];
  const capacity = bucketCapacityHours(hoursPerWeek!, ratio, daysBetween(start!, deadline!));
  const detail = `the ${formatHours(capacity)} h the ${bucket} bucket has from ${start} to ${deadline} (${hoursPerWeek} h/week × ${percent(ratio, 0)}%)`;
  const evidence = [`effortHours: ${effort}`, `hoursPerWeek: ${hoursPerWeek}`, `${bucket} ratio: ${ratio}`];
  if (effort! <= capacity + 1e-9) return passed(`${formatHours(effort!)} h of effort fit in ${detail}`, evidence);
  return failed(`${formatHours(effort!)} h of effort exceed ${detail}`, evidence);
}

/** A milestone or capability link, exploratory by choice, or words shared with the vision. */
export function judgeRelevant(goal: GoalInput | undefined, text: string, facts: PlanFacts | undefined): CriterionResult {
  if (goal?.bucket === "exploratory") return passed("it is exploratory by choice", ["bucket: exploratory"]);
  const milestoneId = goal?.milestoneId;
  const title = milestoneId === undefined ? undefined : facts?.milestoneTitle(milestoneId);
  if (milestoneId !== undefined && (facts === undefined || title !== undefined)) {
    return passed(title === undefined ? `it names milestone ${milestoneId}` : `it supports the milestone "${title}"`, [`milestoneId: ${milestoneId}`]);
  }
  for (const id of goal?.capabilityIds ?? []) {
    const capability = facts?.capability(id);
    if (facts === undefined || capability !== undefined) {
      return passed(`it builds the capability "${capability?.name ?? id}"`, [`capabilityIds: ${id}`]);
    }
  }
  if (facts === undefined) return unknown("there is no plan to compare it with");
  const shared = sharedWords(text, facts.visionWords());
  if (shared.length > 0) return passed("it shares its topic with the vision", shared);
  const broken = milestoneId !== undefined ? ` (milestone ${milestoneId} is not in the plan)` : "";
  return failed(`it supports no milestone or vision capability and shares no topic with the vision${broken}`, []);
}


// Matched by topic stem, quoted as the goal writes them ("designing",
// "analytics"), as all evidence quotes the text: a stem such as "manag" is a
// key, not a word to show.
function sharedWords(text: string, visionWords: ReadonlySet<string>): string[] {
  const shared: string[] = [];
  const seen = new Set<string>();
  for (const word of topicWords(text)) {
    const key = stem(word);
    if (!visionWords.has(key) || seen.has(key)) continue;
    seen.add(key);
    shared.push(word);
    if (shared.length === SHOWN_WORDS) break;
  }
  return shared;
}

/** The words of a text that can carry its topic: more than two letters, not topic-free. */
function topicWords(text: string): string[] {
  const topics: string[] = [];
  for (const token of tokenize(text)) {
    if (token.kind === "word" && token.text.length > 2 && !TOPIC_FREE_WORDS.has(token.text)) topics.push(token.text);
  }
  return topics;
}
