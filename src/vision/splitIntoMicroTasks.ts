import { fail, requireNumber } from "../_lib/args.ts";
import type { GoalInput, MicroTask } from "../model/index.ts";
import { defaultSteps } from "./microTaskSteps.ts";

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
 * const options: SplitIntoMicroTasksOptions = { minMinutes: 25, maxMinutes: 50, label: "System design course", planMinutes: 240 };
 * ```
 *
 * @category Vision
 */
export interface SplitIntoMicroTasksOptions {
  /** Shortest task in minutes (a positive integer); default 30. */
  minMinutes?: number;
  /** Longest task in minutes (an integer ≥ `minMinutes`); default 60. */
  maxMinutes?: number;
  /** Explicit steps, in order: one task each (a long one split into parts). */
  steps?: readonly MicroTaskStep[];
  /** Short name used in generated titles ("<label>: chapter notes"); default the goal's title up to its first comma, "and" or "by". */
  label?: string;
  /** Without `steps`: how many minutes of the effort to plan now (at most 1000 tasks' worth); default one round of the default steps. */
  planMinutes?: number;
}

/**
 * What {@link splitIntoMicroTasks} returns.
 *
 * @example
 * ```ts
 * const result: SplitIntoMicroTasksResult = splitIntoMicroTasks({ id: "g", title: "Study statistics", effortHours: 10 });
 * result.unplannedMinutes; //=> 420
 * ```
 *
 * @category Vision
 */
export interface SplitIntoMicroTasksResult {
  /** The tasks planned now, in order. */
  tasks: MicroTask[];
  /** The goal's effort (rounded to the minute) that no task holds yet: planned later, not invented now. */
  unplannedMinutes: number;
}

// A plan of a thousand tasks is years of work: more is a mistake, and bounds the loop.
const MAX_TASKS = 1000;

/**
 * Turns a goal into the next micro-tasks a person would do, each of 30–60
 * minutes (`minMinutes`/`maxMinutes`), and says how much of the effort is left
 * to plan later (`unplannedMinutes`) instead of inventing "session 37 of 120".
 *
 * With `steps`: one task per step; a step with `minutes` above `maxMinutes` is
 * split into as few equal parts as fit ("Load the demo data — 2 of 3"); steps
 * without minutes share what the timed ones leave, at most `maxMinutes` each.
 * Without steps: `planMinutes` (default one round of short default steps
 * chosen by the goal's words: "<label>: chapter notes", "<label>: practice
 * questions"…) in tasks as equal as possible; later rounds say "round 2".
 * A goal whose whole effort is below `minMinutes` gives one short task.
 * Ids are `<goal.id>-t1`, `<goal.id>-t2` …, in order.
 *
 * @param goal - The goal; without `effortHours` (or under half a minute) there is nothing to split.
 * @param options - Bounds in minutes, explicit steps, the label, the minutes to plan now.
 * @returns The tasks and the minutes not yet planned.
 * @throws {RangeError} The bounds are not positive integers with min ≤ max,
 *   `effortHours` is negative or not finite, a step's minutes are not a positive
 *   integer, the steps' minutes exceed the goal's effort, or `planMinutes` is
 *   negative or above 1000 × `maxMinutes`.
 *
 * @example
 * ```ts
 * splitIntoMicroTasks({ id: "g-design", title: "Finish the system design course by July 5, 2026", effortHours: 20 }, { label: "System design course" });
 * //=> {
 * //   tasks: [
 * //     { id: "g-design-t1", goalId: "g-design", title: "System design course: chapter notes", minutes: 60 },
 * //     { id: "g-design-t2", goalId: "g-design", title: "System design course: practice questions", minutes: 60 },
 * //     { id: "g-design-t3", goalId: "g-design", title: "System design course: what applies at work", minutes: 60 },
 * //   ],
 * //   unplannedMinutes: 1020,
 * // }
 * ```
 *
 * @category Vision
 */
export function splitIntoMicroTasks(goal: GoalInput, options: SplitIntoMicroTasksOptions = {}): SplitIntoMicroTasksResult {
  const minMinutes = requireNumber(FN, "options.minMinutes", options.minMinutes ?? 30, 1, true);
  const maxMinutes = requireNumber(FN, "options.maxMinutes", options.maxMinutes ?? 60, minMinutes, true);
  const total = Math.round(requireNumber(FN, "goal.effortHours", goal.effortHours ?? 0) * 60);
  const planMinutes = options.planMinutes === undefined ? undefined : requireNumber(FN, "options.planMinutes", options.planMinutes, 0, false, MAX_TASKS * maxMinutes);
  if (total === 0) return { tasks: [], unplannedMinutes: 0 };

  const steps = options.steps ?? [];
  let parts: Part[];
  if (steps.length > 0) {
    parts = stepMinutes(steps, total, maxMinutes).flatMap(({ title, minutes }) => {
      const shares = equalShares(minutes, Math.ceil(minutes / maxMinutes));
      return shares.map((share, index) => ({ title: shares.length === 1 ? title : `${title} — ${index + 1} of ${shares.length}`, minutes: share }));
    });
  } else {
    const label = shortLabel(options.label ?? goal.title);
    const names = defaultSteps(`${label} ${goal.title}`);
    const budget = Math.min(total, Math.round(planMinutes ?? names.length * maxMinutes));
    parts = sessionMinutes(budget, total, minMinutes, maxMinutes).map((minutes, index) => {
      const round = Math.floor(index / names.length) + 1;
      return { title: `${label}: ${names[index % names.length]!}${round > 1 ? ` (round ${round})` : ""}`, minutes };
    });
  }
  let planned = 0;
  const tasks = parts.map(({ title, minutes }, index) => {
    planned += minutes;
    return { id: `${goal.id}-t${index + 1}`, goalId: goal.id, title, minutes };
  });
  return { tasks, unplannedMinutes: total - planned };
}

// `budget` minutes in the fewest tasks of at most maxMinutes, equal to the minute, none below minMinutes
// (the remainder stays unplanned); a whole effort below minMinutes is one short task.
function sessionMinutes(budget: number, total: number, minMinutes: number, maxMinutes: number): number[] {
  if (total < minMinutes) return budget >= total ? [total] : [];
  const count = Math.ceil(budget / maxMinutes);
  if (count > 0 && Math.floor(budget / count) >= minMinutes) return equalShares(budget, count);
  return equalShares(Math.floor(budget / maxMinutes) * maxMinutes, Math.floor(budget / maxMinutes));
}

// "Finish the system design course, then …" → "Finish the system design course": a title's first clause.
function shortLabel(text: string): string {
  const clause = text.split(/,|;|\s+(?:and|by|to get|so that)\s+/)[0]!.trim();
  return clause === "" ? text.trim() : clause;
}

// `count` whole numbers adding up to `total`, differing by at most one, larger first.
function equalShares(total: number, count: number): number[] {
  if (count <= 0) return [];
  const base = Math.floor(total / count);
  const extra = total - base * count;
  return Array.from({ length: count }, (_, index) => (index < extra ? base + 1 : base));
}

// Each step with its minutes: its own, or an equal share (at most maxMinutes) of what the timed ones leave.
function stepMinutes(steps: readonly MicroTaskStep[], total: number, maxMinutes: number): Part[] {
  let fixed = 0;
  let free = 0;
  steps.forEach((step, index) => {
    const minutes = typeof step === "string" ? undefined : step.minutes;
    if (minutes === undefined) free++;
    else fixed += requireNumber(FN, `options.steps[${index}].minutes`, minutes, 1, true);
  });
  const left = total - fixed;
  if (left < free) {
    const expected = free === 0 ? `at most ${total} in all (the goal's effort)` : `at most ${total - free} in all (1 left per step without minutes)`;
    fail(FN, "the steps' minutes", expected, fixed);
  }
  const shares = equalShares(Math.min(left, free * maxMinutes), free);
  let next = 0;
  return steps.map((step) => {
    if (typeof step === "string") return { title: step, minutes: shares[next++]! };
    return { title: step.title, minutes: step.minutes ?? shares[next++]! };
  });
}
