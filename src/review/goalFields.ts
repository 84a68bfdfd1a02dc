// Private: the goal fields a review writes (a tweak's changes, a replacement
// goal), checked by hand so applyReview stays free of zod. The rules are the
// Goal schema's; a test holds the two together.
import { isNumberFrom } from "../_lib/args.ts";
import { isIsoDate } from "../_lib/dates.ts";
import { BUCKETS, GOAL_STATUSES } from "../rules/defaults.ts";
import { listWords } from "../_lib/wording.ts";
import { oneOf } from "./kinds.ts";

/** What a field's value must be, or `undefined` when it is fine. */
type Rule = (value: unknown) => string | undefined;

/** What applyReview says of a missing id or a field that is not a calendar date. */
export const NOT_AN_ID = "must be a non-empty string";
export const NOT_A_DATE = "must be a calendar date written YYYY-MM-DD";

/** Whether `value` is an id: a non-empty string. */
export function isId(value: unknown): value is string {
  return typeof value === "string" && value !== "";
}

const nonEmpty: Rule = (value) => (isId(value) ? undefined : NOT_AN_ID);
const date: Rule = (value) => (isIsoDate(value) ? undefined : NOT_A_DATE);
const optional =
  (rule: Rule): Rule =>
  (value) =>
    value === undefined ? undefined : rule(value);
const inList =
  (values: readonly string[]): Rule =>
  (value) =>
    values.includes(value as string) ? undefined : `must be ${oneOf(values)}`;

function indicator(value: unknown): string | undefined {
  const { metric, target, unit, baseline, current } = (value ?? {}) as Record<string, unknown>;
  const fits =
    typeof value === "object" &&
    value !== null &&
    nonEmpty(metric) === undefined &&
    isNumberFrom(target, -Infinity) &&
    (unit === undefined || typeof unit === "string") &&
    [baseline, current].every((number) => number === undefined || isNumberFrom(number, -Infinity));
  return fits ? undefined : "must be { metric, target, unit?, baseline?, current? } with a metric name and numbers";
}

const GOAL_FIELDS: Readonly<Record<string, Rule>> = {
  id: nonEmpty,
  title: (value) => (typeof value === "string" ? undefined : "must be a string"),
  milestoneId: optional(nonEmpty),
  bucket: optional(inList(BUCKETS)),
  capabilityIds: optional((value) =>
    Array.isArray(value) && value.every((id) => nonEmpty(id) === undefined) ? undefined : "must be an array of non-empty strings",
  ),
  startDate: optional(date),
  dueDate: optional(date),
  effortHours: optional((value) => (isNumberFrom(value) && value <= 1_000_000 ? undefined : "must be a number from 0 to 1000000")),
  metric: optional(indicator),
  status: optional(inList(GOAL_STATUSES)),
  replaces: optional(nonEmpty),
  backup: optional((value) => (typeof value === "string" ? undefined : "must be a string")),
};

/** A field a review may not write as given: what is wrong, and for an unknown field a hint listing the real ones. */
export interface FieldProblem {
  field: string;
  message: string;
  hint?: string;
}

// An unknown field is most often a typo ("due_date").
const GOAL_FIELDS_HINT = `A goal's fields are ${listWords(Object.keys(GOAL_FIELDS).map((field) => `"${field}"`))}.`;

/** Each field of `fields` that a goal does not have or whose value breaks the Goal schema. */
export function goalFieldProblems(fields: object): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [field, value] of Object.entries(fields)) {
    if (!Object.hasOwn(GOAL_FIELDS, field)) problems.push({ field, message: "is not a goal field", hint: GOAL_FIELDS_HINT });
    else {
      const message = GOAL_FIELDS[field]!(value);
      if (message !== undefined) problems.push({ field, message });
    }
  }
  return problems;
}
