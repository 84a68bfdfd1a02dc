// Verdicts that need the plan: achievable (effort against the capacity of the
// goal's bucket) and relevant (a link to a milestone, a capability or the
// vision's words). The plan's lookups are built once per plan object.
import { daysBetween, isIsoDate } from "../_lib/dates.ts";
import { bucketCapacityHours, DEFAULT_RATIOS } from "../_lib/defaults.ts";
import type { Bucket, GoalInput, PlanInput } from "../model/index.ts";
import { type CompiledLexicon, stem } from "./compiledLexicon.ts";
import { fail, formatHours } from "./textCriteria.ts";
import { WORD, tokenize } from "./tokens.ts";
import type { CriterionResult } from "./types.ts";

interface PlanIndex {
  milestones: ReadonlyMap<string, string>;
  capabilities: ReadonlyMap<string, { name: string; kind: "core" | "auxiliary" }>;
  visionWords: ReadonlySet<string>;
}

const indexes = new WeakMap<PlanInput, PlanIndex>();
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
  const bucket = goal.bucket ?? deriveBucket(goal, indexOf(plan, lexicon));
  const ratio = (plan.ratios ?? DEFAULT_RATIOS)[bucket];
  const days = daysBetween(start!, deadline!);
  const capacity = bucketCapacityHours(plan.hoursPerWeek!, ratio, days);
  const effort = goal.effortHours!;
  const detail = `the ${formatHours(capacity)} h the ${bucket} bucket has from ${start} to ${deadline} (${plan.hoursPerWeek} h/week × ${Math.round(ratio * 100)}%)`;
  const evidence = [`effortHours: ${effort}`, `hoursPerWeek: ${plan.hoursPerWeek}`, `${bucket} ratio: ${ratio}`];
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
  let index = indexes.get(plan);
  if (index !== undefined) return index;
  const vision = plan.vision;
  const milestones = new Map<string, string>();
  for (const milestone of plan.milestones ?? []) if (!milestones.has(milestone.id)) milestones.set(milestone.id, milestone.title);
  const capabilities = new Map<string, { name: string; kind: "core" | "auxiliary" }>();
  const texts = [vision.statement, vision.what, vision.targetRole, vision.industry];
  for (const capability of vision.capabilities ?? []) {
    if (!capabilities.has(capability.id)) capabilities.set(capability.id, { name: capability.name, kind: capability.kind ?? "core" });
    texts.push(capability.name);
  }
  index = { milestones, capabilities, visionWords: new Set(texts.flatMap((text) => topicWords(text ?? "", lexicon))) };
  indexes.set(plan, index);
  return index;
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
