// The options every SMART function reads the same way: asOf and dateOrder.
import { fail } from "../_lib/args.ts";
import { assertIsoDate } from "../_lib/dates.ts";
import type { DateOrder, TimeContext } from "./timeExpressions.ts";

const DATE_ORDERS: readonly DateOrder[] = ["MDY", "DMY", "YMD"];

/** Checks `asOf` and `dateOrder` of a caller's options; `where` names the function. */
export function timeContext(where: string, options: { asOf?: string; dateOrder?: DateOrder } | undefined): TimeContext {
  if (options !== undefined && (typeof options !== "object" || options === null)) fail(where, "options", "an object", options, TypeError);
  const asOf = options?.asOf;
  const dateOrder = options?.dateOrder ?? "MDY";
  if (asOf !== undefined) assertIsoDate(asOf, `${where}: options.asOf`);
  if (!DATE_ORDERS.includes(dateOrder)) fail(where, "options.dateOrder", '"MDY", "DMY" or "YMD"', dateOrder);
  return { asOf, dateOrder };
}
