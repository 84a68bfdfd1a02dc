import * as z from "zod";
import { Plan } from "./plan.ts";

/**
 * The JSON Schema (draft 2020-12) of a {@link Plan}, for clients in other
 * languages and editors. It accepts the same documents as {@link parsePlan},
 * with one exception JSON Schema cannot express: that `ratios` sum to 1.
 *
 * @returns A fresh JSON Schema object.
 *
 * @example
 * ```ts
 * const schema = planJsonSchema();
 * schema.$schema; //=> "https://json-schema.org/draft/2020-12/schema"
 * ```
 *
 * @category Model
 */
export function planJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Plan, { target: "draft-2020-12", io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}
