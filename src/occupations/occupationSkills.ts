import type { Issue } from "../model/index.ts";
import { lookupRole } from "./lookupRole.ts";
import type { OccupationRef, OccupationSkill, SkillSource } from "./types.ts";

/**
 * Options of {@link occupationSkills}.
 *
 * @example
 * ```ts
 * const options: OccupationSkillsOptions = { top: 10, minImportance: 3 };
 * ```
 *
 * @category Occupations
 */
export interface OccupationSkillsOptions {
  /** The most skills to return (a positive integer; default all). */
  top?: number;
  /** Leave out skills less important than this, on the 1–5 scale (default 1: none left out). */
  minImportance?: number;
}

/**
 * What {@link occupationSkills} returns.
 *
 * @example
 * ```ts
 * const { issues }: OccupationSkillsResult = occupationSkills("99-9999.99");
 * issues[0]?.code;
 * //=> "occupation/unknown"
 * ```
 *
 * @category Occupations
 */
export interface OccupationSkillsResult {
  /** The occupation asked for; absent when nothing matches. */
  occupation?: OccupationRef;
  /** Whose ratings the skills carry; `fallback: true` when borrowed. Absent when there are none. */
  source?: SkillSource;
  /** The skills (O*NET 29.0), most important first (then higher level, then element id). */
  skills: OccupationSkill[];
  /** The knowledge areas (O*NET 29.3), ordered and filtered as the skills. */
  knowledge: OccupationSkill[];
  /** `occupation/unknown`, `occupation/unrated` (errors), `occupation/fallback` (warning), `occupation/matched` (info). */
  issues: Issue[];
}

/**
 * Lists the skills (and knowledge areas) an O*NET® occupation needs, most important first.
 *
 * Importance is on the 1–5 scale, level on 0–7, as the O*NET 29.0 Database rates
 * skills and the 29.3 Database knowledge (rounded to one decimal); ratings flagged
 * "Recommend Suppress" or "Not Relevant" are left out. The role is a code, an
 * official title, or a title people use (the best real match of findOccupations,
 * with an `occupation/matched` info naming the title that matched).
 * An occupation the releases do not rate (137 of 1,016, e.g. Software
 * Developers) borrows the ratings of the closest rated occupation in its SOC
 * group — same detailed occupation (`15-1252.xx`), else broad occupation
 * (`15-125x`), minor group (`15-12xx`), major group (`15-xxxx`); inside a group
 * the most title words in common, then the lowest code — and says so with
 * `source.fallback: true` and an `occupation/fallback` warning. An unknown
 * code or title gives no skills and an `occupation/unknown` error.
 *
 * @param codeOrTitle - An O*NET-SOC code (`"15-1252.00"`, or `"15-1252"` for `.00`), an official title (case and plural insensitive) or a title people use (`"RN"`).
 * @param options - `top` (default all) and `minImportance` (default 1).
 * @returns The occupation, the source of its ratings, its skills and any issues.
 * @throws {TypeError} `codeOrTitle` is not a string.
 * @throws {RangeError} `top` is not a positive integer, or `minImportance` is not a number.
 *
 * @example
 * ```ts
 * import { occupationSkills } from "careerplan/occupations";
 *
 * const { source, skills } = occupationSkills("Software Developers", { top: 2 });
 * source;
 * //=> { code: "15-1254.00", title: "Web Developers", fallback: true }
 * skills.map((skill) => `${skill.name} ${skill.importance}/5`);
 * //=> ["Programming 4.12/5", "Critical Thinking 3.75/5"]
 * ```
 *
 * @category Occupations
 */
export function occupationSkills(codeOrTitle: string, options: OccupationSkillsOptions = {}): OccupationSkillsResult {
  const top = options.top ?? Number.POSITIVE_INFINITY;
  const minImportance = options.minImportance ?? 1;
  if (top !== Number.POSITIVE_INFINITY && (!Number.isInteger(top) || top < 1)) {
    throw new RangeError(`occupationSkills: top must be a positive integer, got ${top}`);
  }
  if (typeof minImportance !== "number" || Number.isNaN(minImportance)) {
    throw new RangeError(`occupationSkills: minImportance must be a number, got ${String(minImportance)}`);
  }
  const { occupation, source, skills: rated, knowledge: ratedKnowledge, issues } = lookupRole(codeOrTitle, "occupationSkills");
  const pick = (list: OccupationSkill[]) => list.filter((skill) => skill.importance >= minImportance).sort(byImportance).slice(0, top);
  const result: OccupationSkillsResult = { skills: pick(rated), knowledge: pick(ratedKnowledge), issues };
  if (occupation) result.occupation = occupation;
  if (source) result.source = source;
  return result;
}

/** Most important first, then the higher level, then element id: a total order. */
export function byImportance(a: OccupationSkill, b: OccupationSkill): number {
  return b.importance - a.importance || b.level - a.level || (a.elementId < b.elementId ? -1 : a.elementId > b.elementId ? 1 : 0);
}
