// Private: how a coach words a capability's goal. The title names an
// observable result — the capability's own evidence when it has some, else a
// result that fits what the capability is (work projects with feedback for a
// skill, a written summary for knowledge, a small project for a
// technology, the outcome itself for a role) — and never hours alone.
import type { CapabilityInput, Indicator } from "../model/index.ts";
import { capitalized, evidencePhrase, inSentence, natureOf } from "./capabilityNature.ts";
import { effortOf } from "./scheduleCapabilities.ts";

/** A goal's title (without its deadline), its metric and its backup plan. */
export interface GoalWording {
  /** The statement before "by <date>". */
  statement: string;
  metric: Indicator;
  /** What to do instead if the way planned closes (a company change, a skill gone stale). */
  backup: string;
}

// Effort behind one observable piece of work, so a bigger capability asks for more of them (1 to 4).
const HOURS_PER_PIECE = 40;
const HOURS_PER_PAGE = 20;

/** The wording of a capability's goal. */
export function goalWording(capability: CapabilityInput): GoalWording {
  const wording = statementAndMetric(capability);
  return { ...wording, backup: backupFor(capability) };
}

// The seeds' elastic mechanism: a short goal keeps a plan B that reaches the same capability another way.
function backupFor(capability: CapabilityInput): string {
  const nature = natureOf(capability);
  const name = inSentence(capability.name.trim() || capability.id, nature);
  switch (nature) {
    case "outcome":
      return `If this slips, take on a stretch assignment that moves you toward it and ask your manager what is still missing`;
    case "knowledge":
      return `If a course does not fit your time, read one book on ${name} and write the same summary`;
    case "technology":
      return `If work offers no use for ${name}, build the project on public data`;
    default:
      return `If no work project fits, practise ${name} on a side project and ask a peer for written feedback`;
  }
}

function statementAndMetric(capability: CapabilityInput): Omit<GoalWording, "backup"> {
  const nature = natureOf(capability);
  const raw = capability.name.trim() || capability.id;
  const name = inSentence(raw, nature);
  const evidence = evidencePhrase(capability.evidence);
  const effort = effortOf(capability);
  const pieces = Math.min(4, Math.max(1, Math.round(effort / HOURS_PER_PIECE)));

  if (nature === "outcome") {
    const statement = outcomeStatement(raw, name);
    return { statement, metric: evidenceMetric(evidence) ?? { metric: inSentence(statement), target: 1, baseline: 0 } };
  }
  if (evidence !== undefined) {
    const lead = nature === "knowledge" ? `Study ${name}` : nature === "technology" ? `Use ${name} hands-on` : `Practise ${name}`;
    return { statement: `${lead} and show it through ${evidence}`, metric: evidenceMetric(evidence)! };
  }
  switch (nature) {
    case "knowledge": {
      const pages = Math.min(5, Math.max(1, Math.round(effort / HOURS_PER_PAGE)));
      return {
        statement: `Study ${name} and write a ${pages}-page summary of what applies to your work`,
        metric: { metric: `pages of ${name} summary written`, unit: "pages", target: pages, baseline: 0 },
      };
    }
    case "technology":
      return {
        statement: `Use ${name} to build ${count(pieces, "small project")} answering a real question from your work, and publish ${pieces === 1 ? "it" : "them"} with notes`,
        metric: { metric: `${name} projects published`, target: pieces, baseline: 0 },
      };
    default:
      return {
        statement: `Practise ${name} on ${count(pieces, "work project")} and get written feedback on ${pieces === 1 ? "it" : "each"}`,
        metric: { metric: `work projects using ${name} with written feedback`, target: pieces, baseline: 0 },
      };
  }
}

// "3 competitive analysis reports" counts 3; any other evidence is one thing to show.
function evidenceMetric(evidence: string | undefined): Indicator | undefined {
  if (evidence === undefined) return undefined;
  const counted = /^(\d{1,6})\s+(.+)$/.exec(evidence);
  if (counted) return { metric: counted[2]!, target: Number(counted[1]), baseline: 0 };
  return { metric: evidence, target: 1, baseline: 0 };
}

function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? "" : "s"}`;
}

// "Land a PM role" states the result; "Staff engineer promotion" needs a verb.
const LEADING_VERBS = new Set("land get become join win earn reach hold secure obtain move switch transition launch found publish ship pass gain close raise hire make lead run present complete deliver build".split(" "));
function startsWithVerb(name: string): boolean {
  return LEADING_VERBS.has((name.toLowerCase().match(/[a-z]+/) ?? [""])[0]!);
}

// Roles a "Become …" outcome names: "Become head of product" is a role to take on.
const ROLE_WORDS = /\b(manager|head|lead|leader|director|engineer|analyst|architect|officer|founder|owner|principal|staff|chief|vp|president|designer|scientist|developer|consultant|specialist|nurse|partner|coach|mentor|ceo|cto|cfo)\b/i;

// "Get" and "become" are soft verbs (checkSmart asks what they result in): say the observable event instead.
function outcomeStatement(raw: string, name: string): string {
  const promoted = /^get promoted to\s+(.+)$/i.exec(raw);
  if (promoted) return `Earn a promotion to ${promoted[1]}`;
  const become = /^become\s+(?:an?\s+|the\s+)?(.+)$/i.exec(raw);
  if (become) return ROLE_WORDS.test(become[1]!) ? `Take on the role of ${become[1]}` : `Show you have become ${become[1]}`;
  const get = /^get\s+(.+)$/i.exec(raw);
  if (get) return `Land ${get[1]}`;
  return startsWithVerb(raw) ? capitalized(raw) : `Reach ${name}`;
}
