/**
 * An O*NET® occupation: its O*NET-SOC code and title.
 *
 * @example
 * ```ts
 * const role: OccupationRef = { code: "15-1299.09", title: "Information Technology Project Managers" };
 * ```
 *
 * @category Occupations
 */
export interface OccupationRef {
  /** The O*NET-SOC code, e.g. `"15-1252.00"`. */
  code: string;
  /** The O*NET title, e.g. `"Software Developers"`. */
  title: string;
}

/**
 * Where a role's skill ratings come from: the occupation itself, or (`fallback: true`)
 * the closest rated occupation in the same SOC group when the role has no ratings.
 *
 * @example
 * ```ts
 * occupationSkills("15-1252.00").source;
 * //=> { code: "15-1254.00", title: "Web Developers", fallback: true }
 * ```
 *
 * @category Occupations
 */
export interface SkillSource extends OccupationRef {
  /** True when the ratings are borrowed from another occupation. */
  fallback: boolean;
}

/**
 * One O*NET® skill of an occupation, with its ratings.
 *
 * @example
 * ```ts
 * occupationSkills("15-1299.09", { top: 1 }).skills[0];
 * //=> { elementId: "2.A.2.a", slug: "critical-thinking", name: "Critical Thinking", importance: 4.12, level: 4.25 }
 * ```
 *
 * @category Occupations
 */
export interface OccupationSkill {
  /** The O*NET element id, e.g. `"2.A.2.a"`. */
  elementId: string;
  /** A stable, readable slug of the name, e.g. `"critical-thinking"`. */
  slug: string;
  /** The O*NET skill name, e.g. `"Critical Thinking"`. */
  name: string;
  /** How important the skill is to the occupation, 1 (not important) to 5 (extremely). */
  importance: number;
  /** The level the occupation needs, 0 to 7. */
  level: number;
}
