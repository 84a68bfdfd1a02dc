// Public functions of this area are re-exported here.
export { renderPlanMermaid } from "./renderPlanMermaid.ts";
export type { RenderPlanMermaidOptions } from "./renderPlanMermaid.ts";
export { renderRoadmapSvg } from "./renderRoadmapSvg.ts";
export type { RenderRoadmapSvgOptions } from "./renderRoadmapSvg.ts";
