// The log's limits as plain constants, apart from the schema, so recordProgress
// checks them without importing zod.

/**
 * The most minutes one log entry may hold: a full day.
 *
 * @example
 * ```ts
 * MAX_LOG_MINUTES; //=> 1440
 * ```
 *
 * @category Model
 */
export const MAX_LOG_MINUTES = 1440;
