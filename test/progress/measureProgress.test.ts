import { describe, expect, it } from "vitest";
import { measureProgress } from "../../src/index.ts";
import type { GoalInput } from "../../src/index.ts";
import { SENIOR_ENGINEER_AS_OF, seniorEngineerPlan } from "../fixtures/seniorEngineerPlan.ts";
import { frozenCopy, planWithGoals, seniorPlanWith } from "./testPlans.ts";

const goal = (fields: Partial<GoalInput>): GoalInput => ({ id: "g", title: "Publish 3 reports by 2026-12-31", startDate: "2026-01-01", dueDate: "2026-12-31", ...fields });
const goalRow = (fields: Partial<GoalInput>, asOf = "2026-07-02") => measureProgress(planWithGoals([goal(fields)]), { asOf }).goals[0]!;

describe("measureProgress", () => {
  it("returns 40% for the seeds' dashboard load time cut from 5 s towards 3 s (a reduce metric)", () => {
    const row = measureProgress(seniorEngineerPlan, { asOf: SENIOR_ENGINEER_AS_OF }).goals.find((item) => item.id === "g-load-time");
    expect(row).toEqual({
      id: "g-load-time",
      progress: 0.4,
      expected: 0.114,
      status: "on-track",
      grade: 0.4,
      forecast: "2027-02-08",
      basis: "metric",
      startDate: "2026-10-01",
      dueDate: "2027-12-31",
    });
  });

  it("returns the same progress for an increase metric as for the mirrored reduce metric", () => {
    const increase = goalRow({ metric: { metric: "reports", baseline: 0, current: 2, target: 5 } });
    const reduce = goalRow({ metric: { metric: "defects", baseline: 10, current: 8, target: 5 } });
    expect(increase.progress).toBe(0.4);
    expect(reduce.progress).toBe(0.4);
  });

  it("returns progress clamped to 0..1 when the metric overshoots or moves the wrong way", () => {
    expect(goalRow({ metric: { metric: "load time", baseline: 5, current: 2, target: 3 } }).progress).toBe(1);
    expect(goalRow({ metric: { metric: "load time", baseline: 5, current: 6, target: 3 } }).progress).toBe(0);
  });

  it("returns progress from a baseline of 0 when the metric has none", () => {
    expect(goalRow({ metric: { metric: "reports", current: 1, target: 4 } }).progress).toBe(0.25);
  });

  it("returns progress from done task minutes when the metric has no current value", () => {
    const plan = planWithGoals([goal({ metric: { metric: "reports", target: 3 } })], {
      tasks: [
        { id: "t1", goalId: "g", title: "Outline", minutes: 30, done: true },
        { id: "t2", goalId: "g", title: "Draft", minutes: 90 },
      ],
    });
    expect(measureProgress(plan, { asOf: "2026-07-02" }).goals[0]).toMatchObject({ progress: 0.25, basis: "tasks" });
  });

  it("returns task progress against the goal's whole effort when its tasks cover only part of it", () => {
    const plan = planWithGoals([goal({ effortHours: 10 })], { tasks: [{ id: "t1", goalId: "g", title: "Outline", minutes: 60, done: true }] });
    expect(measureProgress(plan, { asOf: "2026-07-02" }).goals[0]!.progress).toBe(0.1);
  });

  it("returns 0 from the status when a goal has no metric and no tasks", () => {
    expect(goalRow({})).toMatchObject({ progress: 0, basis: "status", status: "off-track", grade: 0 });
  });

  it("returns done with progress 1 when the goal is marked done, whatever its metric says", () => {
    const row = goalRow({ status: "done", metric: { metric: "load time", baseline: 5, current: 4, target: 3 } });
    expect(row).toMatchObject({ progress: 1, status: "done", grade: 1, basis: "status" });
    expect(row.forecast).toBeUndefined();
  });

  it("returns not-started when nothing is done and at most 10% of the time has passed", () => {
    expect(goalRow({}, "2026-01-20").status).toBe("not-started");
    expect(goalRow({}, "2025-12-01")).toMatchObject({ status: "not-started", expected: 0 });
  });

  it("returns on-track, at-risk and off-track at the documented margins below expected", () => {
    // 2026-07-02 is 182 of 364 days: expected 0.5.
    const at = (current: number) => goalRow({ metric: { metric: "reports", baseline: 0, current, target: 100 } }).status;
    expect(at(40)).toBe("on-track");
    expect(at(39)).toBe("at-risk");
    expect(at(25)).toBe("at-risk");
    expect(at(24)).toBe("off-track");
  });

  it("returns expected 1 once the due date has passed", () => {
    expect(goalRow({}, "2027-02-01").expected).toBe(1);
  });

  it("returns the span from the vision's start and the milestone's due date when the goal has no dates", () => {
    const plan = planWithGoals([{ id: "g", title: "Lead a project", milestoneId: "m" }], { milestones: [{ id: "m", title: "Lead", dueDate: "2027-01-01" }] });
    expect(measureProgress(plan, { asOf: "2026-07-02" }).goals[0]).toMatchObject({ startDate: "2026-01-01", dueDate: "2027-01-01" });
  });

  it("returns a forecast at the pace kept since the start date", () => {
    // 25% in 91 days: 364 days in all.
    expect(goalRow({ metric: { metric: "reports", current: 1, target: 4 } }, "2026-04-02").forecast).toBe("2026-12-31");
  });

  it("returns no forecast when nothing is done yet", () => {
    expect(goalRow({}).forecast).toBeUndefined();
  });

  it("returns a grade rounded to one decimal, OKR style", () => {
    expect(goalRow({ metric: { metric: "reports", current: 66, target: 100 } }).grade).toBe(0.7);
  });

  it("returns milestone progress weighted by effort hours", () => {
    const plan = planWithGoals(
      [goal({ id: "a", milestoneId: "m", effortHours: 30, status: "done" }), goal({ id: "b", milestoneId: "m", effortHours: 10 })],
      { milestones: [{ id: "m", title: "Publish", dueDate: "2027-01-01" }] },
    );
    expect(measureProgress(plan, { asOf: "2026-07-02" }).milestones[0]).toMatchObject({ id: "m", progress: 0.75, basis: "goals", startDate: "2026-01-01" });
  });

  it("returns the senior-engineer roll-ups: the 6-month milestone done, the 1-year one off track", () => {
    const result = measureProgress(seniorEngineerPlan, { asOf: SENIOR_ENGINEER_AS_OF });
    expect(result.milestones.map((row) => [row.id, row.status])).toEqual([
      ["m-6m", "done"],
      ["m-1y", "off-track"],
      ["m-3y", "on-track"],
      ["m-final", "not-started"],
    ]);
    expect(result.vision).toMatchObject({ id: "senior-engineer", progress: 0.3014, expected: 0.1763, status: "on-track", grade: 0.3 });
  });

  it("returns milestone progress from its indicators when no goal supports it", () => {
    const plan = planWithGoals([], { milestones: [{ id: "m", title: "Faster", dueDate: "2027-01-01", indicators: [{ metric: "load time", baseline: 5, current: 4, target: 3 }] }] });
    expect(measureProgress(plan, { asOf: "2026-07-02" }).milestones[0]).toMatchObject({ progress: 0.5, basis: "metric" });
  });

  it("returns no row for replaced and dropped goals and leaves them out of the roll-ups", () => {
    const plan = planWithGoals(
      [goal({ id: "a", milestoneId: "m", status: "replaced" }), goal({ id: "b", milestoneId: "m", status: "dropped" }), goal({ id: "c", milestoneId: "m", status: "done" })],
      { milestones: [{ id: "m", title: "Publish", dueDate: "2027-01-01" }] },
    );
    const result = measureProgress(plan, { asOf: "2026-07-02" });
    expect(result.goals.map((row) => row.id)).toEqual(["c"]);
    expect(result.milestones[0]!.status).toBe("done");
  });

  it("returns the vision from every goal when no goal supports a milestone", () => {
    const plan = planWithGoals([goal({ id: "a", status: "done" }), goal({ id: "b" })]);
    expect(measureProgress(plan, { asOf: "2026-07-02" }).vision.progress).toBe(0.5);
  });

  it("returns empty lists and a zero vision row for an empty plan", () => {
    expect(measureProgress(planWithGoals([]), { asOf: "2026-01-01" })).toEqual({
      vision: { id: "v", progress: 0, expected: 0, status: "not-started", grade: 0, basis: "goals", startDate: "2026-01-01", dueDate: "2030-12-31" },
      milestones: [],
      goals: [],
    });
  });

  it("throws a RangeError naming the parameter when asOf is not a date", () => {
    expect(() => measureProgress(seniorEngineerPlan, { asOf: "2026-02-30" })).toThrow(new RangeError('measureProgress: options.asOf must be a calendar date written YYYY-MM-DD, got "2026-02-30"'));
  });

  it("throws a TypeError naming the 0.2 options when asOf is passed as a string", () => {
    expect(() => measureProgress(seniorEngineerPlan, "2026-11-22" as never)).toThrow(/measureProgress: options must be an object such as \{ asOf \}/);
  });

  it("returns progress from the minutes logged against the goal's effort, with the pace of the logged weeks as forecast", () => {
    // 10 hours of effort; 4 weeks logging 60 minutes a week (4 h done, 6 h left at 60 min / 7 days → 42 weeks).
    const log = ["2026-06-08", "2026-06-15", "2026-06-22", "2026-06-29"].map((date) => ({ date, goalId: "g", minutes: 60 }));
    const row = measureProgress(planWithGoals([goal({ effortHours: 10 })], { log }), { asOf: "2026-07-05" }).goals[0]!;
    expect(row).toMatchObject({ progress: 0.4, basis: "log", loggedMinutes: 240 });
    // 240 minutes over the 28 days since 2026-06-08: 360 minutes left take 42 days.
    expect(row.forecast).toBe("2026-08-16");
  });

  it("counts time logged on a task for the task's goal, and ignores entries after asOf", () => {
    const plan = planWithGoals([goal({ effortHours: 2 })], {
      tasks: [{ id: "t1", goalId: "g", title: "Outline", minutes: 60 }],
      log: [
        { date: "2026-07-01", taskId: "t1", minutes: 30 },
        { date: "2026-07-09", goalId: "g", minutes: 60 },
      ],
    });
    expect(measureProgress(plan, { asOf: "2026-07-02" }).goals[0]).toMatchObject({ progress: 0.25, basis: "log", loggedMinutes: 30 });
  });

  it("uses the latest metric check-in on or before asOf as the metric's current value", () => {
    const plan = planWithGoals([goal({ metric: { metric: "reports", baseline: 0, target: 4, current: 4 } })], {
      log: [
        { date: "2026-03-01", goalId: "g", value: 1 },
        { date: "2026-05-01", goalId: "g", value: 2 },
      ],
    });
    expect(measureProgress(plan, { asOf: "2026-04-01" }).goals[0]).toMatchObject({ progress: 0.25, basis: "metric", checkIns: 1 });
    expect(measureProgress(plan, { asOf: "2026-06-01" }).goals[0]).toMatchObject({ progress: 0.5, checkIns: 2 });
  });

  it("throws a TypeError when the plan has no vision", () => {
    expect(() => measureProgress({} as never, { asOf: "2026-01-01" })).toThrow(TypeError);
  });

  it("does not mutate its input", () => {
    const plan = frozenCopy(seniorPlanWith({}));
    expect(() => measureProgress(plan, { asOf: SENIOR_ENGINEER_AS_OF })).not.toThrow();
    expect(plan).toEqual(seniorEngineerPlan);
  });
});
