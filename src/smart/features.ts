// The shapes the SMART scan fills in: what a goal's text says, and what one
// time expression says. Kept apart so the scanning files stay short.
import type { IsoDate } from "../model/index.ts";

/** What the text says, as evidence (words quoted from the text). */
export interface TextFeatures {
  words: number;
  /** The first words, quoted as the action the goal names. */
  opening: string;
  quantity?: string;
  frequency?: string;
  deliverable?: string;
  rating?: string;
  clock?: string;
  vague?: string;
  softVerb?: string;
  concrete?: string;
  deadline?: IsoDate;
  deadlineText?: string;
  /** The latest deadline was counted from asOf ("in 8 weeks", "by June 30"), not written as a date. */
  deadlineRelative: boolean;
  relativeText?: string;
  eventText?: string;
  vagueTime?: string;
  impossibleDate?: string;
  /** The longest duration of effort the text names, in hours. */
  durationHours: number;
  /** The longest relative span the text names, in days. */
  spanDays: number;
  /** A generic career object with nothing naming which one ("a certificate", "my network"). */
  genericObject?: string;
}

/** One time expression read by matchTime. */
export interface TimeMatch {
  /** Token index after the expression. */
  readonly end: number;
  /** The resolved date, when the expression names one (and asOf is known for relative ones). */
  readonly date: IsoDate | undefined;
  /** The first day of the period the expression names, when it names one: "before" it means the day before. */
  readonly first: IsoDate | undefined;
  /** A relative span ("in 8 weeks") or period ("next month"): needs asOf. */
  readonly relative: boolean;
  /** Days the relative span lasts, for the plausibility check. */
  readonly spanDays: number;
  /** A span opened by "for": a duration as well as a limit. */
  readonly duration: boolean;
  /** An event deadline ("by the next session"): bounded, but no calendar date. */
  readonly event: boolean;
  /** A calendar date that does not exist ("February 30, 2027"). */
  readonly impossible: boolean;
}
