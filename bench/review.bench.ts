import * as rrule from "rrule";
import { scheduleReviews, toICalendar } from "../src/index.ts";
import type { BenchSuite } from "./suite.ts";

// rrule's ES build has no "exports" map, so Node loads its UMD bundle, whose
// names sit on `default`; bundlers see the named exports directly.
const { RRule } = (rrule as { default?: typeof rrule }).default ?? rrule;

// Ten years of quarterly reviews. The anchor is mid-month: rrule skips months
// too short for the anchor's day (see test/review), so only there do both agree.
const START = "2026-01-15";
const UNTIL = "2036-01-15";
const quarterly = [{ kind: "quarterly" as const, everyMonths: 3 }];

function ours(): string[] {
  return scheduleReviews({ start: START, until: UNTIL, cadences: quarterly }).map((event) => event.date);
}

function theirs(): string[] {
  const rule = new RRule({ freq: RRule.MONTHLY, interval: 3, dtstart: new Date(Date.UTC(2026, 0, 15)), until: new Date(Date.UTC(2036, 0, 15)) });
  // rrule counts dtstart itself; scheduleReviews starts at k = 1.
  return rule.all().slice(1).map((date) => date.toISOString().slice(0, 10));
}

if (JSON.stringify(ours()) !== JSON.stringify(theirs())) throw new Error("review bench: scheduleReviews and rrule disagree on the quarterly dates");

const tenYears = scheduleReviews({ start: START, until: UNTIL });

export const suite: BenchSuite = {
  name: "review",
  tasks: [
    { name: "scheduleReviews quarterly, 10 years", fn: ours, itemsPerCall: 40 },
    { name: "rrule MONTHLY;INTERVAL=3, 10 years", fn: theirs, itemsPerCall: 40 },
    { name: "scheduleReviews default cadences, 10 years", fn: () => scheduleReviews({ start: START, until: UNTIL }), itemsPerCall: tenYears.length },
    { name: "toICalendar, 10 years of reviews", fn: () => toICalendar(tenYears, { dtstamp: "20261122T000000Z" }), itemsPerCall: tenYears.length },
  ],
  ratios: [{ label: "scheduleReviews / rrule (same quarterly dates)", numerator: "scheduleReviews quarterly, 10 years", denominator: "rrule MONTHLY;INTERVAL=3, 10 years" }],
};
