// Reads a profile of what a person already has, keyed the way people write it:
// O*NET skills and knowledge areas with a level, technologies as held.
import { catalog } from "./catalog.ts";
import { findTechnology } from "./technologies.ts";

/** What a profile says, by element id (skills, knowledge) and technology slug. */
export interface ProfileReading {
  /** Levels on the 0–7 scale by element id; `true` (held at any level the role needs) is Infinity. */
  levels: Map<string, number>;
  /** Slugs of the technologies held. */
  technologies: Set<string>;
  /** Keys that name no skill, knowledge area or technology, in input order. */
  unknown: string[];
}

/**
 * Reads `{ "Critical Thinking": 3, "Programming": 2, SQL: true, Tableau: 1 }`: a
 * number is a level 0–7 (for a technology, more than 0 means held), `true` means
 * held, `false` means not held.
 */
export function readProfile(profile: Readonly<Record<string, number | boolean>>): ProfileReading {
  const keys = new Map<string, string[]>();
  const { skills, knowledge } = catalog();
  for (const element of [...skills.elements, ...knowledge.elements]) {
    for (const key of [element.name, element.slug, element.elementId]) {
      const lower = key.toLowerCase();
      keys.set(lower, [...(keys.get(lower) ?? []), element.elementId]);
    }
  }
  const levels = new Map<string, number>();
  const technologies = new Set<string>();
  const unknown: string[] = [];
  for (const [key, value] of Object.entries(profile)) {
    if (typeof value !== "boolean" && (typeof value !== "number" || !(value >= 0 && value <= 7))) {
      throw new RangeError(`capabilitiesForRole: profile level of "${key}" must be a number from 0 to 7 or a boolean, got ${String(value)}`);
    }
    const level = value === true ? Number.POSITIVE_INFINITY : value === false ? 0 : value;
    const elementIds = keys.get(key.trim().toLowerCase());
    const technology = findTechnology(key);
    if (elementIds) for (const elementId of elementIds) levels.set(elementId, level);
    if (technology && level > 0) technologies.add(technology.slug);
    if (!elementIds && !technology) unknown.push(key);
  }
  return { levels, technologies, unknown };
}
