import type { Capability, Issue } from "../model/index.ts";
import { createIssue, sortIssues } from "../_lib/issues.ts";
import { occupationSkills } from "./occupationSkills.ts";
import { readProfile } from "./profile.ts";
import type { OccupationRef, OccupationSkill, SkillSource } from "./types.ts";

/**
 * Options of {@link capabilitiesForRole}.
 *
 * @example
 * ```ts
 * const options: CapabilitiesForRoleOptions = { top: 8, coreCount: 4, profile: { "Critical Thinking": 3 }, effortPerLevel: 30 };
 * ```
 *
 * @category Occupations
 */
export interface CapabilitiesForRoleOptions {
  /** How many of the role's most important skills to consider (a positive integer, default 10). */
  top?: number;
  /** How many of those are `core`; the rest are `auxiliary` (default half of `top`, rounded up). */
  coreCount?: number;
  /** Leave out skills less important than this, 1–5 (default 1: none left out). */
  minImportance?: number;
  /** Current levels on the O*NET 0–7 scale, keyed by skill name, slug or element id (any case); unlisted skills count as 0. */
  profile?: Readonly<Record<string, number>>;
  /** Hours to gain one level (default 40): `effortHours = round(gap × effortPerLevel)`. */
  effortPerLevel?: number;
  /** Replaces the effort formula: hours to take `skill` from `currentLevel` to `skill.level` (finite, ≥ 0). */
  estimateEffort?: (skill: OccupationSkill, currentLevel: number) => number;
  /** Put in front of each capability id, e.g. `"onet-"` (default none). */
  idPrefix?: string;
}

/**
 * How far one capability's skill is from the role's level.
 *
 * @example
 * ```ts
 * const [gap]: SkillGap[] = capabilitiesForRole("15-1299.09", { top: 1, profile: { "critical-thinking": 3 } }).gaps;
 * [gap?.currentLevel, gap?.skill.level, gap?.gap];
 * //=> [3, 4.25, 1.25]
 * ```
 *
 * @category Occupations
 */
export interface SkillGap {
  /** The id of the capability it became. */
  capabilityId: string;
  /** The skill and the role's ratings of it. */
  skill: OccupationSkill;
  /** The level from the profile, 0 when not listed. */
  currentLevel: number;
  /** `skill.level − currentLevel`, 2 decimals, > 0. */
  gap: number;
}

/**
 * What {@link capabilitiesForRole} returns.
 *
 * @example
 * ```ts
 * const { source }: CapabilitiesForRoleResult = capabilitiesForRole("Data Scientists");
 * source;
 * //=> { code: "15-2051.02", title: "Clinical Data Managers", fallback: true }
 * ```
 *
 * @category Occupations
 */
export interface CapabilitiesForRoleResult {
  /** The occupation asked for; absent when nothing matches. */
  occupation?: OccupationRef;
  /** Whose ratings were used; `fallback: true` when borrowed. */
  source?: SkillSource;
  /** Ready for `Vision.capabilities`: most important first, core then auxiliary. */
  capabilities: Capability[];
  /** One entry per capability, in the same order. */
  gaps: SkillGap[];
  /** The role's issues (see occupationSkills) and `occupation/unknown-skill` (info) per unmatched profile key. */
  issues: Issue[];
}

/**
 * Turns a destination role's most important O*NET® skills into capabilities
 * for a vision.
 *
 * Takes the `top` skills by importance (see `occupationSkills`, including its
 * fallback for unrated roles); the first `coreCount` are `core`, the others
 * `auxiliary`. With a `profile`, skills already at or above the role's level
 * are left out, so only the gaps remain. Each capability's id is the skill's
 * slug (`critical-thinking`), its name the skill's name, its evidence the
 * ratings, and its `effortHours = round((level − currentLevel) × 40)` unless
 * `effortPerLevel` or `estimateEffort` says otherwise.
 *
 * @param codeOrTitle - An O*NET-SOC code or an exact O*NET title.
 * @param options - How many skills, how many core, the profile and the effort formula.
 * @returns The capabilities, their gaps, the occupation and source, and issues.
 * @throws {TypeError} `codeOrTitle` is not a string, or `estimateEffort` is not a function.
 * @throws {RangeError} A count is not a positive integer, a profile level is outside 0–7, or an effort is negative or not finite.
 *
 * @example
 * ```ts
 * import { capabilitiesForRole } from "careerplan/occupations";
 *
 * const { capabilities } = capabilitiesForRole("15-1299.09", { top: 2, profile: { "critical thinking": 3 } });
 * capabilities.map(({ id, kind, effortHours }) => `${id} ${kind} ${effortHours}h`);
 * //=> ["critical-thinking core 50h", "coordination auxiliary 165h"]
 * ```
 *
 * @category Occupations
 */
export function capabilitiesForRole(codeOrTitle: string, options: CapabilitiesForRoleOptions = {}): CapabilitiesForRoleResult {
  const top = options.top ?? 10;
  const coreCount = options.coreCount ?? Math.ceil(top / 2);
  const effortPerLevel = options.effortPerLevel ?? 40;
  const idPrefix = options.idPrefix ?? "";
  checkCount("top", top, 1);
  checkCount("coreCount", coreCount, 0);
  if (!Number.isFinite(effortPerLevel) || effortPerLevel < 0) throw new RangeError(`capabilitiesForRole: effortPerLevel must be a finite number ≥ 0, got ${effortPerLevel}`);
  if (options.estimateEffort !== undefined && typeof options.estimateEffort !== "function") throw new TypeError("capabilitiesForRole: estimateEffort must be a function");

  const { skills, issues, ...role } = occupationSkills(codeOrTitle, { top, minImportance: options.minImportance ?? 1 });
  const { levels, unknown } = readProfile(options.profile ?? {});
  const capabilities: Capability[] = [];
  const gaps: SkillGap[] = [];
  skills.forEach((skill, index) => {
    const currentLevel = levels.get(skill.elementId) ?? 0;
    const gap = Math.round((skill.level - currentLevel) * 100) / 100;
    if (gap <= 0) return;
    const effortHours = options.estimateEffort ? checkEffort(options.estimateEffort(skill, currentLevel), skill) : Math.round(gap * effortPerLevel);
    const capabilityId = `${idPrefix}${skill.slug}`;
    capabilities.push({ id: capabilityId, name: skill.name, kind: index < coreCount ? "core" : "auxiliary", effortHours, evidence: evidence(skill, role.source, levels.has(skill.elementId) ? currentLevel : undefined) });
    gaps.push({ capabilityId, skill, currentLevel, gap });
  });
  const profileIssues = unknown.map((key) => createIssue("occupation/unknown-skill", "info", ["profile", key], "names no O*NET skill; its level is ignored", 'Use a skill name, slug or element id, e.g. "Critical Thinking", "critical-thinking" or "2.A.2.a"'));
  return { ...role, capabilities, gaps, issues: sortIssues([...issues, ...profileIssues]) };
}

function evidence(skill: OccupationSkill, source: SkillSource | undefined, currentLevel: number | undefined): string {
  const rated = source ? ` (${source.title}, ${source.code})` : "";
  const current = currentLevel === undefined ? "" : `; current level ${currentLevel}/7`;
  return `O*NET® importance ${skill.importance}/5, level ${skill.level}/7${rated}${current}`;
}

function checkCount(name: string, value: number, minimum: number): void {
  if (!Number.isInteger(value) || value < minimum) throw new RangeError(`capabilitiesForRole: ${name} must be an integer ≥ ${minimum}, got ${value}`);
}

function checkEffort(hours: number, skill: OccupationSkill): number {
  if (typeof hours !== "number" || !Number.isFinite(hours) || hours < 0) throw new RangeError(`capabilitiesForRole: estimateEffort returned ${String(hours)} for "${skill.name}", expected a finite number ≥ 0`);
  return hours;
}
