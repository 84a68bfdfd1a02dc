// Reads a profile of current skill levels, keyed the way people write skills.
import { catalog } from "./catalog.ts";

/** Levels by element id, and the keys that name no O*NET skill (in input order). */
export function readProfile(profile: Readonly<Record<string, number>>): { levels: Map<string, number>; unknown: string[] } {
  const keys = new Map<string, string>();
  for (const skill of catalog().skills) {
    for (const key of [skill.name, skill.slug, skill.elementId]) keys.set(key.toLowerCase(), skill.elementId);
  }
  const levels = new Map<string, number>();
  const unknown: string[] = [];
  for (const [key, level] of Object.entries(profile)) {
    if (typeof level !== "number" || !(level >= 0 && level <= 7)) throw new RangeError(`capabilitiesForRole: profile level of "${key}" must be a number from 0 to 7, got ${String(level)}`);
    const elementId = keys.get(key.trim().toLowerCase());
    if (elementId === undefined) unknown.push(key);
    else levels.set(elementId, level);
  }
  return { levels, unknown };
}
