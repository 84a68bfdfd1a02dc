import { fail, requireNumber } from "../_lib/args.ts";
import type { GoalInput, MicroTask } from "../model/index.ts";

const FN = "splitIntoMicroTasks"; // named in every argument error

interface Part {
  title: string;
  minutes: number;
}

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
  const minMinutes = requireNumber(FN, "options.minMinutes", options.minMinutes ?? 30, 1, true);
  const maxMinutes = requireNumber(FN, "options.maxMinutes", options.maxMinutes ?? 60, minMinutes, true);
  const total = Math.round(requireNumber(FN, "goal.effortHours", goal.effortHours ?? 0) * 60);
  if (total === 0) return [];

  // Cuts `minutes` into the fewest tasks of at most maxMinutes, titled by their place k of n.
  const split = (minutes: number, titleOf: (k: number, n: number) => string): Part[] =>
    equalShares(minutes, Math.ceil(minutes / maxMinutes)).map((share, index, all) => ({ title: titleOf(index + 1, all.length), minutes: share }));
  const label = options.label ?? goal.title;
  const steps = options.steps ?? [];
  const parts = steps.length === 0
    ? split(total, (k, n) => `${label} — session ${k} of ${n}`)
    : stepMinutes(steps, total).flatMap(({ title, minutes }) => split(minutes, (k, n) => (n === 1 ? title : `${title} (part ${k} of ${n})`)));
  return parts.map(({ title, minutes }, index) => ({ id: `${goal.id}-t${index + 1}`, goalId: goal.id, title, minutes }));
}

// `count` whole numbers adding up to `total`, differing by at most one, larger first.
function equalShares(total: number, count: number): number[] {
  const base = Math.floor(total / count);
  const extra = total - base * count;
  return Array.from({ length: count }, (_, index) => (index < extra ? base + 1 : base));
}

// Each step with its minutes: its own, or an equal share of what the others leave.
function stepMinutes(steps: readonly MicroTaskStep[], total: number): Part[] {
  let fixed = 0;
  let free = 0;
  steps.forEach((step, index) => {
    const minutes = typeof step === "string" ? undefined : step.minutes;
    if (minutes === undefined) free++;
    else fixed += requireNumber(FN, `options.steps[${index}].minutes`, minutes, 1, true);
  });
  const left = total - fixed;
  if (free === 0 ? left !== 0 : left < free) {
    const expected = free === 0 ? `${total} in all (the goal's effort)` : `at most ${total - free} in all (1 left per step without minutes)`;
    fail(FN, "the steps' minutes", expected, fixed);
  }
  const shares = free === 0 ? [] : equalShares(left, free);
  let next = 0;
  return steps.map((step) => {
    if (typeof step === "string") return { title: step, minutes: shares[next++]! };
    return { title: step.title, minutes: step.minutes ?? shares[next++]! };
  });
}
