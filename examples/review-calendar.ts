// The feedback loop of "Become a senior software engineer in 5 years":
// schedule the reviews, see which are due, record one, and export a calendar.
import { applyReview, dueReviews, scheduleReviews, toICalendar, type PlanInput } from "careerplan";

const plan: PlanInput = {
  vision: {
    id: "senior-engineer",
    statement: "Become a senior software engineer at a product company within 5 years",
    startDate: "2026-01-05",
    targetDate: "2030-12-31",
  },
  goals: [
    { id: "g-lead-feature", title: "Lead one feature end-to-end at work, from planning to rollout, by December 31, 2026", dueDate: "2026-12-31" },
    { id: "g-explore-ai", title: "Build 2 prototypes with an AI coding assistant by March 31, 2027", bucket: "exploratory", dueDate: "2027-03-31" },
  ],
  reviews: [
    { id: "r-2026-04", date: "2026-04-06", kind: "quarterly" },
    { id: "r-2026-07", date: "2026-07-06", kind: "canvas" },
  ],
};

// The seeds' cadence over the first two years: quarterly reviews, a career
// canvas every six months, a vision review every year; weekends move to Monday.
const events = scheduleReviews({ start: plan.vision.startDate, until: "2028-01-05", weekends: "next-monday" });
console.log("Review schedule, first two years:");
for (const event of events) console.log(`  ${event.date}  ${event.kinds.join(" + ")}`);

const asOf = "2026-11-22";
const due = dueReviews(plan, { asOf, weekends: "next-monday" });
console.log(`\nDue on ${asOf} (recorded: a quarterly review on 2026-04-06, a canvas update on 2026-07-06):`);
for (const event of due) console.log(`  ${event.date}  ${event.kinds.join(" + ")}`);
console.log("Questions for the quarterly review:");
for (const question of due.at(-1)?.questions ?? []) console.log(`  - ${question}`);

// Hold the overdue quarterly review: keep one goal, replace the other.
const { plan: next, issues } = applyReview(plan, {
  id: "r-2026-11",
  date: asOf,
  kind: "quarterly",
  decisions: [
    { goalId: "g-lead-feature", outcome: "keep" },
    {
      goalId: "g-explore-ai",
      outcome: "replace",
      note: "AI is reshaping the role: keep the vision, adjust the path",
      replacement: { id: "g-ai-commercial", title: "Write 2 notes on turning the AI prototypes into product features by June 30, 2027", bucket: "exploratory" },
    },
  ],
});
console.log(`\nAfter the review (${issues.length} issues):`);
for (const goal of next.goals ?? []) console.log(`  ${goal.id.padEnd(16)} ${(goal.status ?? "active").padEnd(9)} ${goal.replaces ? `replaces ${goal.replaces}` : ""}`.trimEnd());
console.log(`  Still due: ${dueReviews(next, { asOf, weekends: "next-monday" }).length}`);

const ics = toICalendar(events, { dtstamp: "20261122T000000Z", uidDomain: "example.com", calendarName: "Career reviews" });
console.log(`\nreviews.ics (${events.length} events), first lines:`);
for (const line of ics.split("\r\n").slice(0, 16)) console.log(`  ${line}`);
