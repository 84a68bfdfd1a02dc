import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { type LogEntryInput, parsePlan, type PlanInput, recordProgress } from "../../src/index.ts";
import { validPlan } from "../property/arbitraries.ts";
import { frozenCopy } from "./testPlans.ts";

const plan: PlanInput = {
  vision: { id: "v", statement: "Become a senior software engineer in 5 years", startDate: "2026-01-05", targetDate: "2030-12-31" },
  goals: [
    { id: "g-load", title: "Cut the dashboard load time from 5 s to 3 s by June 2027", metric: { metric: "load time", unit: "s", baseline: 5, target: 3 } },
    { id: "g-course", title: "Complete one advanced course in system design by March 2027", effortHours: 40 },
  ],
  tasks: [
    { id: "g-course-t1", goalId: "g-course", title: "Watch lecture 1", minutes: 50 },
    { id: "g-course-t2", goalId: "g-course", title: "Watch lecture 2", minutes: 50 },
  ],
};
const asOf = { asOf: "2027-01-31" };

describe("recordProgress", () => {
  it("appends the entries to the log, keeping only log fields", () => {
    const entry = { date: "2027-01-11", goalId: "g-course", minutes: 50, note: "Lecture 1", extra: "dropped" } as LogEntryInput;
    const { plan: next, issues } = recordProgress(plan, [entry], asOf);
    expect(issues).toEqual([]);
    expect(next.log).toEqual([{ date: "2027-01-11", goalId: "g-course", minutes: 50, note: "Lecture 1" }]);
    expect(parsePlan(next).ok).toBe(true);
  });

  it("marks a task done and leaves the other tasks shared", () => {
    const { plan: next } = recordProgress(plan, [{ date: "2027-01-12", taskId: "g-course-t1", minutes: 50, done: true }], asOf);
    expect(next.tasks?.[0]?.done).toBe(true);
    expect(next.tasks?.[1]).toBe(plan.tasks?.[1]);
  });

  it("marks a goal done from a done entry without a task", () => {
    const { plan: next } = recordProgress(plan, [{ date: "2027-01-12", goalId: "g-course", done: true, evidence: "Certificate of completion" }], asOf);
    expect(next.goals?.[1]?.status).toBe("done");
  });

  it("moves the metric's current to the value logged on the latest date", () => {
    const { plan: next } = recordProgress(plan, [
      { date: "2027-01-20", goalId: "g-load", value: 4.1 },
      { date: "2027-01-10", goalId: "g-load", value: 4.6 },
    ], asOf);
    expect(next.goals?.[0]?.metric?.current).toBe(4.1);
  });

  it("does not move the metric back for a check-in older than one already logged", () => {
    const logged = { ...plan, log: [{ date: "2027-01-25", goalId: "g-load", value: 3.9 }] };
    const { plan: next } = recordProgress(logged, [{ date: "2027-01-20", goalId: "g-load", value: 4.4 }], asOf);
    expect(next.goals?.[0]?.metric?.current).toBeUndefined();
    expect(next.log).toHaveLength(2);
  });

  it("rejects the whole batch, naming each bad entry, and returns the plan unchanged", () => {
    const { plan: next, issues } = recordProgress(plan, [
      { date: "2027-01-11", goalId: "g-course", minutes: 50 },
      { date: "2027-01-12", goalId: "g-nope", minutes: 30 },
      { date: "2027-02-30", goalId: "g-course", minutes: 30 },
      { date: "2027-02-05", goalId: "g-course", minutes: 30 },
      { date: "2027-01-12", goalId: "g-course", minutes: -5 },
      { date: "2027-01-12", goalId: "g-course", value: 3 },
      { date: "2027-01-12", goalId: "g-load", taskId: "g-course-t1", done: true },
      { date: "2027-01-12" },
    ], asOf);
    expect(next).toBe(plan);
    expect(issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["ref/unknown", "entries.1.goalId"],
      ["schema/invalid", "entries.2.date"],
      ["log/invalid-entry", "entries.3.date"],
      ["schema/invalid", "entries.4.minutes"],
      ["log/invalid-entry", "entries.5.value"],
      ["log/invalid-entry", "entries.6.taskId"],
      ["log/invalid-entry", "entries.7"],
    ]);
    expect(issues.every((issue) => issue.severity === "error")).toBe(true);
    expect(issues[2]?.message).toContain("after 2027-01-31");
    expect(issues[4]?.message).toMatch(/no metric/);
  });

  it("throws a TypeError when entries is not an array and a RangeError for a bad asOf", () => {
    expect(() => recordProgress(plan, {} as never, asOf)).toThrow(TypeError);
    expect(() => recordProgress(plan, [], { asOf: "2027-02-30" })).toThrow(/recordProgress: options.asOf/);
  });

  const entry = fc.record(
    {
      date: fc.constantFrom("2027-01-05", "2027-01-31", "2027-02-01", "2027-02-30"),
      goalId: fc.constantFrom("a", "b", "zz", ""),
      taskId: fc.constantFrom("a", "b", "zz"),
      minutes: fc.constantFrom(0, 45, -1, 2000, Number.NaN),
      done: fc.constantFrom(true, false, "yes"),
      value: fc.constantFrom(1, 50, Infinity),
      note: fc.constantFrom("ok", 42),
    },
    { requiredKeys: ["date"] },
  );

  test.prop([validPlan, fc.array(entry, { maxLength: 5 })], { numRuns: 200 })("is atomic, never mutates, and a parsed plan stays parseable", (input, entries) => {
    const before = structuredClone(input);
    const result = recordProgress(frozenCopy(input), frozenCopy(entries) as LogEntryInput[], { asOf: "2027-01-31" });
    expect(input).toEqual(before);
    if (result.issues.length > 0) {
      expect(result.plan).toEqual(input);
      return;
    }
    expect(result.plan.log).toHaveLength((input.log?.length ?? 0) + entries.length);
    if (parsePlan(input).ok) expect(parsePlan(result.plan).ok).toBe(true);
  });
});
