// Private: one wording for programmer errors, "fn: name must be …, got …",
// so every function reports a bad argument the same way and the words are
// written (and shipped) once.
import type { PlanInput } from "../model/plan.ts";

/**
 * How an error message shows a bad value: strings quoted and cut at 40
 * characters, arrays by length, Dates, other objects and functions by kind.
 */
export function shown(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.slice(0, 40));
  if (Array.isArray(value)) return value.length ? `an array of ${value.length}` : "an empty array";
  // A Date where a YYYY-MM-DD string belongs is the common mix-up: name it.
  if (value instanceof Date) return "a Date";
  return typeof value === "function" ? "a function" : typeof value === "object" && value !== null ? "an object" : String(value);
}

/** Throws `Kind("where: name must be expected, got <value>")`; a RangeError unless told otherwise. */
export function fail(where: string, name: string, expected: string, value: unknown, Kind: ErrorConstructor = RangeError): never {
  throw new Kind(`${where}: ${name} must be ${expected}, got ${shown(value)}`);
}

/** Whether `value` is a finite number ≥ `min`: the test of {@link requireNumber}, for hot loops. */
export function isNumberFrom(value: unknown, min = 0): value is number {
  // NaN fails `>= min`; Infinity fails `< Infinity`.
  return typeof value === "number" && value >= min && value < Infinity;
}

/**
 * `value` when it is a finite number from `min` to `max` (a safe whole number
 * when `whole`); otherwise throws a RangeError naming it.
 */
export function requireNumber(where: string, name: string, value: unknown, min = 0, whole = false, max = Infinity): number {
  if (!(isNumberFrom(value, min) && value <= max && (!whole || Number.isSafeInteger(value)))) {
    fail(where, name, `a ${whole ? "whole" : "finite"} number ${max < Infinity ? `from ${min} to ${max}` : `≥ ${min}`}`, value);
  }
  return value;
}

/** Throws a TypeError unless `value` is a non-null object (arrays included). */
export function requireObject(where: string, name: string, value: unknown, expected = "an object"): asserts value is object {
  if (typeof value !== "object" || value === null) fail(where, name, expected, value, TypeError);
}

/** Throws a TypeError unless `plan` is an object with a vision object. */
export function requirePlan(where: string, plan: unknown): asserts plan is PlanInput {
  const vision = typeof plan === "object" && plan !== null ? (plan as { vision?: unknown }).vision : undefined;
  if (typeof vision !== "object" || vision === null) fail(where, "plan", "an object with a vision", plan, TypeError);
  requireVisionText(where, vision, "plan.vision");
}

/**
 * Throws a TypeError naming the function and field when `vision` is not an
 * object with a string `id` and `statement`: the text every function that
 * writes sentences reads, in a vision that may have skipped parsePlan.
 */
export function requireVisionText(where: string, vision: unknown, name = "vision"): void {
  if (typeof vision !== "object" || vision === null) fail(where, name, "an object", vision, TypeError);
  for (const field of ["id", "statement"] as const) {
    const value = (vision as Record<string, unknown>)[field];
    if (typeof value !== "string") fail(where, `${name}.${field}`, "a string", value, TypeError);
  }
}
