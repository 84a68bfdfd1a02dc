import * as z from "zod";

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date written `YYYY-MM-DD`, checked to exist (no February 30th).
 *
 * The type is branded: a value has the brand once {@link parsePlan} or the
 * schema has checked it. Functions accept plain strings and check them.
 *
 * @example
 * ```ts
 * IsoDate.safeParse("2028-02-29").success; //=> true
 * IsoDate.safeParse("2027-02-29").success; //=> false
 * ```
 *
 * @category Model
 */
export const IsoDate = z
  .iso.date({
    error: (issue) =>
      typeof issue.input === "string" && DATE_SHAPE.test(issue.input)
        ? `${issue.input} is not a calendar date`
        : "expected a date written YYYY-MM-DD",
  })
  .brand<"IsoDate">();

/** A checked calendar date `YYYY-MM-DD`. @category Model */
export type IsoDate = z.infer<typeof IsoDate>;
