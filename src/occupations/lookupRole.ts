// The part occupationSkills and capabilitiesForRole share: resolve the role,
// borrow ratings when it has none, and say so in issues.
import type { Issue } from "../model/index.ts";
import { createIssue } from "../_lib/issues.ts";
import { catalog, decodeSkills } from "./catalog.ts";
import { findOccupations } from "./findOccupations.ts";
import { closestRated, resolveOccupation } from "./resolve.ts";
import type { OccupationRef, OccupationSkill, SkillSource } from "./types.ts";

export interface RoleLookup {
  occupation?: OccupationRef;
  source?: SkillSource;
  skills: OccupationSkill[];
  issues: Issue[];
}

/** The role's rated skills in element order, or [] with an issue saying why. */
export function lookupRole(codeOrTitle: string, caller: string): RoleLookup {
  if (typeof codeOrTitle !== "string") throw new TypeError(`${caller}: codeOrTitle must be a string, got ${typeof codeOrTitle}`);
  const entry = resolveOccupation(codeOrTitle);
  if (!entry) return { skills: [], issues: [unknownIssue(codeOrTitle)] };
  const occupation = { code: entry.code, title: entry.title };
  if (entry.ratings !== undefined) {
    return { occupation, source: { ...occupation, fallback: false }, skills: decodeSkills(entry, catalog()), issues: [] };
  }
  const fallback = closestRated(entry);
  if (!fallback) {
    const message = `${describe(occupation)} has no O*NET skill ratings in release 29.0, and no occupation of its SOC major group ${entry.code.slice(0, 3)}0000 has any`;
    return { occupation, skills: [], issues: [createIssue("occupation/unrated", "error", [], message)] };
  }
  const source = { code: fallback.entry.code, title: fallback.entry.title, fallback: true };
  const message = `${describe(occupation)} has no O*NET skill ratings in release 29.0; using ${describe(source)}, the closest rated occupation in the same ${fallback.group}`;
  const hint = "Check the skills against the role, or pick a rated occupation with findOccupations";
  return { occupation, source, skills: decodeSkills(fallback.entry, catalog()), issues: [createIssue("occupation/fallback", "warning", [], message, hint)] };
}

function unknownIssue(codeOrTitle: string): Issue {
  const text = codeOrTitle.trim();
  if (text === "") return createIssue("occupation/unknown", "error", [], "no O*NET occupation matches an empty code or title", "Pass an O*NET-SOC code such as 15-1252.00 or a title such as Software Developers");
  const quoted = JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
  const suggestions = findOccupations(text, { limit: 3 }).map(describe);
  const hint = suggestions.length > 0 ? `Closest titles: ${suggestions.join("; ")}` : "Find a code with findOccupations, e.g. findOccupations(\"software developer\")";
  return createIssue("occupation/unknown", "error", [], `no O*NET occupation matches ${quoted}`, hint);
}

function describe(occupation: OccupationRef): string {
  return `${occupation.title} (${occupation.code})`;
}
