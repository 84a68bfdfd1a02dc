import * as z from "zod";

/**
 * Where a goal's effort goes in the 70/20/10 mix.
 *
 * @example
 * ```ts
 * Bucket.options; //=> ["core", "auxiliary", "exploratory"]
 * ```
 *
 * @category Model
 */
export const Bucket = z.enum(["core", "auxiliary", "exploratory"]);
/** Where a goal's effort goes in the 70/20/10 mix. @category Model */
export type Bucket = z.infer<typeof Bucket>;

/**
 * The share of effort per {@link Bucket}; each in 0..1 and summing to 1.
 *
 * @example
 * ```ts
 * Ratios.parse({ core: 0.7, auxiliary: 0.2, exploratory: 0.1 });
 * ```
 *
 * @category Model
 */
export const Ratios = z
  .object({
    core: z.number().min(0).max(1),
    auxiliary: z.number().min(0).max(1),
    exploratory: z.number().min(0).max(1),
  })
  .check((ctx) => {
    const { core, auxiliary, exploratory } = ctx.value;
    const sum = core + auxiliary + exploratory;
    if (Math.abs(sum - 1) > 1e-9) {
      ctx.issues.push({
        code: "custom",
        input: ctx.value,
        message: `the ratios sum to ${Number(sum.toFixed(6))}, expected 1`,
      });
    }
  });
/** The share of effort per bucket. @category Model */
export interface Ratios extends z.infer<typeof Ratios> {}
