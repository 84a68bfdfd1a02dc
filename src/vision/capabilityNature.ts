// Private: what a capability is — a skill to build, knowledge to study, a
// technology to learn or an outcome to reach (a role, a certification) — which
// decides how its goal, its milestone title and its micro-tasks are worded.
// `source` wins when given; otherwise the name decides (word lists below).
import type { CapabilityInput } from "../model/index.ts";

/** How a capability's goal is phrased. */
export type CapabilityNature = "skill" | "knowledge" | "technology" | "outcome";

const wordSet = (text: string): ReadonlySet<string> => new Set(text.split(" "));

// A name that starts with one of these verbs states the result itself ("Land a PM role").
const OUTCOME_VERBS = wordSet("land get become join win earn reach hold secure obtain move switch transition launch found publish ship pass gain close raise hire make be");
// A name holding one of these nouns is a position or credential to reach.
const OUTCOME_NOUNS = wordSet("role position job promotion offer title certification certified licence license degree");
const KNOWLEDGE_WORDS = wordSet(
  "knowledge regulation regulations law laws compliance theory principles fundamentals statistics economics domain literacy " +
    "standards policy policies ethics finance accounting anatomy terminology informatics privacy hipaa gdpr understanding awareness",
);
const TECHNOLOGY_WORDS = wordSet(
  "sql python excel tableau powerbi bi aws azure gcp kubernetes docker terraform react typescript javascript java kotlin swift golang rust " +
    "spark dbt airflow git figma jira salesforce hubspot snowflake looker tool tools software platform framework cloud database databases " +
    "fhir hl7 epic dbeaver pandas tensorflow pytorch linux kafka postgres postgresql mysql",
);

/** The nature of a capability: its `source` when given ("custom" is an outcome), else read from its name. */
export function natureOf(capability: Pick<CapabilityInput, "name" | "source">): CapabilityNature {
  switch (capability.source) {
    case "skill":
    case "knowledge":
    case "technology":
      return capability.source;
    case "custom":
      return "outcome";
    default:
      return natureFromName(capability.name);
  }
}

function natureFromName(name: string): CapabilityNature {
  const tokens = name.toLowerCase().match(/[a-z0-9+#]+/g) ?? [];
  if (tokens.length === 0) return "skill";
  if (OUTCOME_VERBS.has(tokens[0]!) || tokens.some((token) => OUTCOME_NOUNS.has(token))) return "outcome";
  if (tokens.some((token) => KNOWLEDGE_WORDS.has(token))) return "knowledge";
  if (tokens.some((token) => TECHNOLOGY_WORDS.has(token))) return "technology";
  return "skill";
}

// Title Case words ("Active Listening"), and the small words between them.
const TITLE_WORD = /^(?:[A-Z][a-z]+|of|and|the|to|for|in|on|with|a|an)$/;

/** "System design" → "system design" mid-sentence, "Active Listening" → "active listening"; "SQL", "R&D planning" and "Python" keep their capitals. */
export function inSentence(text: string, nature?: CapabilityNature): string {
  const [first = "", second = ""] = text;
  // A product name keeps its capitals ("Python", "Power BI"); a phrase around one does not ("Product analytics with Amplitude").
  if (nature === "technology") return /^[A-Z][a-z]+ [a-z]/.test(text) ? first.toLowerCase() + text.slice(1) : text;
  const words = text.split(" ");
  if (words.length > 1 && words.every((word) => TITLE_WORD.test(word))) return words.map((word) => word.toLowerCase()).join(" ");
  // "A side project" → "a side project"; a lone capital starting "R&D" or "AI" is a name.
  const lowerNext = second === " " ? first === "A" : /[a-z]/.test(second);
  return lowerNext && first !== first.toLowerCase() ? first.toLowerCase() + text.slice(1) : text;
}

/** "land a PM role" → "Land a PM role". */
export function capitalized(text: string): string {
  return text === "" ? text : text[0]!.toUpperCase() + text.slice(1);
}

// A rating, a ratio or an occupation code: "importance 3.62/5", "level 4/7", "15-1252.00", "O*NET".
const RATING = /\d\s*\/\s*\d|\b\d{2}-\d{4}(?:\.\d{2})?\b|o\*net|\bimportance\b|\blevel \d/i;

/**
 * The capability's evidence as a phrase for a sentence ("a side project
 * applying the course"), or `undefined` when it is empty or carries ratings
 * and codes (occupation data) that have no place in a goal's title.
 */
export function evidencePhrase(evidence: string | undefined): string | undefined {
  let text = (evidence ?? "").replace(/\s+/g, " ").trim();
  while (text !== "" && ".!;,".includes(text[text.length - 1]!)) text = text.slice(0, -1).trimEnd();
  if (text === "" || RATING.test(text) || text.length > 120) return undefined;
  return inSentence(text);
}
