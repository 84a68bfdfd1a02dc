// The part occupationSkills and capabilitiesForRole share: resolve the role,
// borrow ratings and technologies when it has none, and say so in issues.
import type { Issue } from "../model/index.ts";
import { createIssue } from "../_lib/issues.ts";
import { catalog, decodeRatings } from "./catalog.ts";
import type { CatalogEntry } from "./catalog.ts";
import { closestWith, describe, resolveOccupation } from "./resolve.ts";
import { hasTechnologies, occupationTechnologies, technologySimilarity, technologySlugs } from "./technologies.ts";
import type { OccupationTechnology } from "./technologies.ts";
import type { OccupationRef, OccupationSkill, SkillSource } from "./types.ts";

export interface RoleLookup {
  entry?: CatalogEntry;
  occupation?: OccupationRef;
  /** Whose skill and knowledge ratings these are. */
  source?: SkillSource;
  skills: OccupationSkill[];
  knowledge: OccupationSkill[];
  issues: Issue[];
}

/** The role's rated skills and knowledge in element order, or [] with an issue saying why. */
export function lookupRole(codeOrTitle: string, caller: string, path: readonly (string | number)[] = [], name = "codeOrTitle"): RoleLookup {
  if (typeof codeOrTitle !== "string") throw new TypeError(`${caller}: ${name} must be a string, got ${typeof codeOrTitle}`);
  const { entry, issues } = resolveOccupation(codeOrTitle, path);
  if (!entry) return { skills: [], knowledge: [], issues };
  const occupation = { code: entry.code, title: entry.title };
  const { skills, knowledge } = catalog();
  if (entry.skillRatings !== undefined) {
    return { entry, occupation, source: { ...occupation, fallback: false }, skills: decodeRatings(entry.skillRatings, skills), knowledge: decodeRatings(entry.knowledgeRatings, knowledge), issues };
  }
  const fallback = closestWith(entry, (candidate) => candidate.skillRatings !== undefined, technologySimilarity);
  if (!fallback) {
    const message = `${describe(occupation)} has no O*NET skill or knowledge ratings (releases 29.0 and 29.3), and no occupation of its SOC major group ${entry.code.slice(0, 3)}0000 has any`;
    return { entry, occupation, skills: [], knowledge: [], issues: [...issues, createIssue("occupation/unrated", "error", path, message)] };
  }
  const source = { code: fallback.entry.code, title: fallback.entry.title, fallback: true };
  const message = `${describe(occupation)} has no O*NET skill or knowledge ratings (releases 29.0 and 29.3); using ${describe(source)}, the closest rated occupation in the same ${fallback.group}`;
  const hint = "Check the skills against the role, or pick a rated occupation with findOccupations";
  return {
    entry,
    occupation,
    source,
    skills: decodeRatings(fallback.entry.skillRatings, skills),
    knowledge: decodeRatings(fallback.entry.knowledgeRatings, knowledge),
    issues: [...issues, createIssue("occupation/fallback", "warning", path, message, hint)],
  };
}

/** The slugs of the technologies an occupation uses, borrowed as in roleTechnologies when it lists none. */
export function usedTechnologies(entry: CatalogEntry): Set<string> {
  if (hasTechnologies(entry)) return technologySlugs(entry);
  const fallback = closestWith(entry, hasTechnologies, technologySimilarity);
  return fallback ? technologySlugs(fallback.entry) : new Set();
}

/**
 * The role's own technologies, best first; an occupation O*NET lists none for
 * (93 of 1,016) borrows those of the closest one that has some, as for ratings.
 */
export function roleTechnologies(entry: CatalogEntry): { technologies: OccupationTechnology[]; source?: OccupationRef } {
  if (hasTechnologies(entry)) return { technologies: occupationTechnologies(entry) };
  const fallback = closestWith(entry, hasTechnologies, technologySimilarity);
  if (!fallback) return { technologies: [] };
  return { technologies: occupationTechnologies(fallback.entry), source: { code: fallback.entry.code, title: fallback.entry.title } };
}
