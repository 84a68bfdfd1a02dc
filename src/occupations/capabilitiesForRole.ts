import type { Capability, Issue } from "../model/index.ts";
import { createIssue, sortIssues } from "../_lib/issues.ts";
import { listWords } from "../_lib/wording.ts";
import { jobZone } from "./jobZones.ts";
import type { JobZone } from "./jobZones.ts";
import { lookupRole, roleTechnologies, usedTechnologies } from "./lookupRole.ts";
import type { RoleLookup } from "./lookupRole.ts";
import { byImportance } from "./occupationSkills.ts";
import { readProfile } from "./profile.ts";
import { describe } from "./resolve.ts";
import type { OccupationTechnology } from "./technologies.ts";
import type { OccupationRef, OccupationSkill, SkillSource } from "./types.ts";

/**
 * Where a capability comes from: an O*NET® skill (29.0), knowledge area (29.3) or
 * technology (30.0); `"custom"` is for those an app adds itself (a level framework).
 *
 * @example
 * ```ts
 * const source: CapabilitySource = "technology";
 * ```
 *
 * @category Occupations
 */
export type CapabilitySource = "skill" | "knowledge" | "technology" | "custom";

/**
 * A capability from {@link capabilitiesForRole}: a plan `Capability` that says
 * where it comes from.
 *
 * @example
 * ```ts
 * const sql: RoleCapability = { id: "structured-query-language-sql", name: "Structured query language SQL", kind: "core", effortHours: 40, source: "technology" };
 * ```
 *
 * @category Occupations
 */
export interface RoleCapability extends Capability {
  source: CapabilitySource;
}

/**
 * What a capability asks for, as {@link CapabilitiesForRoleOptions.estimateEffort}
 * sees it: a skill or knowledge area with its ratings, or a technology.
 *
 * @example
 * ```ts
 * const requirement: RoleRequirement = { source: "knowledge", elementId: "2.C.4.a", slug: "mathematics", name: "Mathematics", importance: 3.9, level: 4.5 };
 * ```
 *
 * @category Occupations
 */
export type RoleRequirement = (OccupationSkill & { source: "skill" | "knowledge" }) | (OccupationTechnology & { source: "technology" });

/**
 * How many capabilities of each source {@link capabilitiesForRole} returns.
 *
 * @example
 * ```ts
 * const counts: CapabilityCounts = { skill: 3, knowledge: 2, technology: 6 };
 * ```
 *
 * @category Occupations
 */
export interface CapabilityCounts {
  skill?: number;
  knowledge?: number;
  technology?: number;
}

/**
 * Options of {@link capabilitiesForRole}.
 *
 * @example
 * ```ts
 * const options: CapabilitiesForRoleOptions = { from: "Registered Nurses", top: 12, profile: { Python: true }, effortPerLevel: 30 };
 * ```
 *
 * @category Occupations
 */
export interface CapabilitiesForRoleOptions {
  /** Where the person stands: an O*NET-SOC code, a title or a search ("RN"). The gap is computed from it. */
  from?: string;
  /** What the person already has: skill or knowledge levels 0–7 by name, slug or element id, technologies by name (`true` or a level > 0). Overrides what `from` says. */
  profile?: Readonly<Record<string, number | boolean>>;
  /** How many capabilities to return (a positive integer, default 12): 40% technologies, 25% knowledge, the rest skills, rounded; a source with too few gives its places to the others. */
  top?: number;
  /** How many of each source, instead of the split of `top` (a missing source then gets none; no places are passed on). */
  counts?: CapabilityCounts;
  /** How many capabilities are `core`; the rest are `auxiliary` (default half, rounded up). */
  coreCount?: number;
  /** Leave out skills and knowledge areas less important than this, 1–5 (default 1: none left out). */
  minImportance?: number;
  /** Hours to gain one level of a skill or knowledge area (default 40): `effortHours = round(gap × effortPerLevel)`. */
  effortPerLevel?: number;
  /** Hours to learn a technology to working use (default 40). */
  effortPerTechnology?: number;
  /** Replaces both formulas: hours to take `requirement` from `currentLevel` (0 for a technology) to what the role needs (finite, ≥ 0). */
  estimateEffort?: (requirement: RoleRequirement, currentLevel: number) => number;
  /** A skill or knowledge level `from` has that is at most this far below the target's still transfers (default 0.5, about O*NET's margin of error). */
  transferMargin?: number;
  /** Put in front of each capability id, e.g. `"onet-"` (default none). */
  idPrefix?: string;
}

/**
 * How far one capability is from what the role needs.
 *
 * @example
 * ```ts
 * const [gap]: SkillGap[] = capabilitiesForRole("15-1299.09", { counts: { skill: 1, knowledge: 0, technology: 0 }, profile: { "critical-thinking": 3 } }).gaps;
 * [gap?.currentLevel, gap?.skill?.level, gap?.gap];
 * //=> [3, 4.25, 1.25]
 * ```
 *
 * @category Occupations
 */
export interface SkillGap {
  /** The id of the capability it became. */
  capabilityId: string;
  /** Where the capability comes from. */
  source: "skill" | "knowledge" | "technology";
  /** The skill or knowledge area and the role's ratings of it. */
  skill?: OccupationSkill;
  /** The technology and how the role uses it. */
  technology?: OccupationTechnology;
  /** The level the person has: from the profile, else from `from`, else 0 (0 for a technology not used). */
  currentLevel: number;
  /** The role's level minus `currentLevel`, 2 decimals, > 0 (1 for a technology). */
  gap: number;
}

/**
 * What {@link capabilitiesForRole} returns.
 *
 * @example
 * ```ts
 * const { jobZones, issues }: CapabilitiesForRoleResult = capabilitiesForRole("15-2051.01", { from: "Cashiers" });
 * [jobZones.from?.zone, jobZones.target?.zone, issues.map((issue) => issue.code)];
 * //=> [2, 4, ["zone/step-up"]]
 * ```
 *
 * @category Occupations
 */
export interface CapabilitiesForRoleResult {
  /** The occupation asked for; absent when nothing matches. */
  occupation?: OccupationRef;
  /** Whose skill and knowledge ratings were used; `fallback: true` when borrowed. */
  source?: SkillSource;
  /** Whose technologies were used when the role has none of its own. */
  technologySource?: OccupationRef;
  /** The occupation `from` named. */
  from?: OccupationRef;
  /** The O*NET Job Zones (the preparation each needs) of the target and of `from`. */
  jobZones: { target?: JobZone; from?: JobZone };
  /** Ready for `Vision.capabilities`: skills, knowledge and technologies in turn, each best first; core then auxiliary. */
  capabilities: RoleCapability[];
  /** One entry per capability, in the same order. */
  gaps: SkillGap[];
  /** What transfers: what the profile says the person has at the role's level, and, from `from`, the role's important skills and knowledge (importance ≥ 3) at its level and its first 15 technologies. */
  held: RoleCapability[];
  /** The role's and `from`'s issues (path `["from"]` for those of `from`), `occupation/same` and `zone/step-up` (info), and `occupation/unknown-skill` (info) per unmatched profile key. */
  issues: Issue[];
}

/** Shares of `top` by source: technologies, knowledge; skills take the rest. */
const SHARES = { technology: 0.4, knowledge: 0.25 };
/** Skills and knowledge at least this important are listed in `held` when they transfer. */
const HELD_IMPORTANCE = 3;
/** Technologies the person already uses are listed in `held` when among the role's first this many. */
const HELD_TECHNOLOGIES = 15;
/** Technologies ranking under this share of the role's best one are not listed as gaps. */
const MIN_RELATIVE_RANK = 0.25;
/** At most this many technologies of one O*NET commodity title; the others are named as alternatives. */
const PER_COMMODITY = 2;

/**
 * Turns a destination role into the capabilities a vision needs: its O*NET®
 * skills, knowledge areas and technologies, and, given where the person stands,
 * only the gap.
 *
 * - Skills (29.0) and knowledge (29.3) come most important first; the current level
 *   is the profile's, else the `from` occupation's, else 0. One is a gap when the
 *   role's level is higher — by more than `transferMargin` (0.5) when the level is
 *   `from`'s — and costs `round(gap × effortPerLevel)` hours (40 per level).
 * - Technologies (30.0) come by rank: how specific to the role's field (Excel, used
 *   almost everywhere, ranks last), doubled when its commodity title names the role's
 *   work ("Project management software"), tripled when O*NET flags it in demand for
 *   the role, plus half when hot. One the person uses (`from` lists it, or the profile
 *   names it) is held, not a gap; the others cost `effortPerTechnology` (40) hours.
 *   At most two of one commodity title are listed; the others are named as
 *   alternatives in the evidence.
 * - `top` (12) splits as 40% technologies, 25% knowledge and the rest skills; a
 *   source with too few gaps gives its places to the others. The list takes the
 *   sources in turn (skill, knowledge, technology), each best first; the first
 *   `coreCount` are core.
 *
 * Names are O*NET's plain names; ratings, codes and the source release go in
 * `evidence`; `source` says skill, knowledge or technology. Both Job Zones are
 * reported, with a `zone/step-up` info when the target is two or more zones above
 * `from`. An unknown role or `from` gives an `occupation/unknown` issue, never a throw.
 *
 * @param role - The destination: an O*NET-SOC code, a title or a search ("BI analyst").
 * @param options - `from`, `profile`, `top`, `counts`, `coreCount`, `minImportance`, the effort formula, `transferMargin`, `idPrefix`.
 * @returns The capabilities, their gaps, what transfers, both occupations and Job Zones, and issues.
 * @throws {TypeError} `role` or `from` is not a string, or `estimateEffort` is not a function.
 * @throws {RangeError} A count is not a valid integer, a profile level is outside 0–7, or an effort is negative or not finite.
 *
 * @example
 * ```ts
 * import { capabilitiesForRole } from "careerplan/occupations";
 *
 * const { capabilities, held } = capabilitiesForRole("Business Intelligence Analysts", { from: "Registered Nurses" });
 * capabilities.filter((capability) => capability.source === "technology").map((capability) => capability.name);
 * //=> ["Tableau", "Amazon Web Services AWS software", "Microsoft Azure software", "Python", "Structured query language SQL"]
 * held.map((capability) => capability.name).slice(0, 3);
 * //=> ["Reading Comprehension", "Critical Thinking", "Active Learning"]
 * ```
 *
 * @category Occupations
 */
export function capabilitiesForRole(role: string, options: CapabilitiesForRoleOptions = {}): CapabilitiesForRoleResult {
  const settings = readOptions(options);
  const target = lookupRole(role, "capabilitiesForRole", [], "role");
  const named = options.from === undefined ? undefined : lookupRole(options.from, "capabilitiesForRole", ["from"], "from");
  const profile = readProfile(options.profile ?? {});
  const issues: Issue[] = [...target.issues, ...(named?.issues ?? [])];
  // The same occupation on both sides says nothing about the gap: the role's full needs are listed.
  const same = named?.entry !== undefined && named.entry === target.entry;
  if (same) issues.push(sameIssue(target.occupation!));
  const from = same ? undefined : named;
  const result: CapabilitiesForRoleResult = { jobZones: {}, capabilities: [], gaps: [], held: [], issues };
  if (target.occupation) result.occupation = target.occupation;
  if (target.source) result.source = target.source;
  if (named?.occupation) result.from = named.occupation;
  const targetZone = jobZone(target.entry);
  const fromZone = jobZone(named?.entry);
  if (targetZone) result.jobZones.target = targetZone;
  if (fromZone) result.jobZones.from = fromZone;
  if (targetZone && fromZone && target.occupation && from?.occupation && targetZone.zone - fromZone.zone >= 2) issues.push(stepUpIssue(target.occupation, targetZone, from.occupation, fromZone));

  const candidates: Record<"skill" | "knowledge" | "technology", Candidate[]> = { skill: [], knowledge: [], technology: [] };
  if (target.entry) {
    for (const source of ["skill", "knowledge"] as const) {
      const split = ratedCandidates(source, target, from, profile.levels, settings);
      candidates[source] = split.gaps;
      result.held.push(...split.held);
    }
    const technologies = roleTechnologies(target.entry);
    if (technologies.source) result.technologySource = technologies.source;
    const fromTechnologies = from?.entry ? usedTechnologies(from.entry) : new Set<string>();
    const split = technologyCandidates(technologies.technologies, fromTechnologies, profile.technologies, target, technologies.source, settings);
    candidates.technology = split.gaps;
    result.held.push(...split.held);
  }

  const chosen = choose(candidates, settings);
  const coreCount = options.coreCount ?? Math.ceil(chosen.length / 2);
  checkCount("coreCount", coreCount, 0);
  const ids = new Set<string>();
  for (const candidate of chosen) {
    if (ids.has(candidate.capability.id)) continue;
    ids.add(candidate.capability.id);
    result.capabilities.push({ ...candidate.capability, kind: result.capabilities.length < coreCount ? "core" : "auxiliary" });
    result.gaps.push(candidate.gap);
  }
  const profileIssues = profile.unknown.map((key) =>
    createIssue("occupation/unknown-skill", "info", ["profile", key], "names no O*NET skill, knowledge area or technology; it is ignored", 'Use a skill or knowledge name, slug or element id ("Critical Thinking", "critical-thinking", "2.A.2.a") or a technology name ("Tableau")'),
  );
  result.issues = sortIssues([...issues, ...profileIssues]);
  return result;
}

interface Settings {
  counts: Required<CapabilityCounts>;
  /** Whether a source with too few gaps gives its places to the others (not when `counts` says how many). */
  share: boolean;
  minImportance: number;
  effortPerLevel: number;
  effortPerTechnology: number;
  estimateEffort: ((requirement: RoleRequirement, currentLevel: number) => number) | undefined;
  transferMargin: number;
  idPrefix: string;
}

interface Candidate {
  capability: RoleCapability;
  gap: SkillGap;
}

function readOptions(options: CapabilitiesForRoleOptions): Settings {
  const top = options.top ?? 12;
  checkCount("top", top, 1);
  const given = options.counts;
  const technology = given ? (given.technology ?? 0) : Math.round(top * SHARES.technology);
  const knowledge = given ? (given.knowledge ?? 0) : Math.round(top * SHARES.knowledge);
  const skill = given ? (given.skill ?? 0) : Math.max(0, top - technology - knowledge);
  for (const [name, value] of Object.entries({ skill, knowledge, technology })) checkCount(`counts.${name}`, value, 0);
  const effortPerLevel = options.effortPerLevel ?? 40;
  const effortPerTechnology = options.effortPerTechnology ?? 40;
  const transferMargin = options.transferMargin ?? 0.5;
  for (const [name, value] of Object.entries({ effortPerLevel, effortPerTechnology, transferMargin })) {
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) throw new RangeError(`capabilitiesForRole: ${name} must be a finite number ≥ 0, got ${String(value)}`);
  }
  if (options.estimateEffort !== undefined && typeof options.estimateEffort !== "function") throw new TypeError("capabilitiesForRole: estimateEffort must be a function");
  return {
    counts: { skill, knowledge, technology },
    share: options.counts === undefined,
    minImportance: options.minImportance ?? 1,
    effortPerLevel,
    effortPerTechnology,
    estimateEffort: options.estimateEffort,
    transferMargin,
    idPrefix: options.idPrefix ?? "",
  };
}

/** The role's skills or knowledge areas split into gaps (most important first) and what transfers. */
function ratedCandidates(source: "skill" | "knowledge", target: RoleLookup, from: RoleLookup | undefined, profileLevels: Map<string, number>, settings: Settings): { gaps: Candidate[]; held: RoleCapability[] } {
  const list = source === "skill" ? target.skills : target.knowledge;
  const fromLevels = new Map((source === "skill" ? from?.skills : from?.knowledge)?.map((element) => [element.elementId, element.level]) ?? []);
  const gaps: Candidate[] = [];
  const held: RoleCapability[] = [];
  for (const element of [...list].sort(byImportance)) {
    if (element.importance < settings.minImportance) continue;
    const fromProfile = profileLevels.get(element.elementId);
    const fromOccupation = fromLevels.get(element.elementId);
    const currentLevel = fromProfile ?? fromOccupation ?? 0;
    const gap = Math.round((element.level - Math.min(currentLevel, 7)) * 100) / 100;
    const margin = fromProfile === undefined && fromOccupation !== undefined ? settings.transferMargin : 0;
    const id = `${settings.idPrefix}${element.slug}`;
    const evidence = ratingEvidence(source, element, target.source, fromProfile, fromOccupation === undefined ? undefined : { level: fromOccupation, occupation: from?.source });
    if (gap <= margin) {
      if (fromProfile !== undefined || (fromOccupation !== undefined && element.importance >= HELD_IMPORTANCE)) held.push({ id, name: element.name, effortHours: 0, evidence, source });
      continue;
    }
    const requirement: RoleRequirement = { ...element, source };
    const effortHours = settings.estimateEffort ? checkEffort(settings.estimateEffort(requirement, Math.min(currentLevel, 7)), element.name) : Math.round(gap * settings.effortPerLevel);
    gaps.push({
      capability: { id, name: element.name, effortHours, evidence, source },
      gap: { capabilityId: id, source, skill: element, currentLevel: Math.min(currentLevel, 7), gap },
    });
  }
  return { gaps, held };
}

/** The role's technologies split into gaps (best first, at most PER_COMMODITY per commodity title) and those the person uses. */
function technologyCandidates(
  technologies: OccupationTechnology[],
  fromTechnologies: Set<string>,
  profileTechnologies: Set<string>,
  target: RoleLookup,
  borrowedFrom: OccupationRef | undefined,
  settings: Settings,
): { gaps: Candidate[]; held: RoleCapability[] } {
  const owner = borrowedFrom ?? target.occupation;
  const held: RoleCapability[] = [];
  const open: OccupationTechnology[] = [];
  for (const [rank, technology] of technologies.entries()) {
    if (fromTechnologies.has(technology.slug) || profileTechnologies.has(technology.slug)) {
      // What transfers that matters: what the profile names, and the role's leading technologies, not the office suite.
      if (profileTechnologies.has(technology.slug) || rank < HELD_TECHNOLOGIES) held.push({ id: `${settings.idPrefix}${technology.slug}`, name: technology.name, effortHours: 0, evidence: technologyEvidence(technology, owner, []), source: "technology" });
    } else open.push(technology);
  }
  // A technology far below the role's best ranks is one O*NET lists, not one the move needs.
  const floor = (technologies[0]?.rank ?? 0) * MIN_RELATIVE_RANK;
  const byCommodity = new Map<string, OccupationTechnology[]>();
  for (const technology of open) byCommodity.set(technology.commodity, [...(byCommodity.get(technology.commodity) ?? []), technology]);
  const gaps: Candidate[] = [];
  for (const technology of open) {
    if (technology.rank < floor || technology.rank === 0) continue;
    const group = byCommodity.get(technology.commodity)!;
    const position = group.indexOf(technology);
    if (position >= PER_COMMODITY) continue;
    const alternatives = position === Math.min(group.length, PER_COMMODITY) - 1 ? group.slice(PER_COMMODITY, PER_COMMODITY + 3).map((other) => other.name) : [];
    const id = `${settings.idPrefix}${technology.slug}`;
    const requirement: RoleRequirement = { ...technology, source: "technology" };
    const effortHours = settings.estimateEffort ? checkEffort(settings.estimateEffort(requirement, 0), technology.name) : settings.effortPerTechnology;
    gaps.push({
      capability: { id, name: technology.name, effortHours, evidence: technologyEvidence(technology, owner, alternatives), source: "technology" },
      gap: { capabilityId: id, source: "technology", technology, currentLevel: 0, gap: 1 },
    });
  }
  return { gaps, held };
}

/** Takes each source's count, gives unused places to the other sources, and lists the sources in turn. */
function choose(candidates: Record<"skill" | "knowledge" | "technology", Candidate[]>, { counts, share }: Settings): Candidate[] {
  const order = ["skill", "knowledge", "technology"] as const;
  const taken = { skill: Math.min(counts.skill, candidates.skill.length), knowledge: Math.min(counts.knowledge, candidates.knowledge.length), technology: Math.min(counts.technology, candidates.technology.length) };
  let spare = share ? counts.skill + counts.knowledge + counts.technology - taken.skill - taken.knowledge - taken.technology : 0;
  for (const source of order) {
    const extra = Math.min(spare, candidates[source].length - taken[source]);
    taken[source] += extra;
    spare -= extra;
  }
  const chosen: Candidate[] = [];
  for (let rank = 0; chosen.length < taken.skill + taken.knowledge + taken.technology; rank++) {
    for (const source of order) if (rank < taken[source]) chosen.push(candidates[source][rank]!);
  }
  return chosen;
}

function ratingEvidence(
  source: "skill" | "knowledge",
  element: OccupationSkill,
  rated: SkillSource | undefined,
  profileLevel: number | undefined,
  from: { level: number; occupation: SkillSource | undefined } | undefined,
): string {
  const kind = source === "knowledge" ? "knowledge " : "";
  const ratedBy = rated ? ` (${rated.title}, ${rated.code})` : "";
  const current = profileLevel !== undefined ? `; current level ${profileLevel === Number.POSITIVE_INFINITY ? "held" : `${profileLevel}/7`}` : from?.occupation ? `; ${from.occupation.title} (${from.occupation.code}): level ${from.level}/7` : "";
  return `O*NET® ${kind}importance ${element.importance}/5, level ${element.level}/7${ratedBy}${current}`;
}

function technologyEvidence(technology: OccupationTechnology, owner: OccupationRef | undefined, alternatives: string[]): string {
  const flags = [technology.hot ? "hot technology" : "", technology.inDemand ? "in demand" : ""].filter(Boolean);
  const ownerText = owner ? ` (${owner.title}, ${owner.code})` : "";
  const alternativesText = alternatives.length > 0 ? `; or ${listWords(alternatives, "or")}` : "";
  return `O*NET® technology: ${technology.commodity}${flags.length > 0 ? `, ${flags.join(", ")}` : ""}; listed by ${technology.listedBy} occupations${ownerText}${alternativesText}`;
}

function sameIssue(occupation: OccupationRef): Issue {
  const message = `the role and where the person stands are the same O*NET occupation, ${describe(occupation)}, so the occupations cannot tell the gap: all the role needs is listed`;
  return createIssue("occupation/same", "info", ["from"], message, "Give a profile of what the person already has, or a code for the occupation they are in now");
}

function stepUpIssue(target: OccupationRef, targetZone: JobZone, from: OccupationRef, fromZone: JobZone): Issue {
  const steps = targetZone.zone - fromZone.zone;
  const message = `${describe(target)} is O*NET Job Zone ${targetZone.zone} (${targetZone.name.toLowerCase()}), ${steps} zones above ${describe(from)}, Job Zone ${fromZone.zone}`;
  return createIssue("zone/step-up", "info", ["from"], message, `Plan for the preparation the step needs: ${targetZone.preparation}`);
}

function checkCount(name: string, value: number, minimum: number): void {
  if (!Number.isInteger(value) || value < minimum) throw new RangeError(`capabilitiesForRole: ${name} must be an integer ≥ ${minimum}, got ${value}`);
}

function checkEffort(hours: number, name: string): number {
  if (typeof hours !== "number" || !Number.isFinite(hours) || hours < 0) throw new RangeError(`capabilitiesForRole: estimateEffort returned ${String(hours)} for "${name}", expected a finite number ≥ 0`);
  return hours;
}
