// Public functions of this area are re-exported here.
export { measureProgress } from "./measureProgress.ts";
export type { MeasureProgressOptions, MeasureProgressResult } from "./measureProgress.ts";
export { renderPlanMarkdown } from "./renderPlanMarkdown.ts";
export type { RenderPlanMarkdownOptions } from "./renderPlanMarkdown.ts";
export type { ProgressBasis, ProgressRow, ProgressStatus } from "./types.ts";
export { recordProgress } from "./recordProgress.ts";
export type { RecordProgressOptions, RecordProgressResult } from "./recordProgress.ts";
