/**
 * careerplan: turn a long-term career vision into an actionable plan and keep
 * the two aligned — the model and its parser, vision decomposition, SMART
 * checks, 70/20/10 allocation, alignment checks, reviews, progress and
 * interview narratives.
 *
 * @module careerplan
 */
export * from "./model/index.ts";
export * from "./vision/index.ts";
export * from "./smart/index.ts";
export * from "./allocation/index.ts";
export * from "./alignment/index.ts";
export * from "./review/index.ts";
export * from "./progress/index.ts";
export * from "./narrative/index.ts";
export * from "./render/index.ts";
