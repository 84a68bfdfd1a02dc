import type { GoalInput, MicroTask } from "../model/index.ts";

/**
 * One explicit step of {@link splitIntoMicroTasks}: a title, or a title with
 * its own minutes.
 *
 * @example
 * ```ts
 * const steps: MicroTaskStep[] = ["Read chapter 1", { title: "Sketch the design", minutes: 45 }];
 * ```
 *
 * @category Vision
 */
export type MicroTaskStep = string | { title: string; minutes?: number };

/**
 * Options of {@link splitIntoMicroTasks}.
 *
 * @example
 * ```ts
 * const options: SplitIntoMicroTasksOptions = { minMinutes: 25, maxMinutes: 50, label: "System design" };
 * ```
 *
 * @category Vision
 */
export interface SplitIntoMicroTasksOptions {
  /** Shortest task in minutes (a positive integer); default 30. */
  minMinutes?: number;
  /** Longest task in minutes (an integer ≥ `minMinutes`); default 60. */
  maxMinutes?: number;
  /** Explicit steps, in order; the goal's effort is spread over the steps without `minutes`. */
  steps?: readonly MicroTaskStep[];
  /** Name used in generated titles ("<label> — session 3 of 8"); default the goal's title. */
  label?: string;
}

/**
 * Splits a goal into micro-tasks that add up exactly to its effort, rounded to
 * the nearest minute (total = round(effortHours × 60)).
 *
 * Without `steps`: n = ceil(total / maxMinutes) sessions as equal as possible
 * (whole minutes, the first ones one minute longer). All lie in
 * [minMinutes, maxMinutes] whenever any split can; otherwise none exceeds
 * `maxMinutes` and some fall short of `minMinutes` (a total below `minMinutes`
 * gives one short task). With `steps`: each step becomes a task; steps without
 * `minutes` share what the others leave, as equally as possible; a step longer
 * than `maxMinutes` is split into equal parts "(part 1 of 2)"; a shorter one
 * stays as it is. Ids are `<goal.id>-t1`, `<goal.id>-t2` …, in order.
 *
 * @param goal - The goal; without `effortHours` (or under half a minute) there is nothing to split.
 * @param options - Bounds in minutes, explicit steps, the label for titles.
 * @returns The micro-tasks, in order (empty without effort).
 * @throws {RangeError} The bounds are not positive integers with min ≤ max,
 *   `effortHours` is negative or not finite, a step's minutes are not a positive
 *   integer, or the steps' minutes cannot add up to the goal's effort.
 *
 * @example
 * ```ts
 * splitIntoMicroTasks({ id: "g-design", title: "Design course", effortHours: 2.5 }, { label: "System design" });
 * //=> [
 * //   { id: "g-design-t1", goalId: "g-design", title: "System design — session 1 of 3", minutes: 50 },
 * //   { id: "g-design-t2", goalId: "g-design", title: "System design — session 2 of 3", minutes: 50 },
 * //   { id: "g-design-t3", goalId: "g-design", title: "System design — session 3 of 3", minutes: 50 },
 * // ]
 * ```
 *
 * @category Vision
 */
export function splitIntoMicroTasks(goal: GoalInput, options: SplitIntoMicroTasksOptions = {}): MicroTask[] {
  const minMinutes = options.minMinutes ?? 30;
  const maxMinutes = options.maxMinutes ?? 60;
  if (!isPositiveInteger(minMinutes) || !isPositiveInteger(maxMinutes) || minMinutes > maxMinutes) {
    throw new RangeError(`splitIntoMicroTasks: minMinutes and maxMinutes must be positive integers with min ≤ max, got ${String(minMinutes)} and ${String(maxMinutes)}`);
  }
  const effort = goal.effortHours;
  if (effort !== undefined && !(Number.isFinite(effort) && effort >= 0)) {
    throw new RangeError(`splitIntoMicroTasks: goal.effortHours must be a finite number ≥ 0, got ${String(effort)}`);
  }
  const total = Math.round((effort ?? 0) * 60);
  if (total === 0) return [];

  const parts: { title: string; minutes: number }[] = [];
  const steps = options.steps ?? [];
  if (steps.length === 0) {
    const label = options.label ?? goal.title;
    const sessions = equalShares(total, Math.ceil(total / maxMinutes));
    sessions.forEach((minutes, index) => parts.push({ title: `${label} — session ${index + 1} of ${sessions.length}`, minutes }));
  } else {
    for (const step of stepMinutes(steps, total)) {
      const shares = equalShares(step.minutes, Math.ceil(step.minutes / maxMinutes));
      if (shares.length === 1) parts.push(step);
      else shares.forEach((minutes, index) => parts.push({ title: `${step.title} (part ${index + 1} of ${shares.length})`, minutes }));
    }
  }
  return parts.map((part, index) => ({ id: `${goal.id}-t${index + 1}`, goalId: goal.id, title: part.title, minutes: part.minutes }));
}

// `count` whole numbers adding up to `total`, differing by at most one, larger first.
function equalShares(total: number, count: number): number[] {
  const base = Math.floor(total / count);
  const extra = total - base * count;
  return Array.from({ length: count }, (_, index) => (index < extra ? base + 1 : base));
}

function stepMinutes(steps: readonly MicroTaskStep[], total: number): { title: string; minutes: number }[] {
  let fixed = 0;
  let free = 0;
  for (const step of steps) {
    const minutes = typeof step === "string" ? undefined : step.minutes;
    if (minutes === undefined) free++;
    else if (isPositiveInteger(minutes)) fixed += minutes;
    else throw new RangeError(`splitIntoMicroTasks: a step's minutes must be a positive integer, got ${String(minutes)}`);
  }
  const left = total - fixed;
  if (free === 0 ? left !== 0 : left < free) {
    throw new RangeError(`splitIntoMicroTasks: the steps ask for ${fixed} minutes${free > 0 ? ` and ${free} more steps` : ""}, the goal's effort is ${total} minutes`);
  }
  const shares = free === 0 ? [] : equalShares(left, free);
  let next = 0;
  return steps.map((step) => {
    if (typeof step === "string") return { title: step, minutes: shares[next++]! };
    return { title: step.title, minutes: step.minutes ?? shares[next++]! };
  });
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value > 0;
}
