// Verdicts that the goal's words alone can decide: specific, measurable,
// time-bound, and the "absurd" case of achievable.
import { daysBetween } from "../_lib/dates.ts";
import type { TextFeatures } from "./features.ts";
import type { Criterion, CriterionResult } from "./types.ts";
import { formatHours } from "../_lib/hours.ts";

/** Shortest goal statement, in words, that can name an action and its object. */
export const MIN_WORDS = 3;

/** How to fix each criterion, shown as the hint. */
export const HINTS: Readonly<Record<Criterion, string>> = {
  specific: 'Say exactly what you will do, with a concrete verb and object ("complete the AWS Solutions Architect course"), not "get better at".',
  measurable: "Add a number: how many, how much, by how much? Or name a deliverable anyone can see finished (a course, a release, a talk).",
  achievable: "Give the goal more time, cut its effort, or give its bucket more hours per week.",
  relevant: "Link the goal to a milestone or a vision capability (milestoneId, capabilityIds), or mark it exploratory on purpose.",
  timeBound: 'Add a deadline: a date ("by March 31, 2027"), a quarter ("Q3 2027") or a span ("within 8 weeks").',
};

/** The hint for a generic object: say which one. */
const WHICH_ONE_HINT =
  'Say which one: name it ("the CKA certification"), its level or field ("a junior data analyst role at a hospital") or how many ("10 applications").';

/** How to fix a failed *specific*: name the generic object, or make the action concrete. */
export function specificHint(found: TextFeatures, verdict: CriterionResult): string {
  return verdict.status === "fail" && found.genericObject !== undefined && verdict.evidence[0] === found.genericObject ? WHICH_ONE_HINT : HINTS.specific;
}

/** Concrete action and object, and no vague phrase. */
export function judgeSpecific(found: TextFeatures): CriterionResult {
  if (found.vague !== undefined) return failed(`"${found.vague}" is vague: it does not say what will be done`, [found.vague]);
  if (found.words < MIN_WORDS) return failed("it is too short to name an action and what it acts on", found.opening ? [found.opening] : []);
  const anchor = found.quantity ?? found.frequency ?? found.deliverable ?? found.concrete;
  if (found.softVerb !== undefined && anchor === undefined) {
    return failed(`"${found.softVerb}" names no concrete result: say what, how much or how`, [found.softVerb]);
  }
  if (found.genericObject !== undefined) {
    return failed(`"${found.genericObject}" does not say which one: name it, its level or field, or how many`, [found.genericObject]);
  }
  return passed("it names a concrete action and what it acts on", [found.opening]);
}

/** A quantity, a frequency or an observable deliverable. */
export function judgeMeasurable(found: TextFeatures): CriterionResult {
  const { quantity, frequency, deliverable } = found;
  const kinds: [name: string, text: string | undefined][] = [
    ["a quantity", quantity],
    ["a frequency", frequency],
    ["an observable deliverable", deliverable],
  ];
  const stated = kinds.filter((kind): kind is [string, string] => kind[1] !== undefined);
  if (stated.length > 0) return passed(`it states ${stated.map(([name]) => name).join(" and ")}`, stated.map(([, text]) => text));
  if (found.rating !== undefined) {
    return failed(`its only number is a confidence rating ("${found.rating}"), which does not measure the outcome`, [found.rating]);
  }
  return failed("it names no quantity, frequency or deliverable whose completion can be observed", []);
}

/** A date, a period, a relative span or an event that bounds the goal. */
export function judgeTimeBound(found: TextFeatures): CriterionResult {
  if (found.deadlineText !== undefined) return passed(`it is due ${found.deadline}`, [found.deadlineText]);
  if (found.relativeText !== undefined) return passed("it sets a time limit (give asOf to resolve the date)", [found.relativeText]);
  if (found.eventText !== undefined) return passed("it is bounded by an event", [found.eventText]);
  if (found.impossibleDate !== undefined) return failed(`"${found.impossibleDate}" is not a calendar date`, [found.impossibleDate]);
  if (found.vagueTime !== undefined) return failed(`"${found.vagueTime}" is not a deadline`, [found.vagueTime]);
  return failed("it names no deadline, date or time span", []);
}

/**
 * Without a plan the effort cannot be weighed, except when the text asks for
 * more hours than the span has (24 a day): then it fails.
 */
export function judgeAbsurdity(found: TextFeatures, asOf: string | undefined): CriterionResult | undefined {
  if (found.durationHours === 0) return undefined;
  let days = found.spanDays;
  if (days === 0 && asOf !== undefined && found.deadline !== undefined) days = daysBetween(asOf, found.deadline);
  if (days <= 0 || found.durationHours <= days * 24) return undefined;
  const evidence = [found.quantity ?? "", found.relativeText ?? found.deadlineText ?? ""].filter((text) => text !== "");
  return failed(`${formatHours(found.durationHours)} h do not fit in ${Math.round(days)} days even around the clock`, evidence);
}

/** A passed verdict. */
export function passed(reason: string, evidence: string[]): CriterionResult {
  return { status: "pass", reason, evidence };
}

/** A verdict the input cannot decide. */
export function unknown(reason: string): CriterionResult {
  return { status: "unknown", reason, evidence: [] };
}

/** A failed verdict. */
export function failed(reason: string, evidence: string[]): CriterionResult {
  return { status: "fail", reason, evidence };
}
