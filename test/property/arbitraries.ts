// fast-check generators of valid plans and of near-valid plans, shared by the
// property suites of every area.
import fc from "fast-check";
import { formatIsoDate } from "../../src/_lib/dates.ts";
import type { PlanInput } from "../../src/index.ts";

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real calendar date between 1990 and 2060 (leap days included). */
export const isoDate = fc
  .record({ year: fc.integer({ min: 1990, max: 2060 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => {
    const leap = month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0);
    return formatIsoDate(year, month, Math.min(day, leap ? 29 : DAYS[month - 1]!));
  });

const id = fc.constantFrom("a", "b", "c", "d", "e", "f", "g", "h");
const bucket = fc.constantFrom("core" as const, "auxiliary" as const, "exploratory" as const);
const status = fc.constantFrom("active" as const, "done" as const, "replaced" as const, "dropped" as const);
const hours = fc.integer({ min: 0, max: 400 });
const text = fc.constantFrom(
  "Complete one advanced course in system design by March 2027",
  "Get better at public speaking",
  "Publish 3 competitive analysis reports within 6 months",
  "Lead one feature end-to-end by Q3 2027",
  "Become an expert someday",
  "",
);

const indicator = fc.record(
  { metric: fc.constantFrom("revenue", "load time", "reports"), target: fc.integer({ min: 0, max: 100 }), unit: fc.constant("x"), baseline: fc.integer({ min: 0, max: 100 }), current: fc.integer({ min: 0, max: 100 }) },
  { requiredKeys: ["metric", "target"] },
);

const capability = fc.record(
  { id, name: text, kind: fc.constantFrom("core" as const, "auxiliary" as const), effortHours: hours, requires: fc.array(id, { maxLength: 3 }), evidence: text },
  { requiredKeys: ["id", "name"] },
);

const milestone = fc.record(
  { id, title: text, dueDate: isoDate, horizon: fc.constantFrom("6m", "1y", "3y", "final"), capabilityIds: fc.array(id, { maxLength: 3 }), indicators: fc.array(indicator, { maxLength: 2 }) },
  { requiredKeys: ["id", "title", "dueDate"] },
);

const goal = fc.record(
  {
    id,
    title: text,
    milestoneId: id,
    bucket,
    capabilityIds: fc.array(id, { maxLength: 3 }),
    startDate: isoDate,
    dueDate: isoDate,
    effortHours: hours,
    metric: indicator,
    status,
    replaces: id,
    backup: text,
  },
  { requiredKeys: ["id", "title"] },
);

const task = fc.record(
  { id, goalId: id, title: text, minutes: fc.integer({ min: 0, max: 240 }), done: fc.boolean() },
  { requiredKeys: ["id", "goalId", "title", "minutes"] },
);

const review = fc.record(
  {
    id,
    date: isoDate,
    kind: fc.constantFrom("quarterly" as const, "canvas" as const, "vision" as const),
    decisions: fc.array(fc.record({ goalId: id, outcome: fc.constantFrom("keep" as const, "tweak" as const, "replace" as const, "drop" as const) }), { maxLength: 2 }),
  },
  { requiredKeys: ["id", "date", "kind"] },
);

const logEntry = fc.record(
  { date: isoDate, minutes: fc.integer({ min: 0, max: 240 }), goalId: id, taskId: id, done: fc.boolean(), value: fc.integer({ min: -10, max: 100 }), note: text, evidence: text },
  { requiredKeys: ["date"] },
);

const ratios = fc
  .tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }))
  .filter(([a, b]) => a + b <= 10)
  .map(([a, b]) => ({ core: a / 10, auxiliary: b / 10, exploratory: (10 - a - b) / 10 }))
  .filter((r) => Math.abs(r.core + r.auxiliary + r.exploratory - 1) <= 1e-9);

/** A plan that satisfies the schema: ids may repeat and references may dangle. */
export const validPlan: fc.Arbitrary<PlanInput> = fc.record(
  {
    vision: fc.record(
      {
        id: fc.constant("vision"),
        statement: text,
        startDate: isoDate,
        targetDate: isoDate,
        why: text,
        who: text,
        capabilities: fc.array(capability, { maxLength: 6 }),
      },
      { requiredKeys: ["id", "statement", "startDate", "targetDate"] },
    ),
    milestones: fc.array(milestone, { maxLength: 5 }),
    goals: fc.array(goal, { maxLength: 8 }),
    tasks: fc.array(task, { maxLength: 6 }),
    reviews: fc.array(review, { maxLength: 3 }),
    hoursPerWeek: fc.integer({ min: 0, max: 60 }),
    ratios,
    ratioOverrides: fc.array(fc.record({ from: isoDate, until: isoDate, ratios }), { maxLength: 1 }),
    log: fc.array(logEntry, { maxLength: 6 }),
  },
  { requiredKeys: ["vision"] },
);

/** A plan with one field broken in a way the schema must catch. */
export const brokenPlan: fc.Arbitrary<unknown> = fc
  .tuple(
    validPlan,
    fc.constantFrom<(plan: PlanInput) => unknown>(
      (plan) => ({ ...plan, vision: { ...plan.vision, startDate: "2027-02-30" } }),
      (plan) => ({ ...plan, vision: { ...plan.vision, targetDate: "2026-13-01" } }),
      (plan) => ({ ...plan, goals: [...(plan.goals ?? []), { id: "x", title: "t", bucket: "side" }] }),
      (plan) => ({ ...plan, goals: [...(plan.goals ?? []), { id: "", title: "t" }] }),
      (plan) => ({ ...plan, tasks: [{ id: "t", goalId: "g", title: "t", minutes: -5 }] }),
      (plan) => ({ ...plan, hoursPerWeek: 169 }),
      (plan) => ({ ...plan, milestones: [{ id: "m", title: "t" }] }),
      (plan) => ({ ...plan, reviews: [{ id: "r", date: "2026-01-01", kind: "weekly" }] }),
      (plan) => ({ ...plan, vision: { ...plan.vision, statement: 42 } }),
      (plan) => ({ ...plan, log: [{ date: "2027-01-05", minutes: -30 }] }),
    ),
  )
  .map(([plan, breakIt]) => breakIt(plan));
