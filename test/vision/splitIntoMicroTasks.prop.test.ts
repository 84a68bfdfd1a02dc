import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { splitIntoMicroTasks } from "../../src/index.ts";
import { frozenCopy } from "./fixtures.ts";

const bounds = fc.integer({ min: 1, max: 90 }).chain((minMinutes) => fc.record({ minMinutes: fc.constant(minMinutes), maxMinutes: fc.integer({ min: minMinutes, max: 180 }) }));
const effortHours = fc.oneof(fc.integer({ min: 0, max: 200 }), fc.double({ min: 0, max: 200, noNaN: true }), fc.double({ min: 0, max: 1e12, noNaN: true }));
const planMinutes = fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: undefined });

describe("splitIntoMicroTasks (properties)", () => {
  test.prop([effortHours, bounds, planMinutes])("returns tasks and unplanned minutes adding up exactly to the effort in whole minutes", (hours, options, plan) => {
    fc.pre(plan === undefined || plan <= 1000 * options.maxMinutes);
    const { tasks, unplannedMinutes } = splitIntoMicroTasks({ id: "g", title: "Goal", effortHours: hours }, { ...options, ...(plan === undefined ? {} : { planMinutes: plan }) });
    expect(tasks.reduce((sum, task) => sum + task.minutes, 0) + unplannedMinutes).toBe(Math.round(hours * 60));
    expect(unplannedMinutes).toBeGreaterThanOrEqual(0);
    expect(tasks.every((task) => Number.isInteger(task.minutes) && task.minutes > 0)).toBe(true);
    expect(tasks.length).toBeLessThanOrEqual(1000);
  });

  test.prop([effortHours, planMinutes])("returns tasks within 30 to 60 minutes by default whenever the effort is at least 30 minutes", (hours, plan) => {
    fc.pre(Math.round(hours * 60) >= 30);
    const { tasks } = splitIntoMicroTasks({ id: "g", title: "Goal", effortHours: hours }, plan === undefined ? {} : { planMinutes: plan });
    expect(tasks.every((task) => task.minutes >= 30 && task.minutes <= 60)).toBe(true);
  });

  test.prop([fc.integer({ min: 1, max: 6000 }), fc.array(fc.option(fc.integer({ min: 1, max: 240 }), { nil: undefined }), { minLength: 1, maxLength: 8 })])(
    "returns one task per step (parts for long ones), none longer than maxMinutes, ids from the goal",
    (total, stepMinutes) => {
      const fixed = stepMinutes.reduce<number>((sum, minutes) => sum + (minutes ?? 0), 0);
      const free = stepMinutes.filter((minutes) => minutes === undefined).length;
      fc.pre(total - fixed >= free);
      const steps = stepMinutes.map((minutes, index) => (minutes === undefined ? `Step ${index}` : { title: `Step ${index}`, minutes }));
      const { tasks, unplannedMinutes } = splitIntoMicroTasks({ id: "g", title: "Goal", effortHours: total / 60 }, { steps });
      expect(tasks.reduce((sum, task) => sum + task.minutes, 0) + unplannedMinutes).toBe(total);
      expect(tasks.every((task) => task.minutes <= 60)).toBe(true);
      expect(tasks.length).toBe(stepMinutes.reduce<number>((count, minutes) => count + Math.ceil((minutes ?? 1) / 60), 0));
      expect(tasks.map((task) => task.id)).toEqual(tasks.map((_, index) => `g-t${index + 1}`));
    },
  );

  test.prop([effortHours, bounds])("does not mutate its input", (hours, options) => {
    const goal = { id: "g", title: "Goal", effortHours: hours };
    const frozen = frozenCopy(goal);
    splitIntoMicroTasks(frozen, frozenCopy(options));
    expect(frozen).toEqual(goal);
  });
});
