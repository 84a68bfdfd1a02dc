// The 70/20/10 mix is one reading of a plan: the plan page's table, its pie and
// checkAlignment's drift warnings must never tell a person three different stories.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { checkAlignment, renderPlanMarkdown, renderPlanMermaid, type PlanInput } from "../../src/index.ts";

const AS_OF = "2027-03-15";
const vision = { id: "v", statement: "Move from nursing into health-data analytics in 4 years", startDate: "2026-01-05", targetDate: "2029-12-31" };
const buckets = ["core", "auxiliary", "exploratory"] as const;

const day = fc.integer({ min: -60, max: 200 }).map((offset) => new Date(Date.UTC(2027, 2, 15 + offset)).toISOString().slice(0, 10));
const goal = fc.record({
  bucket: fc.constantFrom(...buckets),
  effortHours: fc.integer({ min: 1, max: 120 }),
  start: day,
  length: fc.integer({ min: 0, max: 300 }),
});
const entry = fc.record({ goal: fc.nat(7), daysBack: fc.integer({ min: -5, max: 60 }), minutes: fc.integer({ min: 0, max: 240 }) });

type GoalSpec = { bucket: (typeof buckets)[number]; effortHours: number; start: string; length: number };
type EntrySpec = { goal: number; daysBack: number; minutes: number };

function planOf(goals: readonly GoalSpec[], log: readonly EntrySpec[]): PlanInput {
  return {
    vision,
    goals: goals.map((item, index) => {
      const due = new Date(Date.parse(item.start) + item.length * 86_400_000).toISOString().slice(0, 10);
      return { id: `g${index}`, title: `Goal ${index}`, bucket: item.bucket, effortHours: item.effortHours, startDate: item.start, dueDate: due };
    }),
    log: log.map((item) => ({ date: new Date(Date.parse(AS_OF) - item.daysBack * 86_400_000).toISOString().slice(0, 10), minutes: item.minutes, goalId: `g${item.goal % Math.max(1, goals.length)}` })),
  };
}

/** Hours per bucket in the page's table, and whether it says the mix is off. */
function pageMix(plan: PlanInput): { hours: Record<string, number>; off: boolean } {
  const page = renderPlanMarkdown(plan, { asOf: AS_OF, diagrams: false });
  const hours: Record<string, number> = {};
  for (const [, bucket, value] of page.matchAll(/^\| (core|auxiliary|exploratory) \| [^|]+ \| [^|]+ \| ([\d.]+) \|$/gm)) hours[bucket!] = Number(value);
  return { hours, off: page.includes("More than 5 points off the target") };
}

/** Hours per bucket the mix pie shows (empty slices are left out of it). */
function pieHours(plan: PlanInput): Record<string, number> {
  const pie = renderPlanMermaid(plan, { asOf: AS_OF, kind: "mix" });
  return Object.fromEntries([...pie.matchAll(/^ {2}"(\w+)" : ([\d.]+)$/gm)].map(([, name, value]) => [name!.toLowerCase(), Number(value)]));
}

describe("the effort mix, one reading for the page, the pie and checkAlignment", () => {
  test.prop([fc.array(goal, { minLength: 1, maxLength: 8 }), fc.array(entry, { maxLength: 12 })])(
    "the page's table and the pie show the same hours, and the page calls the mix off exactly when checkAlignment warns of drift",
    (goals, log) => {
      const plan = planOf(goals, log);
      const page = pageMix(plan);
      const pie = pieHours(plan);
      for (const bucket of buckets) if (pie[bucket] !== undefined) expect(page.hours[bucket]).toBe(pie[bucket]);
      const drift = checkAlignment(plan, { asOf: AS_OF }).issues.some((issue) => issue.code === "allocation/drift");
      expect(page.off).toBe(drift);
    },
  );

  it("reads the log over checkAlignment's 4-week window: older time is left out of all three", () => {
    // Only core time in the window: all three buckets drift, whatever was explored five weeks ago.
    const plan = planOf(
      [
        { bucket: "core", effortHours: 40, start: "2027-01-01", length: 120 },
        { bucket: "exploratory", effortHours: 10, start: "2027-01-01", length: 120 },
      ],
      [
        { goal: 0, daysBack: 3, minutes: 120 },
        // Five weeks ago: a month of exploring that no longer says how the time goes now.
        { goal: 1, daysBack: 35, minutes: 6000 },
      ],
    );
    expect(pieHours(plan)).toEqual({ core: 2 });
    expect(renderPlanMarkdown(plan, { asOf: AS_OF })).toContain("Hours logged from 2027-02-16 to 2027-03-15, by bucket:");
    expect(checkAlignment(plan, { asOf: AS_OF }).issues.filter((issue) => issue.code === "allocation/drift").map((issue) => issue.path)).toEqual([["log"], ["log"], ["log"]]);
  });

  it("counts time logged on a goal whose bucket is not one of the three in the bucket of its capabilities, as the planned mix does", () => {
    const plan: PlanInput = {
      vision: { ...vision, capabilities: [{ id: "sql", name: "SQL", kind: "auxiliary" }] },
      goals: [{ id: "g", title: "Finish a SQL course", bucket: "skills" as never, capabilityIds: ["sql"], effortHours: 20, startDate: "2027-01-01", dueDate: "2027-06-30" }],
      log: [{ date: "2027-03-10", minutes: 90, goalId: "g" }],
    };
    expect(pieHours(plan)).toEqual({ auxiliary: 1.5 });
    const codes = checkAlignment(plan, { asOf: AS_OF }).issues.map((issue) => `${issue.code} ${issue.path.join(".")}`);
    expect(codes).toContain("schema/invalid goals.0.bucket");
    expect(codes).toContain("allocation/drift log");
  });
});
