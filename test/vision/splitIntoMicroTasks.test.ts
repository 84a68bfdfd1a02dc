import { describe, expect, it } from "vitest";
import { splitIntoMicroTasks, type GoalInput } from "../../src/index.ts";
import { frozenCopy } from "./fixtures.ts";

const goal: GoalInput = { id: "g-system-design", title: "Complete 60 hours of focused work on System design by July 5, 2026", effortHours: 2.5 };

function minutes(tasks: { minutes: number }[]): number[] {
  return tasks.map((task) => task.minutes);
}

describe("splitIntoMicroTasks", () => {
  it("returns sessions of 30 to 60 minutes with stable ids and readable titles", () => {
    expect(splitIntoMicroTasks(goal, { label: "System design" })).toEqual([
      { id: "g-system-design-t1", goalId: "g-system-design", title: "System design — session 1 of 3", minutes: 50 },
      { id: "g-system-design-t2", goalId: "g-system-design", title: "System design — session 2 of 3", minutes: 50 },
      { id: "g-system-design-t3", goalId: "g-system-design", title: "System design — session 3 of 3", minutes: 50 },
    ]);
  });

  it("returns titles from the goal's title by default", () => {
    expect(splitIntoMicroTasks({ id: "g", title: "Write the design doc", effortHours: 1 })[0]?.title).toBe("Write the design doc — session 1 of 1");
  });

  it("returns sessions differing by at most one minute, longer first, adding up exactly", () => {
    expect(minutes(splitIntoMicroTasks({ ...goal, effortHours: 62 / 60 }))).toEqual([31, 31]);
    expect(minutes(splitIntoMicroTasks({ ...goal, effortHours: 121 / 60 }))).toEqual([41, 40, 40]);
  });

  it("returns the effort rounded to the nearest minute", () => {
    expect(minutes(splitIntoMicroTasks({ ...goal, effortHours: 0.7583 }))).toEqual([45]);
  });

  it("returns one short task when the effort is below minMinutes", () => {
    expect(minutes(splitIntoMicroTasks({ ...goal, effortHours: 0.25 }))).toEqual([15]);
  });

  it("returns tasks no longer than maxMinutes when no split fits both bounds", () => {
    expect(minutes(splitIntoMicroTasks({ ...goal, effortHours: 65 / 60 }, { minMinutes: 50, maxMinutes: 60 }))).toEqual([33, 32]);
  });

  it("returns an empty list for a goal without effort", () => {
    expect(splitIntoMicroTasks({ id: "g", title: "No estimate" })).toEqual([]);
    expect(splitIntoMicroTasks({ id: "g", title: "Zero", effortHours: 0 })).toEqual([]);
  });

  it("returns the explicit steps as tasks sharing the effort", () => {
    expect(splitIntoMicroTasks({ ...goal, effortHours: 1.5 }, { steps: ["Read chapter 1", "Sketch the design"] })).toEqual([
      { id: "g-system-design-t1", goalId: "g-system-design", title: "Read chapter 1", minutes: 45 },
      { id: "g-system-design-t2", goalId: "g-system-design", title: "Sketch the design", minutes: 45 },
    ]);
  });

  it("returns steps with their own minutes and the rest shared by the others", () => {
    const steps = [{ title: "Message a mentor", minutes: 30 }, "Read chapter 1", "Read chapter 2"];
    expect(minutes(splitIntoMicroTasks({ ...goal, effortHours: 2 }, { steps }))).toEqual([30, 45, 45]);
  });

  it("returns a step longer than maxMinutes split into equal parts", () => {
    expect(splitIntoMicroTasks({ ...goal, effortHours: 2 }, { steps: ["Build the prototype"] }).map((task) => [task.title, task.minutes])).toEqual([
      ["Build the prototype (part 1 of 2)", 60],
      ["Build the prototype (part 2 of 2)", 60],
    ]);
  });

  it("returns a step shorter than minMinutes as it is", () => {
    expect(minutes(splitIntoMicroTasks({ ...goal, effortHours: 1 }, { steps: [{ title: "Quick note", minutes: 10 }, "Rest"] }))).toEqual([10, 50]);
  });

  it("returns the automatic split when steps is empty", () => {
    expect(splitIntoMicroTasks(goal, { steps: [] })).toEqual(splitIntoMicroTasks(goal));
  });

  it("throws a RangeError when the steps' minutes cannot add up to the effort", () => {
    expect(() => splitIntoMicroTasks({ ...goal, effortHours: 1 }, { steps: [{ title: "A", minutes: 45 }] })).toThrow(
      new RangeError("splitIntoMicroTasks: the steps' minutes must be 60 in all (the goal's effort), got 45"),
    );
    expect(() => splitIntoMicroTasks({ ...goal, effortHours: 1 }, { steps: [{ title: "A", minutes: 60 }, "B"] })).toThrow(
      new RangeError("splitIntoMicroTasks: the steps' minutes must be at most 59 in all (1 left per step without minutes), got 60"),
    );
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
