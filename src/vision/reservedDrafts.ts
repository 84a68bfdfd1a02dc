// Private: the goals createPlan drafts for the 20 % auxiliary and 10 %
// exploratory shares, in the vision's own words — auxiliary work with the
// people its "who" names (mentoring when it speaks of juniors or mentees,
// conversations with stakeholders otherwise), exploration of the field its
// "where" or industry names (informational interviews, talks on an adjacent
// field). Counts follow the hours reserved, so each draft is measurable.
import type { Indicator, VisionInput } from "../model/index.ts";
import { inSentence } from "./capabilityNature.ts";

/** A reserved draft's wording before its deadline, its metric and a short label for its tasks. */
export interface ReservedWording {
  statement: string;
  metric: Indicator;
  label: string;
}

// Hours one piece of reserved work takes, preparation and notes included.
const HOURS_PER_SESSION = 1.5;
const HOURS_PER_INTERVIEW = 2;
const HOURS_PER_TALK = 2;
// People the person mentors ("the junior engineers I mentor", "mentees"), not a mentor of their own ("a data analyst mentor").
const MENTORING = /\b(i mentor|i coach|i am mentoring|mentees?|juniors?|junior (?:engineers|colleagues|staff|analysts|designers)|apprentices?|interns)\b/i;

/** The auxiliary draft of a window: `hours` reserved, `months` long. */
export function auxiliaryWording(vision: VisionInput, hours: number, months: number): ReservedWording {
  const sessions = clamp(Math.round(hours / HOURS_PER_SESSION), 1, Math.max(1, months * 4));
  const who = vision.who ?? "";
  if (MENTORING.test(who)) {
    // The vision's own word for the people mentored: "the junior engineers I mentor" → "junior engineer".
    const mentee = /\b(junior [a-z]+?|mentee|intern|apprentice)s?\b/i.exec(who)?.[1]?.toLowerCase() ?? "junior colleague";
    return {
      statement: `Mentor ${/^[aeiou]/.test(mentee) ? "an" : "a"} ${mentee} in ${plural(sessions, "session")} and write down one thing they can do on their own after ${sessions === 1 ? "it" : "each"}`,
      metric: { metric: "mentoring sessions held", target: sessions, baseline: 0 },
      label: "Mentoring",
    };
  }
  const auxiliary = (vision.capabilities ?? []).find((capability) => capability.kind === "auxiliary");
  const people = firstClause(who) ?? (auxiliary === undefined ? undefined : `the people your ${inSentence(auxiliary.name.trim() || auxiliary.id)} work touches`) ?? "the stakeholders of your work";
  return {
    statement: `Hold ${plural(sessions, "one-to-one conversation")} with ${people} and write up one agreed next step from ${sessions === 1 ? "it" : "each"}`,
    metric: { metric: "stakeholder conversations with an agreed next step", target: sessions, baseline: 0 },
    label: "Stakeholder conversations",
  };
}

/** The exploratory draft of a window: informational interviews (one a month) or, every other window, talks on an adjacent field. */
export function exploratoryWording(vision: VisionInput, hours: number, months: number, window: number): ReservedWording {
  const field = firstClause(vision.where) ?? (vision.industry?.trim() ? inSentence(vision.industry.trim()) : undefined) ?? (vision.targetRole?.trim() ? `the work of a ${inSentence(vision.targetRole.trim())}` : "your target field");
  if (window % 2 === 0) {
    const interviews = clamp(Math.min(Math.max(1, months), Math.floor(hours / HOURS_PER_INTERVIEW)), 1, 12);
    return {
      statement: `Hold ${plural(interviews, "informational interview")} with people working in ${field} and write 3 takeaways from ${interviews === 1 ? "it" : "each"}`,
      metric: { metric: "informational interviews held", target: interviews, baseline: 0 },
      label: "Informational interviews",
    };
  }
  const talks = clamp(Math.min(Math.max(1, Math.round(months / 3)), Math.floor(hours / HOURS_PER_TALK)), 1, 12);
  return {
    statement: `Attend ${plural(talks, "talk or meetup", "talks or meetups")} on a field next to ${field} and share one idea from ${talks === 1 ? "it" : "each"} with your team`,
    metric: { metric: "talks or meetups attended", target: talks, baseline: 0 },
    label: "Talks on an adjacent field",
  };
}

// "Software engineering at a product company, mostly B2B" → "software engineering at a product company"; long or empty gives undefined.
function firstClause(text: string | undefined): string | undefined {
  const clause = (text ?? "").split(/[,;.]|\s+and\s+/)[0]!.replace(/\s+/g, " ").trim();
  return clause === "" || clause.length > 60 ? undefined : inSentence(clause);
}

function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
