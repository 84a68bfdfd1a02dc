import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { splitIntoMicroTasks } from "../../src/index.ts";
import { frozenCopy } from "./fixtures.ts";

const bounds = fc.integer({ min: 1, max: 90 }).chain((minMinutes) => fc.record({ minMinutes: fc.constant(minMinutes), maxMinutes: fc.integer({ min: minMinutes, max: 180 }) }));
const effortHours = fc.oneof(fc.integer({ min: 0, max: 200 }), fc.double({ min: 0, max: 200, noNaN: true }));

describe("splitIntoMicroTasks (properties)", () => {
  test.prop([effortHours, bounds])("returns tasks adding up exactly to the effort in whole minutes", (hours, options) => {
    const tasks = splitIntoMicroTasks({ id: "g", title: "Goal", effortHours: hours }, options);
    expect(tasks.reduce((sum, task) => sum + task.minutes, 0)).toBe(Math.round(hours * 60));
    expect(tasks.every((task) => Number.isInteger(task.minutes) && task.minutes > 0)).toBe(true);
  });

  test.prop([effortHours, bounds])("returns tasks within the bounds whenever a split can fit them", (hours, { minMinutes, maxMinutes }) => {
    const total = Math.round(hours * 60);
    const tasks = splitIntoMicroTasks({ id: "g", title: "Goal", effortHours: hours }, { minMinutes, maxMinutes });
    expect(tasks.every((task) => task.minutes <= maxMinutes)).toBe(true);
    if (Math.ceil(total / maxMinutes) * minMinutes <= total) expect(tasks.every((task) => task.minutes >= minMinutes)).toBe(true);
    const lengths = tasks.map((task) => task.minutes);
    if (lengths.length > 0) expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(1);
  });

  test.prop([effortHours])("returns tasks within 30 to 60 minutes by default for at least 30 minutes of effort", (hours) => {
    fc.pre(Math.round(hours * 60) >= 30);
    expect(splitIntoMicroTasks({ id: "g", title: "Goal", effortHours: hours }).every((task) => task.minutes >= 30 && task.minutes <= 60)).toBe(true);
  });

  test.prop([fc.integer({ min: 1, max: 600 }), fc.array(fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }), { minLength: 1, maxLength: 8 })])(
    "returns step tasks adding up exactly, none longer than maxMinutes",
    (total, stepMinutes) => {
      const fixed = stepMinutes.reduce<number>((sum, minutes) => sum + (minutes ?? 0), 0);
      const free = stepMinutes.filter((minutes) => minutes === undefined).length;
      fc.pre(free === 0 ? fixed === total : total - fixed >= free);
      const steps = stepMinutes.map((minutes, index) => (minutes === undefined ? `Step ${index}` : { title: `Step ${index}`, minutes }));
      const tasks = splitIntoMicroTasks({ id: "g", title: "Goal", effortHours: total / 60 }, { steps });
      expect(tasks.reduce((sum, task) => sum + task.minutes, 0)).toBe(total);
      expect(tasks.every((task) => task.minutes <= 60)).toBe(true);
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
