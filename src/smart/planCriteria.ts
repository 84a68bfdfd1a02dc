// Verdicts that need the plan: achievable (effort against the capacity of the
// goal's bucket) and relevant (a link to a milestone, a capability or the
// vision's words). What depends on the plan alone is derived once per plan
// object and cached; mutating a plan after its first check is not supported,
// except that replacing its vision, milestones, capabilities, hoursPerWeek or
// ratios is noticed (the cache compares those by identity).
import { daysBetween, isIsoDate } from "../_lib/dates.ts";
import { bucketCapacityHours, DEFAULT_RATIOS } from "../_lib/defaults.ts";
import type { Bucket, GoalInput, PlanInput, Ratios } from "../model/index.ts";
import { type CompiledLexicon, stem } from "./compiledLexicon.ts";
import { fail, formatHours } from "./textCriteria.ts";
import { WORD, tokenize } from "./tokens.ts";
import type { CriterionResult } from "./types.ts";

interface PlanIndex {
  /** What the index was built from, to notice a replaced part. */
  vision: PlanInput["vision"];
  visionCapabilities: PlanInput["vision"]["capabilities"];
  milestoneList: PlanInput["milestones"];
  milestones: ReadonlyMap<string, string>;
  capabilities: ReadonlyMap<string, { name: string; kind: "core" | "auxiliary" }>;
  visionWords: ReadonlySet<string>;
  /** The capacity texts, rebuilt when hoursPerWeek or ratios change. */
  capacity: CapacityTexts | undefined;
}

/** Evidence and explanation of a bucket's capacity, the same for every goal. */
interface CapacityTexts {
  hoursPerWeek: number;
  ratios: Ratios | undefined;
  hoursEvidence: string;
  buckets: Record<Bucket, BucketTexts>;
}

interface BucketTexts {
  ratio: number;
  evidence: string;
  rate: string;
}

const indexes = new WeakMap<PlanInput, PlanIndex>();
// The last plan seen: a caller checks all of a plan's goals in a row.
let lastPlan: PlanInput | undefined;
let lastIndex: PlanIndex | undefined;
const SHOWN_WORDS = 3;

/** Effort against the hours of the goal's bucket from its start to its deadline. */
export function judgeAchievable(
  goal: GoalInput,
  deadline: string | undefined,
  asOf: string | undefined,
  plan: PlanInput,
  lexicon: CompiledLexicon,
): CriterionResult {
  const start = isIsoDate(goal.startDate) ? goal.startDate : asOf;
  const missing =
    goal.effortHours === undefined ? "effortHours" : deadline === undefined ? "a deadline" : start === undefined ? "a startDate (or asOf)" : plan.hoursPerWeek === undefined ? "the plan's hoursPerWeek" : undefined;
  if (missing !== undefined) return { status: "unknown", reason: `it has no ${missing} to weigh the effort against`, evidence: [] };
  const index = indexOf(plan, lexicon);
  const bucket = goal.bucket ?? deriveBucket(goal, index);
  const shared = capacityTexts(index, plan.hoursPerWeek!, plan.ratios);
  // A bucket outside the three (unvalidated input) gets its texts built on the spot.
  const known = bucket === "core" || bucket === "auxiliary" || bucket === "exploratory";
  const texts = known ? shared.buckets[bucket] : bucketTexts(bucket, plan.ratios ?? DEFAULT_RATIOS, plan.hoursPerWeek!);
  const capacity = bucketCapacityHours(plan.hoursPerWeek!, texts.ratio, daysBetween(start!, deadline!));
  const effort = goal.effortHours!;
  const detail = `the ${formatHours(capacity)} h the ${bucket} bucket has from ${start} to ${deadline}${texts.rate}`;
  const evidence = [`effortHours: ${effort}`, shared.hoursEvidence, texts.evidence];
  if (effort <= capacity + 1e-9) return { status: "pass", reason: `${formatHours(effort)} h of effort fit in ${detail}`, evidence };
  return fail(`${formatHours(effort)} h of effort exceed ${detail}`, evidence);
}

/** A milestone or capability link, exploratory by choice, or words shared with the vision. */
export function judgeRelevant(goal: GoalInput | undefined, text: string, plan: PlanInput | undefined, lexicon: CompiledLexicon): CriterionResult {
  if (goal?.bucket === "exploratory") return { status: "pass", reason: "it is exploratory by choice", evidence: ["bucket: exploratory"] };
  const index = plan === undefined ? undefined : indexOf(plan, lexicon);
  const milestoneId = goal?.milestoneId;
  if (milestoneId !== undefined && (index === undefined || index.milestones.has(milestoneId))) {
    const title = index?.milestones.get(milestoneId);
    return { status: "pass", reason: title === undefined ? `it names milestone ${milestoneId}` : `it supports the milestone "${title}"`, evidence: [`milestoneId: ${milestoneId}`] };
  }
  for (const id of goal?.capabilityIds ?? []) {
    const capability = index?.capabilities.get(id);
    if (index === undefined || capability !== undefined) {
      return { status: "pass", reason: `it builds the capability "${capability?.name ?? id}"`, evidence: [`capabilityIds: ${id}`] };
    }
  }
  if (index === undefined) return { status: "unknown", reason: "there is no plan to compare it with", evidence: [] };
  const shared = sharedWords(text, index.visionWords, lexicon);
  if (shared.length > 0) return { status: "pass", reason: "it shares its topic with the vision", evidence: shared };
  const broken = milestoneId !== undefined ? ` (milestone ${milestoneId} is not in the plan)` : "";
  return fail(`it supports no milestone or vision capability and shares no topic with the vision${broken}`, []);
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

function indexOf(plan: PlanInput, lexicon: CompiledLexicon): PlanIndex {
  let index = plan === lastPlan ? lastIndex : indexes.get(plan);
  const vision = plan.vision;
  if (index === undefined || index.vision !== vision || index.visionCapabilities !== vision.capabilities || index.milestoneList !== plan.milestones) {
    index = buildIndex(plan, lexicon);
    indexes.set(plan, index);
  }
  lastPlan = plan;
  lastIndex = index;
  return index;
}

function buildIndex(plan: PlanInput, lexicon: CompiledLexicon): PlanIndex {
  const vision = plan.vision;
  const milestones = new Map<string, string>();
  for (const milestone of plan.milestones ?? []) if (!milestones.has(milestone.id)) milestones.set(milestone.id, milestone.title);
  const capabilities = new Map<string, { name: string; kind: "core" | "auxiliary" }>();
  const texts = [vision.statement, vision.what, vision.targetRole, vision.industry];
  for (const capability of vision.capabilities ?? []) {
    if (!capabilities.has(capability.id)) capabilities.set(capability.id, { name: capability.name, kind: capability.kind ?? "core" });
    texts.push(capability.name);
  }
  const visionWords = new Set(texts.flatMap((text) => topicWords(text ?? "", lexicon)));
  return { vision, visionCapabilities: vision.capabilities, milestoneList: plan.milestones, milestones, capabilities, visionWords, capacity: undefined };
}

function capacityTexts(index: PlanIndex, hoursPerWeek: number, ratios: Ratios | undefined): CapacityTexts {
  const known = index.capacity;
  if (known !== undefined && known.hoursPerWeek === hoursPerWeek && known.ratios === ratios) return known;
  const shares = ratios ?? DEFAULT_RATIOS;
  const buckets = {
    core: bucketTexts("core", shares, hoursPerWeek),
    auxiliary: bucketTexts("auxiliary", shares, hoursPerWeek),
    exploratory: bucketTexts("exploratory", shares, hoursPerWeek),
  };
  index.capacity = { hoursPerWeek, ratios, hoursEvidence: `hoursPerWeek: ${hoursPerWeek}`, buckets };
  return index.capacity;
}

function bucketTexts(bucket: Bucket, shares: Ratios, hoursPerWeek: number): BucketTexts {
  const ratio = shares[bucket];
  return { ratio, evidence: `${bucket} ratio: ${ratio}`, rate: ` (${hoursPerWeek} h/week × ${Math.round(ratio * 100)}%)` };
}

function sharedWords(text: string, visionWords: ReadonlySet<string>, lexicon: CompiledLexicon): string[] {
  const shared: string[] = [];
  for (const word of topicWords(text, lexicon)) if (visionWords.has(word) && !shared.includes(word) && shared.length < SHOWN_WORDS) shared.push(word);
  return shared;
}

function topicWords(text: string, compiled: CompiledLexicon): string[] {
  const lexicon = compiled.source;
  const { count, kind, text: words } = tokenize(text);
  const topics: string[] = [];
  for (let index = 0; index < count; index++) {
    const word = words[index]!;
    if (kind[index] === WORD && word.length > 2 && !lexicon.stopWords.has(word)) topics.push(stem(word, lexicon.suffixes));
  }
  return topics;
}
