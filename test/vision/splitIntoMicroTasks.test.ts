import { describe, expect, it } from "vitest";
import { splitIntoMicroTasks, type GoalInput } from "../../src/index.ts";
import { frozenCopy } from "./fixtures.ts";

const goal: GoalInput = { id: "g-system-design", title: "Finish the system design course and ship a side project by July 5, 2026", effortHours: 40 };

function minutes(result: { tasks: { minutes: number }[] }): number[] {
  return result.tasks.map((task) => task.minutes);
}

describe("splitIntoMicroTasks", () => {
  it("returns one round of short default steps and leaves the rest unplanned (bug: 'session 37 of 120')", () => {
    expect(splitIntoMicroTasks(goal, { label: "System design course" })).toEqual({
      tasks: [
        { id: "g-system-design-t1", goalId: "g-system-design", title: "System design course: chapter notes", minutes: 60 },
        { id: "g-system-design-t2", goalId: "g-system-design", title: "System design course: practice questions", minutes: 60 },
        { id: "g-system-design-t3", goalId: "g-system-design", title: "System design course: what applies at work", minutes: 60 },
      ],
      unplannedMinutes: 2220,
    });
  });

  it("returns a label from the goal's first clause by default, never the whole title", () => {
    const { tasks } = splitIntoMicroTasks(goal);
    expect(tasks[0]?.title).toBe("Finish the system design course: chapter notes");
  });

  it("returns default steps that fit the work: people, building or practice", () => {
    const first = (title: string) => splitIntoMicroTasks({ id: "g", title, effortHours: 5 }).tasks.map((task) => task.title);
    expect(first("Hold 3 informational interviews in health-data analytics by May 31, 2027")).toEqual([
      "Hold 3 informational interviews in health-data analytics: prepare questions",
      "Hold 3 informational interviews in health-data analytics: the conversation",
      "Hold 3 informational interviews in health-data analytics: notes and follow-up",
    ]);
    expect(first("Use SQL to build 1 working project")[0]).toBe("Use SQL to build 1 working project: set up and first exercise");
    expect(first("Practise negotiation on 2 work projects")[2]).toBe("Practise negotiation on 2 work projects: ask for feedback");
  });

  it("returns planMinutes of work in tasks of 30 to 60 minutes, later rounds marked", () => {
    const result = splitIntoMicroTasks(goal, { label: "System design course", planMinutes: 250 });
    expect(minutes(result)).toEqual([50, 50, 50, 50, 50]);
    expect(result.tasks.map((task) => task.title).slice(3)).toEqual(["System design course: chapter notes (round 2)", "System design course: practice questions (round 2)"]);
    expect(result.unplannedMinutes).toBe(2400 - 250);
  });

  it("returns no task shorter than minMinutes: a remainder below it stays unplanned", () => {
    expect(splitIntoMicroTasks(goal, { planMinutes: 20 })).toMatchObject({ tasks: [], unplannedMinutes: 2400 });
    expect(minutes(splitIntoMicroTasks(goal, { planMinutes: 70 }))).toEqual([35, 35]);
  });

  it("returns one short task when the whole effort is below minMinutes", () => {
    expect(minutes(splitIntoMicroTasks({ ...goal, effortHours: 0.25 }))).toEqual([15]);
  });

  it("returns nothing for a goal without effort", () => {
    expect(splitIntoMicroTasks({ id: "g", title: "No estimate" })).toEqual({ tasks: [], unplannedMinutes: 0 });
    expect(splitIntoMicroTasks({ id: "g", title: "Zero", effortHours: 0 })).toEqual({ tasks: [], unplannedMinutes: 0 });
  });

  it("returns one task per given step, the rest unplanned (bug: 40 hours of installing a tool)", () => {
    const steps = ["Install DBeaver", "Load the demo data", "Write 3 queries about readmissions"];
    const result = splitIntoMicroTasks({ id: "g-sql", title: "Use SQL to build 1 working project by May 31, 2027", effortHours: 40 }, { steps });
    expect(result.tasks.map((task) => [task.id, task.title, task.minutes])).toEqual([
      ["g-sql-t1", "Install DBeaver", 60],
      ["g-sql-t2", "Load the demo data", 60],
      ["g-sql-t3", "Write 3 queries about readmissions", 60],
    ]);
    expect(result.unplannedMinutes).toBe(2400 - 180);
  });

  it("returns steps without minutes sharing what the timed ones leave, at most maxMinutes each", () => {
    const steps = [{ title: "Message a mentor", minutes: 30 }, "Read chapter 1", "Read chapter 2"];
    expect(minutes(splitIntoMicroTasks({ ...goal, effortHours: 2 }, { steps }))).toEqual([30, 45, 45]);
  });

  it("returns a long step split into named parts only as far as needed", () => {
    const result = splitIntoMicroTasks(goal, { steps: [{ title: "Load the demo data", minutes: 150 }, "Write the first query"] });
    expect(result.tasks.map((task) => [task.title, task.minutes])).toEqual([
      ["Load the demo data — 1 of 3", 50],
      ["Load the demo data — 2 of 3", 50],
      ["Load the demo data — 3 of 3", 50],
      ["Write the first query", 60],
    ]);
  });

  it("returns a step shorter than minMinutes as it is", () => {
    expect(minutes(splitIntoMicroTasks({ ...goal, effortHours: 1 }, { steps: [{ title: "Quick note", minutes: 10 }, "Rest"] }))).toEqual([10, 50]);
  });

  it("returns the default steps when steps is empty", () => {
    expect(splitIntoMicroTasks(goal, { steps: [] })).toEqual(splitIntoMicroTasks(goal));
  });

  it("returns a huge effort as a few tasks and the rest unplanned (bug: 'Invalid array length' for 1e12 hours)", () => {
    const result = splitIntoMicroTasks({ id: "g", title: "Study statistics", effortHours: 1e12 });
    expect(result.tasks).toHaveLength(3);
    expect(result.unplannedMinutes).toBe(6e13 - 180);
  });

  it("throws a RangeError when the steps' minutes exceed the effort", () => {
    expect(() => splitIntoMicroTasks({ ...goal, effortHours: 1 }, { steps: [{ title: "A", minutes: 75 }] })).toThrow(
      new RangeError("splitIntoMicroTasks: the steps' minutes must be at most 60 in all (the goal's effort), got 75"),
    );
    expect(() => splitIntoMicroTasks({ ...goal, effortHours: 1 }, { steps: [{ title: "A", minutes: 60 }, "B"] })).toThrow(
      new RangeError("splitIntoMicroTasks: the steps' minutes must be at most 59 in all (1 left per step without minutes), got 60"),
    );
  });

  it("throws a RangeError for planMinutes that are negative or above 1000 tasks' worth", () => {
    expect(() => splitIntoMicroTasks(goal, { planMinutes: -1 })).toThrow(/options.planMinutes/);
    expect(() => splitIntoMicroTasks(goal, { planMinutes: 60_001 })).toThrow(new RangeError("splitIntoMicroTasks: options.planMinutes must be a finite number from 0 to 60000, got 60001"));
  });

  it("throws a RangeError for a step whose minutes are not a positive integer", () => {
    expect(() => splitIntoMicroTasks(goal, { steps: [{ title: "A", minutes: 0 }] })).toThrow(new RangeError("splitIntoMicroTasks: options.steps[0].minutes must be a whole number ≥ 1, got 0"));
  });

  it("throws a RangeError for bounds that are not positive integers with min ≤ max", () => {
    expect(() => splitIntoMicroTasks(goal, { minMinutes: 60, maxMinutes: 30 })).toThrow(
      new RangeError("splitIntoMicroTasks: options.maxMinutes must be a whole number ≥ 60, got 30"),
    );
    expect(() => splitIntoMicroTasks(goal, { minMinutes: 0 })).toThrow(RangeError);
    expect(() => splitIntoMicroTasks(goal, { maxMinutes: 45.5 })).toThrow(RangeError);
  });

  it("throws a RangeError for negative or non-finite effort", () => {
    expect(() => splitIntoMicroTasks({ ...goal, effortHours: -1 })).toThrow(/goal.effortHours must be a finite number ≥ 0, got -1/);
    expect(() => splitIntoMicroTasks({ ...goal, effortHours: Number.POSITIVE_INFINITY })).toThrow(RangeError);
  });

  it("does not mutate its input", () => {
    const frozenGoal = frozenCopy(goal);
    const options = frozenCopy({ steps: [{ title: "A", minutes: 30 }, "B"] });
    splitIntoMicroTasks(frozenGoal, options);
    expect(frozenGoal).toEqual(goal);
  });
});
