// Verdicts that need the plan: achievable (effort against the capacity of the
// goal's bucket) and relevant (a link to a milestone, a capability or the
// vision's words). What depends on the plan alone is derived once per plan
// object and cached; mutating a plan after its first check is not supported,
// except that replacing its vision, milestones or capabilities is noticed (the
// cache compares those by identity). Capacity is worked out for each goal.
import { daysBetween, isIsoDate } from "../_lib/dates.ts";
import { bucketCapacityHours, DEFAULT_RATIOS } from "../rules/defaults.ts";
import type { Bucket, GoalInput, PlanInput } from "../model/index.ts";
import { STOP_WORDS } from "./lexicon.ts";
import { failed, formatHours, passed, unknown } from "./textCriteria.ts";
import { WORD, tokenize } from "./tokens.ts";
import type { CriterionResult } from "./types.ts";
import { stem } from "./vocabulary.ts";

interface PlanIndex {
  /** What the index was built from, to notice a replaced part. */
  vision: PlanInput["vision"];
  capabilityList: PlanInput["vision"]["capabilities"];
  milestoneList: PlanInput["milestones"];
  milestones: ReadonlyMap<string, string>;
  capabilities: ReadonlyMap<string, { name: string; kind: "core" | "auxiliary" }>;
  visionWords: ReadonlySet<string>;
}

const indexes = new WeakMap<PlanInput, PlanIndex>();
const SHOWN_WORDS = 3;

/** Effort against the hours of the goal's bucket from its start to its deadline. */
export function judgeAchievable(goal: GoalInput, deadline: string | undefined, asOf: string | undefined, plan: PlanInput): CriterionResult {
  const start = isIsoDate(goal.startDate) ? goal.startDate : asOf;
  const { effortHours: effort } = goal;
  const { hoursPerWeek } = plan;
  const missing =
    effort === undefined ? "effortHours" : deadline === undefined ? "a deadline" : start === undefined ? "a startDate (or asOf)" : hoursPerWeek === undefined ? "the plan's hoursPerWeek" : undefined;
  if (missing !== undefined) return unknown(`it has no ${missing} to weigh the effort against`);
  const bucket = goal.bucket ?? deriveBucket(goal, indexOf(plan));
  // A bucket outside the three (unvalidated input) has no ratio: its capacity and share read NaN.
  const ratio = (plan.ratios ?? DEFAULT_RATIOS)[bucket];
  const capacity = bucketCapacityHours(hoursPerWeek!, ratio, daysBetween(start!, deadline!));
  const detail = `the ${formatHours(capacity)} h the ${bucket} bucket has from ${start} to ${deadline} (${hoursPerWeek} h/week × ${Math.round(ratio * 100)}%)`;
  const evidence = [`effortHours: ${effort}`, `hoursPerWeek: ${hoursPerWeek}`, `${bucket} ratio: ${ratio}`];
  if (effort! <= capacity + 1e-9) return passed(`${formatHours(effort!)} h of effort fit in ${detail}`, evidence);
  return failed(`${formatHours(effort!)} h of effort exceed ${detail}`, evidence);
}

/** A milestone or capability link, exploratory by choice, or words shared with the vision. */
export function judgeRelevant(goal: GoalInput | undefined, text: string, plan: PlanInput | undefined): CriterionResult {
  if (goal?.bucket === "exploratory") return passed("it is exploratory by choice", ["bucket: exploratory"]);
  const index = plan === undefined ? undefined : indexOf(plan);
  const milestoneId = goal?.milestoneId;
  if (milestoneId !== undefined && (index === undefined || index.milestones.has(milestoneId))) {
    const title = index?.milestones.get(milestoneId);
    return passed(title === undefined ? `it names milestone ${milestoneId}` : `it supports the milestone "${title}"`, [`milestoneId: ${milestoneId}`]);
  }
  for (const id of goal?.capabilityIds ?? []) {
    const capability = index?.capabilities.get(id);
    if (index === undefined || capability !== undefined) {
      return passed(`it builds the capability "${capability?.name ?? id}"`, [`capabilityIds: ${id}`]);
    }
  }
  if (index === undefined) return unknown("there is no plan to compare it with");
  const shared = sharedWords(text, index.visionWords);
  if (shared.length > 0) return passed("it shares its topic with the vision", shared);
  const broken = milestoneId !== undefined ? ` (milestone ${milestoneId} is not in the plan)` : "";
  return failed(`it supports no milestone or vision capability and shares no topic with the vision${broken}`, []);
}

/** The bucket a goal without one falls in: that of the vision capability it builds. */
function deriveBucket(goal: GoalInput, index: PlanIndex): Bucket {
  let bucket: Bucket = "exploratory";
  for (const id of goal.capabilityIds ?? []) {
    const kind = index.capabilities.get(id)?.kind;
    if (kind === "core") return "core";
    if (kind === "auxiliary") bucket = "auxiliary";
  }
  return bucket;
}

function indexOf(plan: PlanInput): PlanIndex {
  let index = indexes.get(plan);
  const vision = plan.vision;
  if (index === undefined || index.vision !== vision || index.capabilityList !== vision.capabilities || index.milestoneList !== plan.milestones) {
    index = buildIndex(plan);
    indexes.set(plan, index);
  }
  return index;
}

function buildIndex(plan: PlanInput): PlanIndex {
  const vision = plan.vision;
  const milestones = new Map<string, string>();
  for (const milestone of plan.milestones ?? []) if (!milestones.has(milestone.id)) milestones.set(milestone.id, milestone.title);
  const capabilities = new Map<string, { name: string; kind: "core" | "auxiliary" }>();
  const texts = [vision.statement, vision.what, vision.targetRole, vision.industry];
  for (const capability of vision.capabilities ?? []) {
    if (!capabilities.has(capability.id)) capabilities.set(capability.id, { name: capability.name, kind: capability.kind ?? "core" });
    texts.push(capability.name);
  }
  const visionWords = new Set(texts.flatMap((text) => topicWords(text ?? "")));
  return { vision, capabilityList: vision.capabilities, milestoneList: plan.milestones, milestones, capabilities, visionWords };
}

function sharedWords(text: string, visionWords: ReadonlySet<string>): string[] {
  const shared: string[] = [];
  for (const word of topicWords(text)) if (visionWords.has(word) && !shared.includes(word) && shared.length < SHOWN_WORDS) shared.push(word);
  return shared;
}

function topicWords(text: string): string[] {
  const { count, kind, text: words } = tokenize(text);
  const topics: string[] = [];
  for (let index = 0; index < count; index++) {
    const word = words[index]!;
    if (kind[index] === WORD && word.length > 2 && !STOP_WORDS.has(word)) topics.push(stem(word));
  }
  return topics;
}
